import { classOf, foldTables, SURROGATE, WORD } from './fold.js';

const astralWord = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether the character at `index` belongs to a word (`\p{L}\p{N}\p{M}`). Astral characters are
 * judged as whole code points, from either half of the pair, so "𝐀Biden" is one word and
 * "😀Biden" is two.
 */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  const cls = classOf(code);
  if (!(cls & SURROGATE)) return (cls & WORD) !== 0;
  let start = index;
  if (code >= 0xdc00 && index > 0) {
    const high = text.charCodeAt(index - 1);
    if (high >= 0xd800 && high < 0xdc00) start = index - 1;
  }
  const point = text.codePointAt(start)!;
  return point > 0xffff && astralWord.test(String.fromCodePoint(point));
}

/** A match may start here: a word character with no word character right before it. */
export function isWordStart(text: string, index: number): boolean {
  return isWordAt(text, index) && !isWordAt(text, index - 1);
}

/** A match may end here (exclusive): the text ends or the next character is not a word character. */
export function isWordEnd(text: string, end: number): boolean {
  return !isWordAt(text, end);
}

const { classes, compute } = foldTables;

/** The index just past the word that continues at `index` (`index` itself where none does). */
export function wordEnd(text: string, index: number): number {
  const n = text.length;
  let i = index;
  while (i < n) {
    const code = text.charCodeAt(i);
    let cls = classes[code]!;
    if (cls === 0) cls = compute(code);
    if (cls & WORD) i++;
    else if (cls & SURROGATE && isWordAt(text, i)) i++;
    else break;
  }
  return i;
}
