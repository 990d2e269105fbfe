/**
 * The character fold the matcher applies while it walks raw text, so offsets stay in the caller's
 * string and no normalised copy is ever made. Build time folds alias text through the same function,
 * which is what makes the two agree.
 *
 * Every UTF-16 code unit gets a class and a folded code unit. Both tables fill lazily, one code unit
 * at a time: a page only ever uses a few hundred distinct characters, and folding the whole BMP up
 * front costs ~30 ms of `normalize` calls that a content script should not pay on load.
 */

/** A letter, digit or combining mark: part of a word for boundary purposes. */
export const WORD = 1;
/** A combining mark: skipped by the walk (NFD input), but still inside its word. */
export const MARK = 2;
/** Zero-width and invisible formatting characters: skipped by the walk, never part of a word. */
export const IGNORE = 4;
/** Horizontal whitespace, NBSP included: a run of it folds to one space. */
export const SPACE = 8;
/** A line or paragraph break: folds to a space, but two in one run end any name. */
export const NEWLINE = 16;
/** Any whitespace. */
export const BLANK = SPACE | NEWLINE;
/** Half of a surrogate pair: never in a name; boundaries look at the whole code point. */
export const SURROGATE = 32;
/** A letter with a lower-case form of its own ("É", "Σ"). */
export const UPPER = 64;
/** A letter with an upper-case form of its own. */
export const LOWER = 128;
const KNOWN = 256;

const classes = new Uint16Array(0x10000);
const folded = new Uint16Array(0x10000);

const HYPHENS = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const APOSTROPHES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0xff07, 0x00b4, 0x0060];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0xff02];
const INVISIBLE = [0x00ad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff];
const LINE_BREAKS = [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029];

const markPattern = /\p{M}/u;
const marksPattern = /\p{M}/gu;
const wordPattern = /[\p{L}\p{N}]/u;
const spacePattern = /\s/u;

function compute(code: number): number {
  let cls = KNOWN;
  let fold = code;
  const char = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) cls |= SURROGATE;
  else if (LINE_BREAKS.includes(code)) {
    cls |= NEWLINE;
    fold = 0x20;
  } else if (INVISIBLE.includes(code) || (code >= 0xfe00 && code <= 0xfe0f)) cls |= IGNORE;
  else if (markPattern.test(char)) cls |= MARK | WORD;
  else if (spacePattern.test(char)) {
    cls |= SPACE;
    fold = 0x20;
  } else if (HYPHENS.includes(code)) fold = 0x2d;
  else if (APOSTROPHES.includes(code)) fold = 0x27;
  else if (DOUBLE_QUOTES.includes(code)) fold = 0x22;
  else {
    if (wordPattern.test(char)) cls |= WORD;
    if (char !== char.toLowerCase()) cls |= UPPER;
    else if (char !== char.toUpperCase()) cls |= LOWER;
    // One code unit in, one out: a character whose fold would expand (a ligature, "ǅ") keeps its
    // lower case, so folding never shifts positions inside a name.
    const base = char.normalize('NFD').replace(marksPattern, '').toLowerCase();
    if (base.length === 1) fold = base.charCodeAt(0);
    else {
      const lower = char.toLowerCase();
      if (lower.length === 1) fold = lower.charCodeAt(0);
    }
  }
  classes[code] = cls;
  folded[code] = fold;
  return cls;
}

/** The class bits of a code unit (see the constants above). */
export function classOf(code: number): number {
  const cls = classes[code]!;
  return cls === 0 ? compute(code) : cls;
}

/** The folded code unit. */
export function foldCode(code: number): number {
  classOf(code);
  return folded[code]!;
}

/** The shared tables, for the scan's hot loop, which reads them directly. */
export const foldTables = { classes, folded, compute };

/**
 * Folds a string the way the walk sees it: marks and invisible characters dropped, whitespace runs
 * as one space, trimmed. Build time uses this for aliases; run time for the odd word it compares.
 */
export function foldString(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls & (MARK | IGNORE)) continue;
    if (cls & (SPACE | NEWLINE)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(folded[code]!);
  }
  return out;
}

/** Whether a code unit is an upper-case letter. */
export function isUpper(code: number): boolean {
  return (classOf(code) & UPPER) !== 0;
}

/** Whether a code unit is a lower-case letter. */
export function isLower(code: number): boolean {
  return (classOf(code) & LOWER) !== 0;
}
