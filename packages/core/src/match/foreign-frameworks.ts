import type { EntityHit } from './document-pass.js';
import { COUNTRY_US } from './patterns.js';
import { sentenceAround } from './sentences.js';
import { within } from './sorted.js';
import type { WordsFound } from './words-found.js';

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
export function withoutForeignFrameworks(text: string, words: WordsFound, hits: EntityHit[]): EntityHit[] {
  if (words.foreign.length === 0 || !hits.some((hit) => hit.facts.entityType === 'framework')) return hits;
  const { countries, foreign } = words;
  /** By where it ends, each country named: where it starts and whether it is another country. */
  const countryEnds = new Map<number, { start: number; foreign: boolean }>();
  for (const [start, end] of foreign) countryEnds.set(end, { start, foreign: true });
  for (const [start, end] of countries)
    if (!countryEnds.has(end)) countryEnds.set(end, { start, foreign: false });
  // Each framework costs a binary search, however many countries a page names.
  const namesUs = ([from, to]: [number, number]) =>
    within(countries, from, to).some(([, , side]) => side & COUNTRY_US);
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
    return within(foreign, ...sentence).length === 0 || namesUs(sentence);
  });
}
