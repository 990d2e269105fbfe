import type { CompiledMatcher } from './compiled.js';
import { PREFIX } from './patterns.js';

/**
 * A filter the scan asks before it walks the trie from a word: could any pattern start with this
 * word? Most words of a page start no name, cue or concept, and reading a word once while hashing
 * it costs a fraction of walking the trie with it, whose branches and far-apart states are what
 * made the scan slow with tens of thousands of names.
 *
 * The filter is four bit sets over hashes of folded words, so it may answer yes for a word no pattern
 * starts with (the walk then finds nothing, as it would have), never no for one that some pattern
 * does. Its keys, for every pattern:
 * - a word prefix ("extradit" for "extraditions") that ends inside its first word: its first
 *   `min(length, PREFIX_KEY_LENGTH)` symbols, asked when the word read is that long (`prefixes`);
 * - a first word followed by a space: that word (`pairFirst`), and the pair of it and the first
 *   `SECOND_KEY_LENGTH` symbols of the next word, or fewer where a pattern ends sooner (`pairs`);
 * - any other first word (a whole pattern, or one followed by a hyphen or a period): `bits`.
 */
export interface FirstWordFilter {
  /** Words after which the scan walks whatever follows them. */
  bits: Int32Array;
  /** The prefix keys, asked at the lengths `prefixLengths` names, as a word is read. */
  prefixes: Int32Array;
  /**
   * `hash >>> shift` indexes `bits`, `prefixes` and `pairFirst`: the top bits, which a multiply
   * mixes best (the low ones of a multiplicative hash depend on few of its input bits).
   */
  shift: number;
  /** Bit k set: some prefix key has k symbols, so the scan asks after reading k symbols of a word. */
  prefixLengths: number;
  /** Words that some pattern follows with a space and a second word: the scan reads that word first. */
  pairFirst: Int32Array;
  /** Hashes of a first word, a space and the first `SECOND_KEY_LENGTH` symbols (or fewer) of the second. */
  pairs: Int32Array;
  /** `hash >>> pairShift` indexes `pairs`. */
  pairShift: number;
  /** Bit k set: some pair key has k symbols of the second word. */
  secondLengths: number;
}

/** The hash of no symbols and the multiplier of each step; the scan inlines both, and the bit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** Prefix keys longer than this are cut here: the filter stays small and asks early. */
const PREFIX_KEY_LENGTH = 6;
/**
 * Pair keys hold at most this much of the second word: enough to tell most surnames apart after a
 * common given name, little enough that a word prefix of the second word rarely ends sooner.
 */
export const SECOND_KEY_LENGTH = 3;
/**
 * Bits per key: about one word in a hundred that starts no pattern is let through. The sets of
 * single words, asked of every word, get more: one common word let through is walked at every
 * occurrence.
 */
const BITS_PER_KEY = 64;
const BITS_PER_SINGLE_KEY = 128;

export function firstWordFilter(
  compiled: CompiledMatcher,
  edgeStart: Int32Array,
  edgeSymbol: (edge: number) => number,
  endsFirstWord: (symbol: number) => boolean,
  spaceSymbol: number,
): FirstWordFilter {
  // Per state: 1 when a whole-word pattern ends there, 2 when a prefix pattern does.
  const ends = new Map<number, number>();
  compiled.acceptStates.forEach((state, i) => {
    let kinds = 0;
    for (let p = compiled.acceptFirst[i]!; p < compiled.acceptFirst[i + 1]!; p++) {
      kinds |= compiled.patterns[p * 3]! & PREFIX ? 2 : 1;
    }
    ends.set(state, kinds);
  });

  const keys: number[] = [];
  const prefixKeys: number[] = [];
  const pairFirstKeys: number[] = [];
  const pairKeys: number[] = [];
  let prefixLengths = 0;
  let secondLengths = 0;
  // Depth-first through the states the first two words reach: state, hash, depth, then in the
  // first word the hash at the prefix key length, in the second the first word's hash; last, how
  // many symbols of the second word were read (-1 in the first word).
  const stack = [0, HASH_SEED, 0, 0, -1];
  while (stack.length > 0) {
    const second = stack.pop()!;
    const carried = stack.pop()!;
    const depth = stack.pop()!;
    const hash = stack.pop()!;
    const state = stack.pop()!;
    const kinds = depth > 0 ? (ends.get(state) ?? 0) : 0;
    if (second >= 0) {
      // A pattern ending here, or the key's full length: the scan asks at this length.
      if (kinds !== 0 || second === SECOND_KEY_LENGTH) {
        pairKeys.push(hash);
        secondLengths |= 1 << second;
        continue;
      }
      for (let edge = edgeStart[state]!; edge < edgeStart[state + 1]!; edge++) {
        const symbol = edgeSymbol(edge);
        if (!endsFirstWord(symbol)) {
          stack.push(edge + 1, Math.imul(hash ^ symbol, HASH_PRIME), depth + 1, carried, second + 1);
        } else if (second > 0) {
          pairKeys.push(hash);
          secondLengths |= 1 << second;
        } else {
          // A space, then a character that is not a letter: the scan cannot read it as a word.
          keys.push(carried);
        }
      }
      continue;
    }
    if (kinds & 1) keys.push(hash);
    if (kinds & 2) {
      prefixKeys.push(depth > PREFIX_KEY_LENGTH ? carried : hash);
      prefixLengths |= 1 << Math.min(depth, PREFIX_KEY_LENGTH);
    }
    for (let edge = edgeStart[state]!; edge < edgeStart[state + 1]!; edge++) {
      const symbol = edgeSymbol(edge);
      if (!endsFirstWord(symbol)) {
        const next = Math.imul(hash ^ symbol, HASH_PRIME);
        stack.push(edge + 1, next, depth + 1, depth + 1 === PREFIX_KEY_LENGTH ? next : carried, -1);
      } else if (depth === 0) {
        // A pattern that starts with punctuation: nothing to hash.
      } else if (symbol === spaceSymbol) {
        pairFirstKeys.push(hash);
        stack.push(edge + 1, Math.imul(hash ^ symbol, HASH_PRIME), depth + 1, hash, 0);
      } else keys.push(hash);
    }
  }

  // Every word asks the sets of single words, so they are sized by their own keys and stay in the
  // nearest cache; the pairs, as many as the names, have their own.
  // One size for the three sets of single words, so one shift serves them.
  const single = setBits(
    Math.max(keys.length, prefixKeys.length, pairFirstKeys.length) * BITS_PER_SINGLE_KEY,
  );
  const pair = setBits(pairKeys.length * BITS_PER_KEY);
  return {
    bits: bitSet(keys, single),
    prefixes: bitSet(prefixKeys, single),
    shift: 32 - single,
    prefixLengths,
    pairFirst: bitSet(pairFirstKeys, single),
    pairs: bitSet(pairKeys, pair),
    pairShift: 32 - pair,
    secondLengths,
  };
}

/** How many hash bits index a set of at least `size` bits (4,096 at the least). */
function setBits(size: number): number {
  return Math.max(12, Math.ceil(Math.log2(size + 1)));
}

function bitSet(hashes: number[], bitCount: number): Int32Array {
  const bits = new Int32Array(2 ** bitCount / 32);
  for (const key of hashes) {
    const bit = key >>> (32 - bitCount);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}
