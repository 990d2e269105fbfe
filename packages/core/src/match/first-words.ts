import type { CompiledMatcher } from './compiled.js';
import { PREFIX } from './patterns.js';

/**
 * A filter the scan asks before it walks the trie from a word: could any pattern start with this
 * word? Most words of a page start no name, cue or concept, and reading a word once while hashing
 * it costs a fraction of walking the trie with it, whose branches and far-apart states are what
 * made the scan slow with tens of thousands of names.
 *
 * The filter is a bit set over hashes of folded words, so it may answer yes for a word no pattern
 * starts with (the walk then finds nothing, as it would have), never no for one that some pattern
 * does. Its keys are, for every pattern, the symbols of its first word (up to the first space or
 * non-word character); for a pattern that is a word prefix ("extradit" for "extraditions") and
 * ends inside its first word, its first `min(length, PREFIX_KEY_LENGTH)` symbols, which the scan
 * asks about when the word it reads is that long.
 */
export interface FirstWordFilter {
  bits: Int32Array;
  /** Hash bits that index `bits`. */
  mask: number;
  /** Bit k set: some prefix key has k symbols, so the scan asks after reading k symbols of a word. */
  prefixLengths: number;
}

/** The hash of no symbols and the multiplier of each step; the scan inlines both, and the bit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** Prefix keys longer than this are cut here: the filter stays small and asks early. */
const PREFIX_KEY_LENGTH = 6;
/** Bits per key: about one word in fifty that starts no pattern is let through. */
const BITS_PER_KEY = 64;

export function firstWordFilter(
  compiled: CompiledMatcher,
  edgeStart: Int32Array,
  edgeSymbol: (edge: number) => number,
  endsFirstWord: (symbol: number) => boolean,
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
  let prefixLengths = 0;
  // Depth-first through the states a first word reaches: state, hash, depth, hash at the key length.
  const stack = [0, HASH_SEED, 0, 0];
  while (stack.length > 0) {
    const keyHash = stack.pop()!;
    const depth = stack.pop()!;
    const hash = stack.pop()!;
    const state = stack.pop()!;
    const kinds = depth > 0 ? (ends.get(state) ?? 0) : 0;
    if (kinds & 1) keys.push(hash);
    if (kinds & 2) {
      keys.push(depth > PREFIX_KEY_LENGTH ? keyHash : hash);
      prefixLengths |= 1 << Math.min(depth, PREFIX_KEY_LENGTH);
    }
    for (let edge = edgeStart[state]!; edge < edgeStart[state + 1]!; edge++) {
      const symbol = edgeSymbol(edge);
      if (!endsFirstWord(symbol)) {
        const next = Math.imul(hash ^ symbol, HASH_PRIME);
        stack.push(edge + 1, next, depth + 1, depth + 1 === PREFIX_KEY_LENGTH ? next : keyHash);
      } else if (depth > 0) keys.push(hash);
    }
  }

  const size = Math.max(1 << 12, 2 ** Math.ceil(Math.log2(keys.length * BITS_PER_KEY + 1)));
  const bits = new Int32Array(size >>> 5);
  const mask = size - 1;
  for (const key of keys) {
    const bit = (key ^ (key >>> 15)) & mask;
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { bits, mask, prefixLengths };
}
