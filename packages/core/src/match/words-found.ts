import type { Automaton } from './automaton.js';
import { wordEnd } from './boundaries.js';
import {
  CLASS_MASK,
  CONCEPT,
  COUNTRY,
  COUNTRY_BOTH,
  COUNTRY_MX,
  CUE,
  FOREIGN,
  NEGATION,
  OTHER_DOMAIN,
  VOCAB,
} from './patterns.js';
import type { ScanResult } from './scan.js';
import { firstAtOrAfter, firstFrom } from './sorted.js';

/** How far (UTF-16 units, either side) domain vocabulary counts as "nearby". */
export const DOMAIN_WINDOW = 600;
/** Vocabulary weight that makes a neighbourhood about US–Mexico security. */
export const DOMAIN_THRESHOLD = 2;

/**
 * The scan's hits other than names, sorted out once per `findMentions` by what they stand for, each
 * list in the order its words start. The document pass reads where the page speaks of this domain,
 * the agreement pass its cues, concepts and countries, the framework rule the countries.
 */
export interface WordsFound {
  /** Commitment cues ("agreed", "se comprometieron"): `[start, end]`. */
  cues: Array<[start: number, end: number]>;
  /** Concept words of agreement key phrases, to the end of their word: `[start, end, conceptId]`. */
  concepts: Array<[start: number, end: number, id: number]>;
  /**
   * Mexico and the United States, or both: `[start, end, side]` (`COUNTRY_MX`, `COUNTRY_US`, both).
   * "The two countries" is both only where it means them (see `sortWords`).
   */
  countries: Array<[start: number, end: number, side: number]>;
  /** Other countries: `[start, end]`. */
  foreign: Array<[start: number, end: number]>;
  /** Negations ("not", "no", "refused") and conditions ("unless", "if"): `[start, end, CONDITION or 0]`. */
  negations: Array<[start: number, end: number, condition: number]>;
  /** The domain vocabulary's weight between two positions ("fentanyl" 2, "border" 1, "cattle" -2). */
  weightBetween(from: number, to: number): number;
  /** Which of Mexico and the United States are named between the two positions: `COUNTRY_MX`, `COUNTRY_US`, both or 0. */
  sidesBetween(from: number, to: number): number;
  /** How many of Mexico and the United States are named between the two positions: 0, 1 or 2. */
  countriesBetween(from: number, to: number): number;
}

export function sortWords(text: string, scanned: ScanResult, automaton: Automaton): WordsFound {
  const { patterns } = automaton;
  const words: Omit<WordsFound, 'weightBetween' | 'sidesBetween' | 'countriesBetween'> = {
    cues: [],
    concepts: [],
    countries: [],
    foreign: [],
    negations: [],
  };
  const vocabularyAt: number[] = [];
  const cumulative: number[] = [0];
  const { hits } = scanned;
  // Where the last other country and the last "Mexico" were named, for "the two countries".
  let otherCountryAt = Number.NEGATIVE_INFINITY;
  let mexicoAt = Number.NEGATIVE_INFINITY;
  for (let h = 0; h < hits.length; h += 3) {
    const start = hits[h]!;
    const end = hits[h + 1]!;
    const p = hits[h + 2]!;
    const cls = patterns[p * 3]! & CLASS_MASK;
    const a = patterns[p * 3 + 1]!;
    if (cls === CUE) words.cues.push([start, end]);
    // A concept may be a word's prefix ("extradit"): its span runs to the end of the word.
    else if (cls === CONCEPT) words.concepts.push([start, wordEnd(text, end), a]);
    else if (cls === COUNTRY) {
      // "The two countries" are the last pair the page named: after "Colombia extradited … to the
      // United States", Colombia and the United States. So another country named shortly before,
      // and no Mexico since, makes them someone else's pair.
      if (a !== COUNTRY_BOTH || otherCountryAt < start - DOMAIN_WINDOW || mexicoAt >= otherCountryAt)
        words.countries.push([start, end, a]);
      if (a === COUNTRY_MX) mexicoAt = start;
    } else if (cls === FOREIGN) {
      words.foreign.push([start, end]);
      otherCountryAt = start;
    } else if (cls === NEGATION) words.negations.push([start, end, a]);
    else if (cls === VOCAB) {
      vocabularyAt.push(start);
      const weight = patterns[p * 3 + 2] === OTHER_DOMAIN ? -a : a;
      cumulative.push(cumulative[cumulative.length - 1]! + weight);
    }
  }
  const { countries } = words;
  const index = (x: number) => firstAtOrAfter(vocabularyAt, x);
  const sidesBetween = (from: number, to: number) => {
    let sides = 0;
    for (let k = firstFrom(countries, from); k < countries.length && countries[k]![0] < to; k++) {
      sides |= countries[k]![2];
      if (sides === COUNTRY_BOTH) break;
    }
    return sides;
  };
  return {
    ...words,
    weightBetween: (from, to) => cumulative[index(to)]! - cumulative[index(from)]!,
    sidesBetween,
    countriesBetween(from, to) {
      const sides = sidesBetween(from, to);
      return sides === COUNTRY_BOTH ? 2 : sides ? 1 : 0;
    },
  };
}
