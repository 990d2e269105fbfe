import type { CompiledMatcher } from './compiled.js';
import { type FirstWordFilter, firstWordFilter } from './first-words.js';
import { BLANK, classOf, foldCode, IGNORE, MARK, NEWLINE, WORD } from './fold.js';

/**
 * Run time: the shipped trie as typed arrays, arranged for the scan's inner loop.
 *
 * - Raw code units map straight to a small alphabet (the folded characters the trie uses), through
 *   a table filled lazily per code unit, so a character outside every name fails in one read.
 * - States are laid out depth-first in one array, each followed by its own edge list and then by
 *   its first child. Walking down a name, where most states have one child, reads memory in order;
 *   a branching state and its edges share a cache line. With tens of thousands of names the trie
 *   has hundreds of thousands of states, and a walk into a name the page does not hold would
 *   otherwise miss the cache at every branch.
 * - Bushy states (the root, the first letters) get dense rows over the alphabet instead.
 */
export interface Automaton {
  /** Raw code unit → alphabet symbol (1…), 0 when no pattern uses it, or one of the SYMBOL_ specials. */
  symbols: Uint16Array;
  /**
   * The same for the letters and digits of patterns only, 0 for anything else and for code units
   * not learnt yet: the scan reads a word with one look-up and one test per character.
   */
  wordSymbols: Uint16Array;
  /** The symbol a run of whitespace walks as, 0 when no pattern has a space. */
  spaceSymbol: number;
  /** Per symbol, 1 for a character that is not part of a word (a hyphen, a period, an apostrophe). */
  nonWord: Uint8Array;
  alphabetSize: number;
  /**
   * The states, named by their offset in this array (the root is 0). At `s`: the symbol leading to
   * the first child in the low `symbolBits` bits (0 for a leaf) and the accept index + 1 above them
   * (0 when the state accepts nothing). At `s + 1`: -2 - row when the state has a dense row;
   * otherwise the number k of children besides the first, whose `[symbol, state]` pairs follow,
   * sorted by symbol. The first child is the state right after those pairs, at `s + 2 + 2k` (at
   * `s + 2` for a dense state).
   *
   * A run of states that only lead on (one child, nothing accepted), as in the rest of a name once
   * no other name shares it, is one record instead: `0, -1, length`, then the run's symbols four
   * to an int, low byte first; the state it leads to comes right after. Most of a large trie is such
   * runs, and a byte per character keeps it small enough to stay in cache.
   */
  nodes: Int32Array;
  symbolBits: number;
  /** `dense[row * (alphabetSize + 1) + symbol]`: the next state, 0 for none. */
  dense: Int32Array;
  acceptFirst: Int32Array;
  patterns: Int32Array;
  /** Which words could start a pattern, asked before a walk. */
  firstWords: FirstWordFilter;
  /** Fills `symbols` for a code unit not seen yet; returns its symbol. */
  learn(code: number): number;
}

export const SYMBOL_UNKNOWN = 0xffff;
/** Marks and invisible characters: the walk steps over them. */
export const SYMBOL_SKIP = 0xfffe;
/** A line break: whitespace, but two in a run end the walk. */
export const SYMBOL_NEWLINE = 0xfffd;
/** Any other whitespace: a run of it walks as one space. */
export const SYMBOL_SPACE = 0xfffc;
/** Symbols at or above this are specials. */
export const SYMBOL_SPECIAL = 0xfffc;

/** Code units below this (Basic Latin to Latin Extended-B) are learnt when the automaton loads. */
const LEARNT_UP_FRONT = 0x250;

/** States with at least this many children get a dense row. */
const DENSE_CHILDREN = 6;
/** The most dense-table entries a matcher allocates (4 bytes each): small enough to stay cached. */
const DENSE_BUDGET = 1 << 15;

