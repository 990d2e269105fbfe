import { describe, expect, it } from 'vitest';
import { HASH_PRIME, HASH_SEED } from './first-words.js';
import { vocabularyAutomaton } from './test-support/vocabulary-automaton.js';

// Patterns as the vocabulary writes them: "*" makes a word prefix.
const PATTERNS = [
  'fentanyl',
  'extradit*',
  'via*',
  'security implementation group',
  'u.s.',
  'sherwood-randall',
];

const automaton = vocabularyAutomaton(PATTERNS);

/** What the scan asks of the filter for a word of pattern letters: the same hash and bit. */
function asked(word: string): boolean {
  const { bits, mask, prefixLengths } = automaton.firstWords;
  const has = (hash: number) => {
    const bit = (hash ^ (hash >>> 15)) & mask;
    return ((bits[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
  };
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) {
    const symbol = automaton.learn(word.charCodeAt(k));
    if (symbol === 0) return has(hash);
    hash = Math.imul(hash ^ symbol, HASH_PRIME);
    if ((prefixLengths >>> (k + 1)) & 1 && has(hash)) return true;
  }
  return has(hash);
}

describe('the first-word filter', () => {
  it.each([
    ['a whole-word pattern', 'fentanyl'],
    ['the first word of a longer pattern', 'security'],
    ['a word a prefix pattern starts', 'extraditions'],
    ['a short prefix pattern as a whole word', 'via'],
    ['the first word before a period', 'u'],
    ['the first word before a hyphen', 'sherwood'],
  ])('lets through %s ("%s")', (_name, word) => {
    expect(asked(word)).toBe(true);
  });

  // The point of the filter: these are read once and never walked.
  it.each(['the', 'border', 'fentanil', 'extra', 'secure', 'implementation', 'group', 'randall', 'us'])(
    'turns away "%s"',
    (word) => {
      expect(asked(word)).toBe(false);
    },
  );
});
