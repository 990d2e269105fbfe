/**
 * Run time: a cheap rule-based sentence splitter, good enough to keep an agreement's cue and its
 * key words in one sentence. A sentence ends at a line break, or at . ! ? … followed by space and
 * something that can open a sentence, unless the period ends an abbreviation or an initial
 * ("U.S.", "D.C.", "Dr.", "Lisa O. Monaco").
 */

const ABBREVIATIONS = new Set(
  'mr mrs ms dr dra sr sra srta st jr gen gral lic ing no num vs etc approx sen rep gov ave adm col lt sgt prof'.split(
    ' ',
  ),
);

const TERMINATORS = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;
const OPENERS = /[\p{Lu}\p{N}¿¡"“«([]/u;
const LETTER_OR_PERIOD = /[\p{L}.]/u;

/** Sentence start offsets, ascending, beginning with 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const char = text[i]!;
    if (char === '\n' || char === '\r' || char === '\u2029') {
      if (i + 1 < n) starts.push(i + 1);
      continue;
    }
    if (!TERMINATORS.test(char)) continue;
    if (char === '.' && isAbbreviation(text, i)) continue;
    let j = i + 1;
    while (j < n && CLOSERS.test(text[j]!)) j++;
    const spaceStart = j;
    while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
    if (j === spaceStart || j >= n) continue;
    if (OPENERS.test(text[j]!)) starts.push(j);
  }
  return starts;
}

function isAbbreviation(text: string, period: number): boolean {
  let start = period;
  while (start > 0 && LETTER_OR_PERIOD.test(text[start - 1]!)) start--;
  const token = text.slice(start, period);
  if (token.length === 0) return false;
  if (token.includes('.') || token.length === 1) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

/** The sentence `[start, end)` holding `position`, from the starts `sentenceStarts` gave. */
export function sentenceAt(starts: number[], textLength: number, position: number): [number, number] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return [starts[low]!, low + 1 < starts.length ? starts[low + 1]! : textLength];
}
