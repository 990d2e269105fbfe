import { describe, expect, it } from 'vitest';
import { HASH_PRIME, HASH_SEED, SECOND_KEY_LENGTH } from './first-words.js';
import { vocabularyAutomaton } from './test-support/vocabulary-automaton.js';

// Patterns as the vocabulary writes them: "*" makes a word prefix.
const PATTERNS = [
  'fentanyl',
  'extradit*',
  'via*',
  'security implementation group',
  'u.s.',
  'sherwood-randall',
  'juan gonzalez',
  'arms traf*',
  'ley de seguridad',
];

const automaton = vocabularyAutomaton(PATTERNS);
const SPACE = automaton.spaceSymbol;

/**
 * What the scan asks of the filter at the start of `words` (pattern letters and single spaces):
 * the same hashes and bits, the first word first, then, if it only starts longer patterns, the
 * start of the second.
 */
function asked(words: string): boolean {
  const { bits, prefixes, shift, prefixLengths, pairFirst, pairs, pairShift, secondLengths } =
    automaton.firstWords;
  const has = (set: Int32Array, hash: number, setShift = shift) => {
    const bit = hash >>> setShift;
    return ((set[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
  };
  const [first = '', second] = words.split(' ');
  let hash = HASH_SEED;
  for (let k = 0; k < first.length; k++) {
    const symbol = automaton.learn(first.charCodeAt(k));
    if (symbol === 0 || automaton.nonWord[symbol]) break;
    hash = Math.imul(hash ^ symbol, HASH_PRIME);
    if ((prefixLengths >>> (k + 1)) & 1 && has(prefixes, hash)) return true;
  }
  if (has(bits, hash)) return true;
  if (second === undefined || !has(pairFirst, hash)) return false;
  let pair = Math.imul(hash ^ SPACE, HASH_PRIME);
  for (let k = 0; k < Math.min(second.length, SECOND_KEY_LENGTH); k++) {
    pair = Math.imul(pair ^ automaton.learn(second.charCodeAt(k)), HASH_PRIME);
    if ((secondLengths >>> (k + 1)) & 1 && has(pairs, pair, pairShift)) return true;
  }
  return false;
}

describe('the first-word filter', () => {
  it.each([
    ['a whole-word pattern', 'fentanyl'],
    ['a word a prefix pattern starts', 'extraditions'],
    ['a short prefix pattern as a whole word', 'via'],
    ['the first word before a period', 'u'],
    ['the first word before a hyphen', 'sherwood'],
    ['the first two words of a longer pattern', 'security implementation'],
    ['a given name before the surname of a pattern', 'juan gonzalez'],
    ['a second word that a prefix pattern starts', 'arms trafficking'],
    ['a short second word', 'ley de'],
  ])('lets through %s ("%s")', (_name, words) => {
    expect(asked(words)).toBe(true);
  });

  // The point of the filter: these are read once and never walked.
  it.each([
    'the',
    'border',
    'fentanil',
    'extra',
    'secure',
    'implementation',
    'group',
    'randall',
    'us',
    'security',
    'security group',
    'juan perez',
    'juan garcia',
    'arms sales',
    'ley federal',
  ])('turns away "%s"', (words) => {
    expect(asked(words)).toBe(false);
  });
});