export function loadAutomaton(compiled: CompiledMatcher): Automaton {
  const states = compiled.childCounts.length;
  // Breadth-first layout as shipped: edges of state s are edgeStart[s] … edgeStart[s + 1] - 1, and
  // edge k leads to state k + 1.
  const edgeStart = new Int32Array(states + 1);
  let edges = 0;
  for (let s = 0; s < states; s++) {
    edgeStart[s] = edges;
    edges += compiled.childCounts[s]!;
  }
  edgeStart[states] = edges;
  if (edges !== compiled.labels.length) {
    throw new Error(`compiled matcher is inconsistent: ${edges} edges but ${compiled.labels.length} labels`);
  }
  // Symbols follow folded-code order, so each state's edges (sorted by code) are sorted by symbol.
  const codes = new Set<number>();
  for (let k = 0; k < edges; k++) codes.add(compiled.labels.charCodeAt(k));
  const symbolOfFolded = new Map([...codes].sort((x, y) => x - y).map((code, i) => [code, i + 1]));
  const edgeSymbol = (k: number) => symbolOfFolded.get(compiled.labels.charCodeAt(k))!;

  const alphabetSize = symbolOfFolded.size;
  const nonWord = new Uint8Array(alphabetSize + 1);
  for (const [code, symbol] of symbolOfFolded) if (!(classOf(code) & WORD)) nonWord[symbol] = 1;
  const width = alphabetSize + 1;
  const symbolBits = 32 - Math.clz32(alphabetSize);
  if (compiled.acceptStates.length >= 2 ** (32 - symbolBits) - 1) {
    throw new Error(`compiled matcher has too many accepting states (${compiled.acceptStates.length})`);
  }

  const accepting = new Uint8Array(states);
  for (const state of compiled.acceptStates) accepting[state] = 1;
  const childCount = (state: number) => edgeStart[state + 1]! - edgeStart[state]!;
  // A state on the way down a name with nothing to decide: one child, accepts nothing.
  const inChain = (state: number) => state > 0 && childCount(state) === 1 && accepting[state] === 0;
  const packChains = alphabetSize <= 0xff;

  // Depth-first order, first (lowest) child first; each record's size decides where the next goes.
  const denseRow = new Int32Array(states).fill(-1);
  const chainLength = new Int32Array(states);
  let rows = 0;
  const order: number[] = [];
  const offset = new Int32Array(states);
  let size = 0;
  const stack = states > 0 ? [0] : [];
  while (stack.length > 0) {
    const state = stack.pop()!;
    order.push(state);
    offset[state] = size;
    let length = 0;
    let end = state;
    for (; packChains && inChain(end); length++) end = edgeStart[end]! + 1;
    if (length >= 2) {
      chainLength[state] = length;
      size += 3 + ((length + 3) >> 2);
      stack.push(end);
      continue;
    }
    const count = childCount(state);
    if (count >= DENSE_CHILDREN && (rows + 1) * width <= DENSE_BUDGET) denseRow[state] = rows++;
    size += denseRow[state]! >= 0 ? 2 : 2 * Math.max(count, 1);
    for (let k = edgeStart[state + 1]! - 1; k >= edgeStart[state]!; k--) stack.push(k + 1);
  }

  const nodes = new Int32Array(Math.max(size, 2));
  const dense = new Int32Array(rows * width);
  for (const state of order) {
    const at = offset[state]!;
    const length = chainLength[state]!;
    if (length > 0) {
      nodes[at + 1] = -1;
      nodes[at + 2] = length;
      let current = state;
      for (let k = 0; k < length; k++) {
        nodes[at + 3 + (k >> 2)]! |= edgeSymbol(edgeStart[current]!) << ((k & 3) << 3);
        current = edgeStart[current]! + 1;
      }
      continue;
    }
    const first = edgeStart[state]!;
    const count = childCount(state);
    if (count > 0) nodes[at] = edgeSymbol(first);
    const row = denseRow[state]!;
    if (row >= 0) {
      nodes[at + 1] = -2 - row;
      for (let k = first; k < first + count; k++) dense[row * width + edgeSymbol(k)] = offset[k + 1]!;
      continue;
    }
    nodes[at + 1] = Math.max(count - 1, 0);
    for (let k = first + 1, pair = at + 2; k < first + count; k++, pair += 2) {
      nodes[pair] = edgeSymbol(k);
      nodes[pair + 1] = offset[k + 1]!;
    }
  }
  compiled.acceptStates.forEach((state, i) => {
    nodes[offset[state]!]! |= (i + 1) << symbolBits;
  });

  const symbols = new Uint16Array(0x10000).fill(SYMBOL_UNKNOWN);
  const wordSymbols = new Uint16Array(0x10000);
  const spaceSymbol = symbolOfFolded.get(0x20) ?? 0;
  const learn = (code: number): number => {
    const cls = classOf(code);
    let symbol: number;
    if (cls & (MARK | IGNORE)) symbol = SYMBOL_SKIP;
    else if (cls & NEWLINE) symbol = SYMBOL_NEWLINE;
    else if (cls & BLANK) symbol = SYMBOL_SPACE;
    else symbol = symbolOfFolded.get(foldCode(code)) ?? 0;
    symbols[code] = symbol;
    if (symbol > 0 && symbol < SYMBOL_SPECIAL && !nonWord[symbol]) wordSymbols[code] = symbol;
    return symbol;
  };

  // The scan's first pass only reads what is learnt, and sends a word with anything else to a walk:
  // Latin letters are learnt now, so a page's first text is not walked word by word.
  for (let code = 0; code < LEARNT_UP_FRONT; code++) learn(code);

  return {
    symbols,
    wordSymbols,
    spaceSymbol,
    nonWord,
    alphabetSize,
    nodes,
    symbolBits,
    dense,
    acceptFirst: Int32Array.from(compiled.acceptFirst),
    patterns: Int32Array.from(compiled.patterns),
    firstWords: firstWordFilter(
      compiled,
      edgeStart,
      edgeSymbol,
      (symbol) => nonWord[symbol] === 1,
      spaceSymbol,
    ),
    learn,
  };
}
