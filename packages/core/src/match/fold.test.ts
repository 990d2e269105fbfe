import { describe, expect, it } from 'vitest';
import { classOf, foldString, IGNORE, MARK, NEWLINE, SPACE, SURROGATE, WORD } from './fold.js';

describe('foldString', () => {
  it.each([
    { name: 'case and accents (es)', input: 'García Harfuch', folded: 'garcia harfuch' },
    { name: 'NFD input', input: 'Garci\u0301a', folded: 'garcia' },
    { name: 'ñ and ü', input: 'Peña Güemes', folded: 'pena guemes' },
    { name: 'capital with accent', input: 'ÁLVAREZ', folded: 'alvarez' },
    { name: 'dotted capital I', input: 'İ', folded: 'i' },
    { name: 'curly apostrophe', input: 'Sheinbaum’s', folded: "sheinbaum's" },
    { name: 'curly double quotes', input: '“GIS”', folded: '"gis"' },
    { name: 'hyphen variants', input: 'a‐b‑c‒d–e—f−g', folded: 'a-b-c-d-e-f-g' },
    {
      name: 'whitespace runs, NBSP, tabs, line breaks',
      input: ' Juan \u00a0\t\nGonzález ',
      folded: 'juan gonzalez',
    },
    { name: 'zero-width and soft hyphen vanish', input: 'Shein\u200bbaum\u00ad\ufeff', folded: 'sheinbaum' },
    { name: 'a ligature keeps one code unit', input: 'ﬁ', folded: 'ﬁ' },
  ])('$name', ({ input, folded }) => {
    expect(foldString(input)).toBe(folded);
  });
});

describe('classOf', () => {
  it.each([
    { name: 'ASCII letter', char: 'a', has: WORD },
    { name: 'accented letter', char: 'é', has: WORD },
    { name: 'digit', char: '7', has: WORD },
    { name: 'combining acute', char: '\u0301', has: WORD | MARK },
    { name: 'NBSP', char: '\u00a0', has: SPACE },
    { name: 'line feed', char: '\n', has: NEWLINE },
    { name: 'zero-width joiner', char: '\u200d', has: IGNORE },
    { name: 'high surrogate', char: '\ud835', has: SURROGATE },
  ])('$name', ({ char, has }) => {
    expect(classOf(char.charCodeAt(0)) & has).toBe(has);
  });

  it.each([
    { name: 'comma', char: ',' },
    { name: 'apostrophe', char: '’' },
    { name: 'hyphen', char: '-' },
    { name: 'zero-width space', char: '\u200b' },
  ])('$name is not part of a word', ({ char }) => {
    expect(classOf(char.charCodeAt(0)) & WORD).toBe(0);
  });
});
