import type { Language } from '../model.js';
import type { Automaton } from './automaton.js';
import { CLASS_MASK, COUNTRY, SPANISH_ONLY } from './patterns.js';
import type { ScanResult } from './scan.js';

/**
 * Settles the words whose meaning depends on the page's language. "EU" is both a country pattern
 * marked Spanish-only (Estados Unidos, in the Mexican press) and a foreign one (the European
 * Union): on a page known to be Spanish the foreign reading goes, elsewhere the Spanish one does.
 */
export function inLanguage(
  scanned: ScanResult,
  automaton: Automaton,
  lang: Language | undefined,
): ScanResult {
  const { hits } = scanned;
  const { patterns } = automaton;
  const spanishOnly = (p: number) =>
    (patterns[p * 3]! & CLASS_MASK) === COUNTRY && patterns[p * 3 + 2] === SPANISH_ONLY;
  // Spans read as Spanish-only countries: on a Spanish page, every other reading of them goes.
  const spans = new Set<string>();
  for (let h = 0; h < hits.length; h += 3)
    if (spanishOnly(hits[h + 2]!)) spans.add(`${hits[h]},${hits[h + 1]}`);
  if (spans.size === 0) return scanned;
  const kept: number[] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const mine = spanishOnly(hits[h + 2]!);
    const keep = lang === 'es' ? mine || !spans.has(`${hits[h]},${hits[h + 1]}`) : !mine;
    if (keep) kept.push(hits[h]!, hits[h + 1]!, hits[h + 2]!);
  }
  return { candidates: scanned.candidates, hits: kept };
}
