import type { EntityHit } from './document-pass.js';
import { sentenceAround } from './sentences.js';
import { within } from './sorted.js';
import type { WordsFound } from './words-found.js';

/**
 * Drops the frameworks that are someone else's. Every framework here belongs to Mexico, to the
 * United States, or to both (its `parties`), and their names are made of common words that other
 * governments use for their own dialogues, groups and strategies. So one is not ours when it is
 * - named with a country in front that is not a party: "the U.S.-Colombia High-Level Security
 *   Dialogue", "Colombia's Security Implementation Group", "Mexico's National Drug Control Strategy";
 * - named in a sentence about another country that does not name all its parties: "the high-level
 *   security dialogue between Canada and Mexico", "Canada and the U.S. held a High-Level Security
 *   Dialogue" ("both countries" names both).
 * Instruments of many governments (a regional declaration) are named with others as a matter of course.
 */
export function withoutForeignFrameworks(text: string, words: WordsFound, hits: EntityHit[]): EntityHit[] {
  const { countries, foreign } = words;
  if (countries.length + foreign.length === 0 || !hits.some((hit) => hit.facts.entityType === 'framework'))
    return hits;
  /** By where it ends, each country named: where it starts and its side (0 for another country). */
  const countryEnds = new Map<number, { start: number; side: number }>();
  for (const [start, end] of foreign) countryEnds.set(end, { start, side: 0 });
  for (const [start, end, side] of countries)
    if (!countryEnds.has(end)) countryEnds.set(end, { start, side });
  /** A country that is not a party among those right before `start`, joined by hyphens or a possessive. */
  const qualifiedByOther = (start: number, parties: number) => {
    let at = start;
    for (let hop = 0; hop < 3; hop++) {
      while (at > 0 && /[\s\p{Pd}]/u.test(text[at - 1]!)) at--;
      if (/['’]s$/u.test(text.slice(at - 2, at))) at -= 2;
      const country = countryEnds.get(at);
      if (!country) return false;
      if (!country.side || country.side & ~parties) return true;
      // A party ("U.S.-Colombia"): look before it too.
      at = country.start;
    }
    return false;
  };
  return hits.filter(({ start, facts }) => {
    const { parties } = facts;
    if (facts.entityType !== 'framework' || !parties) return true;
    if (qualifiedByOther(start, parties)) return false;
    const sentence = sentenceAround(text, start);
    return (
      within(foreign, ...sentence).length === 0 || (words.sidesBetween(...sentence) & parties) === parties
    );
  });
}
