import type { Automaton } from './automaton.js';
import type { EntityHit } from './document-pass.js';
import { CLASS_MASK, COUNTRY, COUNTRY_US, FOREIGN } from './patterns.js';
import type { ScanResult } from './scan.js';
import { sentenceAround } from './sentences.js';
import { firstAtOrAfter } from './sorted.js';

/**
 * Drops the frameworks that are another country's:
 * - named in a sentence about other countries: "the high-level security dialogue between Canada and
 *   Mexico", "el Grupo de Implementación de Seguridad de Guatemala y Honduras". Every framework here
 *   has the United States as a party, so a sentence that names another country and not the United
 *   States (nor "both countries") is about someone else's;
 * - named with another country in front: "the U.S.-Colombia High-Level Security Dialogue",
 *   "Colombia's Security Implementation Group". Such names are made of common words, and other
 *   pairs of countries hold dialogues and groups of the same name.
 */
export function withoutForeignFrameworks(
  text: string,
  scanned: ScanResult,
  automaton: Automaton,
  hits: EntityHit[],
): EntityHit[] {
  if (!hits.some((hit) => hit.facts.entityType === 'framework')) return hits;
  const foreign: number[] = [];
  const us: number[] = [];
  /** By where it ends, each country named: where it starts and whether it is another country. */
  const countryEnds = new Map<number, { start: number; foreign: boolean }>();
  const { hits: found } = scanned;
  for (let h = 0; h < found.length; h += 3) {
    const p = found[h + 2]!;
    const cls = automaton.patterns[p * 3]! & CLASS_MASK;
    if (cls === FOREIGN) {
      foreign.push(found[h]!);
      countryEnds.set(found[h + 1]!, { start: found[h]!, foreign: true });
    } else if (cls === COUNTRY) {
      if (automaton.patterns[p * 3 + 1]! & COUNTRY_US) us.push(found[h]!);
      if (!countryEnds.has(found[h + 1]!))
        countryEnds.set(found[h + 1]!, { start: found[h]!, foreign: false });
    }
  }
  if (foreign.length === 0) return hits;
  // The scan reports hits in the order their words start: each framework costs a binary search,
  // however many countries a page names.
  const inside = (positions: number[], [from, to]: [number, number]) =>
    (positions[firstAtOrAfter(positions, from)] ?? to) < to;
  /** Another country among the countries right before `start`, joined by hyphens or a possessive. */
  const qualifiedByForeign = (start: number) => {
    let at = start;
    for (let hop = 0; hop < 3; hop++) {
      while (at > 0 && /[\s\p{Pd}]/u.test(text[at - 1]!)) at--;
      if (/['’]s$/u.test(text.slice(at - 2, at))) at -= 2;
      const country = countryEnds.get(at);
      if (!country) return false;
      if (country.foreign) return true;
      // One of ours ("U.S.-Colombia"): look before it too.
      at = country.start;
    }
    return false;
  };
  return hits.filter((hit) => {
    if (hit.facts.entityType !== 'framework') return true;
    if (qualifiedByForeign(hit.start)) return false;
    const sentence = sentenceAround(text, hit.start);
    return !inside(foreign, sentence) || inside(us, sentence);
  });
}
