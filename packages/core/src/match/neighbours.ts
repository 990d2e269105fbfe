import { isWordAt, wordEnd } from './boundaries.js';
import { classOf, foldCode, foldString, IGNORE, isLower, isUpper, MARK, NEWLINE, SPACE } from './fold.js';
import { TITLES } from './lexicon.js';
import { hasLineBreak } from './sentences.js';

/** The word right next to a match, as the document pass needs to judge it. */
export interface Neighbour {
  start: number;
  end: number;
  /** Folded: lower case, no accents. */
  folded: string;
  capitalised: boolean;
  allCaps: boolean;
  /** Nothing but opening punctuation between the start of its sentence (or line) and it. */
  sentenceInitial: boolean;
  /** An initial with its period ("O." in "Lisa O. Monaco"). */
  initial: boolean;
}

const SENTENCE_OPENERS = '.!?:;¿¡"\'([—–-•';

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const PERIOD = 0x2e;

/** Steps back over horizontal space and invisible characters; -1 past a paragraph break. */
function skipSpaceBack(text: string, index: number): number {
  let i = index;
  let breaks = 0;
  while (i >= 0) {
    const cls = classOf(text.charCodeAt(i));
    if (cls & NEWLINE) {
      if (++breaks >= 2) return -1;
    } else if (!(cls & (SPACE | IGNORE))) break;
    i--;
  }
  return i;
}

function skipSpaceForward(text: string, index: number): number {
  let i = index;
  let breaks = 0;
  while (i < text.length) {
    const cls = classOf(text.charCodeAt(i));
    if (cls & NEWLINE) {
      if (++breaks >= 2) return text.length;
    } else if (!(cls & (SPACE | IGNORE))) break;
    i++;
  }
  return i;
}

function describe(text: string, start: number, end: number, initial: boolean): Neighbour {
  const raw = text.slice(start, end);
  let capitalised = false;
  let allCaps = true;
  let seenCased = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isUpper(code)) {
      if (!seenCased) capitalised = true;
      seenCased = true;
    } else if (isLower(code)) {
      seenCased = true;
      allCaps = false;
    }
  }
  let before = skipSpaceBack(text, start - 1);
  while (before >= 0 && /["'“‘«([]/u.test(text[before]!)) before = skipSpaceBack(text, before - 1);
  const sentenceInitial =
    before < 0 ||
    SENTENCE_OPENERS.includes(String.fromCharCode(foldCode(text.charCodeAt(before)))) ||
    (classOf(text.charCodeAt(start - 1)) & NEWLINE) !== 0 ||
    hasLineBreak(text, before + 1, start);
  return {
    start,
    end,
    folded: foldString(raw),
    capitalised,
    allCaps: allCaps && seenCased && raw.length > 1,
    sentenceInitial,
    initial,
  };
}

/**
 * The word before `start`, joined to it by spaces or a hyphen ("Sandoval-González"), or null when
 * punctuation or a paragraph break separates them, or when it is a possessive ("Mexico's"). Of the
 * words before a period, only an initial ("O.") and an abbreviated title ("Sen.") are returned.
 */
export function previousWord(text: string, start: number): Neighbour | null {
  let i = start - 1;
  if (i > 0 && foldCode(text.charCodeAt(i)) === HYPHEN && isWordAt(text, i - 1)) {
    i--;
  } else {
    i = skipSpaceBack(text, i);
  }
  if (i < 0) return null;
  const period = foldCode(text.charCodeAt(i)) === PERIOD;
  if (period) {
    // An initial: one letter between a non-word and the period.
    if (isWordAt(text, i - 1) && !isWordAt(text, i - 2)) return describe(text, i - 1, i, true);
    i--;
  }
  if (!isWordAt(text, i)) return null;
  const end = i + 1;
  let wordStart = i;
  while (isWordAt(text, wordStart - 1)) wordStart--;
  if (end - wordStart === 1 && foldString(text[wordStart]!) === 's') {
    const mark = wordStart - 1;
    if (mark >= 0 && foldCode(text.charCodeAt(mark)) === APOSTROPHE) return null;
  }
  const word = describe(text, wordStart, end, false);
  // Before a period, only an abbreviated title ("Sen.", "Gen.", "Dr."): any other word ends a sentence.
  return period && !TITLES.has(word.folded) ? null : word;
}

/** The word after `end`, joined to it by spaces or a hyphen, or null (see `previousWord`). */
export function nextWord(text: string, end: number): Neighbour | null {
  let i = end;
  if (i < text.length && foldCode(text.charCodeAt(i)) === HYPHEN) i++;
  else i = skipSpaceForward(text, i);
  if (!isWordAt(text, i)) return null;
  return describe(text, i, wordEnd(text, i), false);
}

/** How far a headline's line may reach either side of a name: headlines are short. */
const HEADLINE_REACH = 160;
/** Words this long are capitalised in a title-case headline; shorter ones may be "of", "to", "a". */
const HEADLINE_WORD = 4;

/**
 * Whether the name at `[start, end)` sits in a short line set in title case ("Navy Chief Morales
 * Discusses Fentanyl Seizures"), where every long word is capitalised and a capitalised neighbour
 * is no sign of another person's name.
 */
export function inTitleCaseLine(text: string, start: number, end: number): boolean {
  // The reach counts characters as a reader does: a combining accent is not one, so a headline
  // is the same headline in NFC and NFD.
  let from = start;
  let reach = 0;
  while (from > 0 && !(classOf(text.charCodeAt(from - 1)) & NEWLINE)) {
    if (!(classOf(text.charCodeAt(--from)) & MARK) && ++reach > HEADLINE_REACH) return false;
  }
  let to = end;
  reach = 0;
  while (to < text.length && !(classOf(text.charCodeAt(to)) & NEWLINE)) {
    if (!(classOf(text.charCodeAt(to++)) & MARK) && ++reach > HEADLINE_REACH) return false;
  }
  let capitalised = 0;
  for (const word of text.slice(from, to).matchAll(/[\p{L}\p{M}]+/gu)) {
    if (word[0].length < HEADLINE_WORD) continue;
    if (!isUpper(word[0].charCodeAt(0))) return false;
    capitalised++;
  }
  return capitalised >= 4;
}
