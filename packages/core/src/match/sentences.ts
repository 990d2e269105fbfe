/**
 * Run time: a cheap rule-based sentence splitter, good enough to keep an agreement's cue and its
 * key words in one sentence. A sentence ends at a line break, or at . ! ? … followed by space and
 * something that can open a sentence, unless the period ends an abbreviation or an initial
 * ("U.S.", "D.C.", "Dr.", "Lisa O. Monaco").
 *
 * It works outward from a position, so only the sentences that hold a cue are ever delimited.
 */

const ABBREVIATIONS = new Set(
  'mr mrs ms dr dra sr sra srta st jr gen gral lic ing no num vs etc approx sen rep gov ave adm col lt sgt prof'.split(
    ' ',
  ),
);

const CLOSERS = /["'”’»)\]]/;
const OPENERS = /[\p{Lu}\p{N}¿¡"“«([]/u;
const LETTER = /\p{L}/u;
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2029;
const isTerminator = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;

/**
 * If a sentence ends with the character at `index`, where the next sentence starts (possibly
 * `text.length`); otherwise -1.
 */
function nextSentenceAfter(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isLineBreak(code)) return index + 1;
  if (!isTerminator(code)) return -1;
  if (code === 0x2e && isAbbreviation(text, index)) return -1;
  const n = text.length;
  let j = index + 1;
  while (j < n && CLOSERS.test(text[j]!)) j++;
  const spaceStart = j;
  while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
  if (j >= n) return n;
  if (j === spaceStart) return isLineBreak(text.charCodeAt(j)) ? j : -1;
  return OPENERS.test(text[j]!) ? j : -1;
}

function isAbbreviation(text: string, period: number): boolean {
  let start = period;
  let periods = false;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x2e) periods = true;
    else if (!isLetter(code)) break;
  }
  const length = period - start;
  if (length === 0) return false;
  if (periods || length === 1) return true;
  return length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, period).toLowerCase());
}

const isLetter = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code > 0x7f && LETTER.test(String.fromCharCode(code)));

/** The sentence `[start, end)` that holds `position`. */
export function sentenceAround(text: string, position: number): [number, number] {
  let start = 0;
  let end = -1;
  for (let k = position - 1; k >= 0; k--) {
    const code = text.charCodeAt(k);
    if (!isLineBreak(code) && !isTerminator(code)) continue;
    const next = nextSentenceAfter(text, k);
    if (next < 0) continue;
    if (next <= position) {
      start = next;
      break;
    }
    // The position is in the space after the sentence's final period, which still belongs to it.
    end = next;
  }
  // Sentence ends only grow with the character that ends them, so the first end found at or after
  // the position is the one; the part before it was read on the way back.
  for (let k = position; end < 0 && k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (isLineBreak(code) || isTerminator(code)) end = nextSentenceAfter(text, k);
  }
  return [start, end < 0 ? text.length : end];
}

/**
 * The part of the line (paragraph, block) that holds `[start, end)` within `reach` of it, line
 * breaks left out. Read outward from the span and no farther than `reach`, so that a text with few
 * line breaks costs no more than one with many.
 */
export function lineAround(text: string, start: number, end: number, reach: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - reach);
  while (from > floor && text.charCodeAt(from - 1) !== 0x0a) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + reach);
  while (to < ceiling && text.charCodeAt(to) !== 0x0a) to++;
  return [from, to];
}

/** Whether a line break ends a line in `[from, to)`: what is on either side is in two sentences. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}
