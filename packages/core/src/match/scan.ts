import { type Automaton, step } from './automaton.js';
import { isWordAt } from './boundaries.js';
import { caseFits } from './case-rule.js';
import { foldTables, IGNORE, MARK, NEWLINE, SPACE, SURROGATE, WORD } from './fold.js';
import { CLASS_MASK, ENTITY, PREFIX } from './patterns.js';

/** What one pass over the text finds, before the document pass judges it. */
export interface ScanResult {
  /**
   * Entity candidates, leftmost-longest and non-overlapping: triples `[start, end, acceptIndex]`,
   * where some entity pattern of the accepting state fits the boundaries and the case.
   */
  candidates: number[];
  /** Every vocabulary, cue, concept and country hit, overlaps allowed: `[start, end, patternIndex]`. */
  hits: number[];
}

/** The alias text of an entity pattern, for the case rule of acronyms. */
export type AliasText = (entityIndex: number, aliasIndex: number) => string;

/**
 * One pass over the raw text. A trie walk starts at every word start and follows the folded
 * characters as far as the trie goes: marks and invisible characters are stepped over, a run of
 * whitespace is one space, two line breaks end the walk (a paragraph separator never joins a
 * name). Each accepting state on the way is checked for a word boundary and the case rule.
 */
export function scan(text: string, automaton: Automaton, aliasText: AliasText): ScanResult {
  const { classes, folded, compute } = foldTables;
  const { acceptIndex, acceptFirst, patterns } = automaton;
  const n = text.length;
  const candidates: number[] = [];
  const hits: number[] = [];
  let entityFloor = 0;
  let previousWord = false;

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let cls = classes[code]!;
    if (cls === 0) cls = compute(code);
    if (cls & SURROGATE) {
      previousWord = isWordAt(text, i);
      continue;
    }
    const word = (cls & WORD) !== 0;
    if (!word || previousWord || cls & MARK) {
      previousWord = word;
      continue;
    }
    previousWord = true;

    const entitiesAllowed = i >= entityFloor;
    let bestEnd = -1;
    let bestAccept = -1;
    let state = 0;
    let inSpace = false;
    let breaks = 0;
    for (let j = i; j < n; ) {
      const c = text.charCodeAt(j);
      let k = classes[c]!;
      if (k === 0) k = compute(c);
      j++;
      if (k & (MARK | IGNORE)) continue;
      let f: number;
      if (k & (SPACE | NEWLINE)) {
        if (k & NEWLINE && ++breaks >= 2) break;
        if (inSpace) continue;
        inSpace = true;
        f = 0x20;
      } else {
        inSpace = false;
        breaks = 0;
        f = folded[c]!;
      }
      state = step(automaton, state, f);
      if (state === 0) break;
      const accept = acceptIndex[state]!;
      if (accept < 0) continue;

      let end = j;
      while (end < n && classOfFast(text.charCodeAt(end)) & MARK) end++;
      const boundary = !isWordAt(text, end);
      for (let p = acceptFirst[accept]!; p < acceptFirst[accept + 1]!; p++) {
        const flags = patterns[p * 3]!;
        if (!boundary && !(flags & PREFIX)) continue;
        const a = patterns[p * 3 + 1]!;
        const b = patterns[p * 3 + 2]!;
        const cls = flags & CLASS_MASK;
        if (cls === ENTITY) {
          if (entitiesAllowed && bestEnd !== end && caseFits(text, i, end, flags, aliasText(a, b))) {
            bestEnd = end;
            bestAccept = accept;
          }
        } else if (caseFits(text, i, end, flags, '')) {
          hits.push(i, end, p);
        }
      }
    }
    if (bestEnd >= 0) {
      candidates.push(i, bestEnd, bestAccept);
      entityFloor = bestEnd;
    }
  }
  return { candidates, hits };
}

function classOfFast(code: number): number {
  const cls = foldTables.classes[code]!;
  return cls === 0 ? foldTables.compute(code) : cls;
}
