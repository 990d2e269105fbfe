/** A word or a punctuation mark, with its UTF-16 span in the statement text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner dots, hyphens and apostrophes ("U.S", "Sherwood-Randall", "Mexico's"); a final
// dot is decided below ("U.S.-Mexico" stays one word), because it may end the sentence or belong to an abbreviation.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\.?[.'’‐‑-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;

const ABBREVIATIONS = new Set([
  'dr',
  'dra',
  'sr',
  'sra',
  'srta',
  'mr',
  'mrs',
  'ms',
  'gen',
  'adm',
  'lic',
  'ing',
  'jr',
  'st',
  'no',
]);

/** Tokens of `text.slice(start, end)`, offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  const slice = text.slice(0, end);
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    let word = match[0];
    let wordEnd = match.index + word.length;
    if (word.length > 1 && word.endsWith('.') && !keepsDot(word.slice(0, -1))) {
      word = word.slice(0, -1);
      wordEnd -= 1;
      WORD.lastIndex = wordEnd;
    }
    tokens.push({ text: word, start: match.index, end: wordEnd });
  }
  return tokens;
}

function keepsDot(word: string): boolean {
  return word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);
