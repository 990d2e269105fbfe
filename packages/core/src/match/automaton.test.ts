import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from './scan.js';
import { vocabularyAutomaton } from './test-support/vocabulary-automaton.js';

/**
 * What the scan must find: each pattern at each word start, where a word ends after it; a space in
 * a pattern stands for any run of whitespace without a paragraph break.
 */
function naiveHits(text: string, words: string[]): string[] {
  const found = new Set<string>();
  const isWord = (index: number) => index >= 0 && index < text.length && /[\p{L}\p{N}]/u.test(text[index]!);
  const patterns = [...new Set(words)].map((word) => ({
    prefix: word.endsWith('*'),
    pattern: new RegExp(word.replace(/\*$/, '').split(' ').join('(?:[ \\t]*\\n[ \\t]*|[ \\t]+)'), 'uy'),
  }));
  for (let start = 0; start < text.length; start++) {
    if (!isWord(start) || isWord(start - 1)) continue;
    for (const { prefix, pattern } of patterns) {
      pattern.lastIndex = start;
      const end = pattern.exec(text) ? pattern.lastIndex : -1;
      if (end > 0 && (prefix || !isWord(end))) found.add(`${start}-${end}`);
    }
  }
  return [...found].sort();
}

function scannedHits(text: string, words: string[]): string[] {
  const automaton = vocabularyAutomaton(words);
  // The first scan meets every character for the first time, which leaves each word to the walk;
  // the second one reads them with the tables filled, through the first-word filter.
  const cold = scan(text, automaton, () => '');
  const { hits } = scan(text, automaton, () => '');
  expect(hits).toEqual(cold.hits);
  const found = new Set<string>();
  for (let h = 0; h < hits.length; h += 3) found.add(`${hits[h]}-${hits[h + 1]}`);
  return [...found].sort();
}

// A few letters make patterns share prefixes and leave long single-child runs after them; the
// second alphabet has more than 255 letters, where runs are not packed into bytes.
const SMALL = [...'abcde'];
const LARGE = Array.from({ length: 300 }, (_, k) => String.fromCharCode(0x4e00 + k));

describe('the loaded automaton', () => {
  it.each([
    { name: 'a run of two after a branch', words: ['ab', 'acde'], text: 'acde ab acd acdee' },
    { name: 'a long run', words: ['abcdeabcdeabcde'], text: 'abcdeabcdeabcde abcdeabcdeabcd' },
    { name: 'an accepting state inside a run', words: ['abc', 'abcdedcba'], text: 'abc abcde abcdedcba' },
    { name: 'a run across spaces', words: ['ab cd ee'], text: 'ab cd ee ab  cd\nee ab\n\ncd ee ab cd' },
    { name: 'a dense root', words: ['a', 'b', 'c', 'd', 'e', 'ab', 'ba'], text: 'a b c ab ba bb' },
    {
      name: 'word prefixes',
      words: ['extradit*', 'via*', 'arms traf*'],
      text: 'extraditions vias via arms trafficking',
    },
    { name: 'a letter no pattern has', words: ['ab', 'ab*'], text: 'abz zab ab2 ab' },
  ])('walks $name', ({ words, text }) => {
    expect(scannedHits(text, words)).toEqual(naiveHits(text, words));
    expect(scannedHits(text, words).length).toBeGreaterThan(0);
  });

  // Patterns that are word prefixes ("*") are in both: the scan's first-word filter keys them
  // differently from whole words.
  it.each([
    { name: 'few letters', alphabet: SMALL },
    { name: 'more letters than a byte holds', alphabet: LARGE },
  ])('finds what a naive search finds, with $name', ({ alphabet }) => {
    const word = fc
      .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 14 })
      .map((w) => w.join(''));
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean())
            .map(([parts, prefix]) => parts.join(' ') + (prefix ? '*' : '')),
          { minLength: 1, maxLength: 40 },
        ),
        fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '\n', '.')), { maxLength: 60 }),
        (words, pieces) => {
          // Text made of the patterns themselves, pieces of them and other words.
          const text = pieces
            .map((piece, k) => (k % 3 === 0 ? words[k % words.length]!.replace('*', '') : piece))
            .join(' ');
          expect(scannedHits(text, words)).toEqual(naiveHits(text, words));
        },
      ),
    );
  });
});
