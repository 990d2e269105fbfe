import type { Automaton } from './automaton.js';
import type { EntityHit } from './document-pass.js';
import { CLASS_MASK, COUNTRY, COUNTRY_US, FOREIGN } from './patterns.js';
import type { ScanResult } from './scan.js';
import { sentenceAround } from './sentences.js';
import { firstAtOrAfter } from './sorted.js';

/**
 * Drops the frameworks named in a sentence about other countries: "the high-level security
 * dialogue between Canada and Mexico", "el Grupo de Implementación de Seguridad de Guatemala y
 * Honduras". Such names are often made of common words, and every framework here has the United
 * States as a party, so a sentence that names another country and not the United States (nor
 * "both countries") is about someone else's framework.
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
  const { hits: found } = scanned;
  for (let h = 0; h < found.length; h += 3) {
    const p = found[h + 2]!;
    const cls = automaton.patterns[p * 3]! & CLASS_MASK;
    if (cls === FOREIGN) foreign.push(found[h]!);
    else if (cls === COUNTRY && automaton.patterns[p * 3 + 1]! & COUNTRY_US) us.push(found[h]!);
  }
  if (foreign.length === 0) return hits;
  // The scan reports hits in the order their words start: each framework costs a binary search,
  // however many countries a page names.
  const inside = (positions: number[], [from, to]: [number, number]) =>
    (positions[firstAtOrAfter(positions, from)] ?? to) < to;
  return hits.filter((hit) => {
    if (hit.facts.entityType !== 'framework') return true;
    const sentence = sentenceAround(text, hit.start);
    return !inside(foreign, sentence) || inside(us, sentence);
  });
}
