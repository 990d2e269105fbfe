import type { CompiledMatcher } from './compiled.js';
import { BLANK, classOf, foldCode, IGNORE, MARK, NEWLINE } from './fold.js';

/**
 * Run time: the shipped trie as typed arrays, arranged for the scan's inner loop.
 *
 * - Raw code units map straight to a small alphabet (the folded characters the trie uses), through
 *   a table filled lazily per code unit, so a character outside every name fails in one read.
 * - States are renumbered depth-first, so a state's first child is the next state: walking down a
 *   name, where most states have one child, reads memory in order instead of jumping around a
 *   trie of hundreds of thousands of states.
 * - Bushy states (the root, the first letters) get dense rows over the alphabet; the other
 *   children of the rest are short sorted lists.
 */
export interface Automaton {
  /** Raw code unit → alphabet symbol (1…), 0 when no pattern uses it, or one of the SYMBOL_ specials. */
  symbols: Uint16Array;
  /** The symbol a run of whitespace walks as, 0 when no pattern has a space. */
  spaceSymbol: number;
  alphabetSize: number;
  /** Per state: the symbol that leads to state + 1, 0 for a leaf. */
  firstSymbol: Uint16Array;
  /**
   * Per state: -1 when the first child is the only one; an offset into `otherEdges` (a count, then
   * `[symbol, target]` pairs sorted by symbol); or -2 - row for a dense row.
   */
  others: Int32Array;
  otherEdges: Int32Array;
  /** `dense[row * (alphabetSize + 1) + symbol]`: the next state, 0 for none. */
  dense: Int32Array;
  /** Per state: index into acceptFirst, or -1 when the state accepts nothing. */
  acceptIndex: Int32Array;
  acceptFirst: Int32Array;
  patterns: Int32Array;
  /** Fills `symbols` for a code unit not seen yet; returns its symbol. */
  learn(code: number): number;
}

export const SYMBOL_UNKNOWN = 0xffff;
/** Marks and invisible characters: the walk steps over them. */
export const SYMBOL_SKIP = 0xfffe;
/** A line break: whitespace, but two in a run end the walk. */
export const SYMBOL_NEWLINE = 0xfffd;
/** Symbols at or above this are specials. */
export const SYMBOL_SPECIAL = 0xfffd;

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

  // Depth-first renumbering, first (lowest) child first.
  const renamed = new Int32Array(states);
  const stack = states > 0 ? [0] : [];
  for (let next = 0; stack.length > 0; next++) {
    const state = stack.pop()!;
    renamed[state] = next;
    for (let k = edgeStart[state + 1]! - 1; k >= edgeStart[state]!; k--) stack.push(k + 1);
  }

  const alphabetSize = symbolOfFolded.size;
  const width = alphabetSize + 1;
  const firstSymbol = new Uint16Array(states);
  const others = new Int32Array(states).fill(-1);
  const otherList: number[] = [];
  const denseRows: number[][] = [];
  for (let state = 0; state < states; state++) {
    const first = edgeStart[state]!;
    const count = edgeStart[state + 1]! - first;
    const id = renamed[state]!;
    if (count === 0) continue;
    firstSymbol[id] = edgeSymbol(first);
    if (count >= DENSE_CHILDREN && (denseRows.length + 1) * width <= DENSE_BUDGET) {
      others[id] = -2 - denseRows.length;
      const row: number[] = [];
      for (let k = first; k < first + count; k++) row.push(edgeSymbol(k), renamed[k + 1]!);
      denseRows.push(row);
    } else if (count > 1) {
      others[id] = otherList.length;
      otherList.push(count - 1);
      for (let k = first + 1; k < first + count; k++) otherList.push(edgeSymbol(k), renamed[k + 1]!);
    }
  }
  const dense = new Int32Array(denseRows.length * width);
  denseRows.forEach((row, r) => {
    for (let i = 0; i < row.length; i += 2) dense[r * width + row[i]!] = row[i + 1]!;
  });

  const acceptIndex = new Int32Array(Math.max(states, 1)).fill(-1);
  compiled.acceptStates.forEach((state, i) => {
    acceptIndex[renamed[state]!] = i;
  });

  const symbols = new Uint16Array(0x10000).fill(SYMBOL_UNKNOWN);
  const spaceSymbol = symbolOfFolded.get(0x20) ?? 0;
  const learn = (code: number): number => {
    const cls = classOf(code);
    let symbol: number;
    if (cls & (MARK | IGNORE)) symbol = SYMBOL_SKIP;
    else if (cls & NEWLINE) symbol = SYMBOL_NEWLINE;
    else if (cls & BLANK) symbol = spaceSymbol;
    else symbol = symbolOfFolded.get(foldCode(code)) ?? 0;
    symbols[code] = symbol;
    return symbol;
  };

  return {
    symbols,
    spaceSymbol,
    alphabetSize,
    firstSymbol,
    others,
    otherEdges: Int32Array.from(otherList),
    dense,
    acceptIndex,
    acceptFirst: Int32Array.from(compiled.acceptFirst),
    patterns: Int32Array.from(compiled.patterns),
    learn,
  };
}
