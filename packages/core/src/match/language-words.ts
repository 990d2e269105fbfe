import type { Language } from '../model.js';
import type { Automaton } from './automaton.js';
import { CLASS_MASK, COUNTRY, SPANISH_ONLY } from './patterns.js';
import type { ScanResult } from './scan.js';

/**
 * Settles the words whose meaning depends on the page's language. "EU" is both a country pattern
 * marked Spanish-only (Estados Unidos, in the Mexican press) and a foreign one (the European
 * Union): on a page known to be Spanish the foreign reading goes, on one known to be in another
 * language the Spanish one does. When the language is not given, the words around each such
 * span decide: a page without `lang`, or a text file, is as often Spanish as not.
 */
export function inLanguage(
  text: string,
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
  // Per span, whether it reads as Spanish: asked once a span, and only of the spans, since every
  // other hit stays whatever the language.
  const readings = new Map<string, boolean>();
  const kept: number[] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const span = `${hits[h]},${hits[h + 1]}`;
    let spanish = readings.get(span);
    if (spans.has(span) && spanish === undefined) {
      spanish = lang ? lang === 'es' : spanishAround(text, hits[h]!);
      readings.set(span, spanish);
    }
    if (spanish === undefined || spanish === spanishOnly(hits[h + 2]!)) {
      kept.push(hits[h]!, hits[h + 1]!, hits[h + 2]!);
    }
  }
  return { candidates: scanned.candidates, hits: kept };
}

/** How far either side of a span its words tell its language. */
const LANGUAGE_WINDOW = 200;
const SPANISH_WORDS = /(?<!\p{L})(?:de|del|el|la|las|los|que|con|para|por|se|su|y)(?!\p{L})/giu;
const ENGLISH_WORDS = /(?<!\p{L})(?:the|of|and|to|with|for|by|is|was|its|said)(?!\p{L})/giu;

/** Whether the words around `at` are more often Spanish function words than English ones. */
function spanishAround(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - LANGUAGE_WINDOW), at + LANGUAGE_WINDOW);
  return (around.match(SPANISH_WORDS)?.length ?? 0) > (around.match(ENGLISH_WORDS)?.length ?? 0);
}
