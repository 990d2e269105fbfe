import type { Automaton } from './automaton.js';
import { CLASS_MASK, COUNTRY, COUNTRY_BOTH, VOCAB } from './patterns.js';
import type { ScanResult } from './scan.js';
import { firstAtOrAfter } from './sorted.js';

/** How far (UTF-16 units, either side) domain vocabulary counts as "nearby". */
export const DOMAIN_WINDOW = 600;
/** Vocabulary weight that makes a neighbourhood about US–Mexico security. */
export const DOMAIN_THRESHOLD = 2;

/**
 * Where the page speaks of this domain: its vocabulary ("fentanyl", "extradición") and the two
 * countries, by position. Read by the document pass, for names common in the world, and by the
 * agreement pass, for commitments made of common words.
 */
export interface DomainIndex {
  weightBetween(from: number, to: number): number;
  /** How many of Mexico and the United States are named between the two positions: 0, 1 or 2. */
  countriesBetween(from: number, to: number): number;
}

export function domainIndex(scanned: ScanResult, automaton: Automaton): DomainIndex {
  const positions: number[] = [];
  const cumulative: number[] = [0];
  // The scan reports hits in the order their words start.
  const countries: number[] = [];
  const sides: number[] = [];
  const { hits } = scanned;
  for (let h = 0; h < hits.length; h += 3) {
    const p = hits[h + 2]!;
    const cls = automaton.patterns[p * 3]! & CLASS_MASK;
    if (cls === COUNTRY) {
      countries.push(hits[h]!);
      sides.push(automaton.patterns[p * 3 + 1]!);
    }
    if (cls !== VOCAB) continue;
    positions.push(hits[h]!);
    cumulative.push(cumulative[cumulative.length - 1]! + automaton.patterns[p * 3 + 1]!);
  }
  const index = (x: number) => firstAtOrAfter(positions, x);
  return {
    weightBetween: (from, to) => cumulative[index(to)]! - cumulative[index(from)]!,
    countriesBetween(from, to) {
      let named = 0;
      for (let k = firstAtOrAfter(countries, from); k < countries.length && countries[k]! < to; k++) {
        named |= sides[k]!;
        if (named === COUNTRY_BOTH) return 2;
      }
      return named ? 1 : 0;
    },
  };
}
