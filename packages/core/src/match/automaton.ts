import type { CompiledMatcher } from './compiled.js';
import { BLANK, classOf, foldCode, IGNORE, MARK, NEWLINE } from './fold.js';

/**
 * Run time: the shipped trie as typed arrays, arranged for the scan's inner loop.
 *
 * - Raw code units map straight to a small alphabet (the folded characters the trie uses), through
 *   a table filled lazily per code unit, so a character outside every name fails in one read.
 * - The shallowest states (breadth-first numbering puts them first) get dense rows over that
 *   alphabet: one read per step where the trie is bushy. Deeper states, which have one or two
 *   children, keep their sorted edge lists.
 * - A transition to an accepting state is stored negated, so the walk learns that for free.
 */
export interface Automaton {
  /** Raw code unit → alphabet symbol (1…), 0 when no pattern uses it, or one of the SYMBOL_ specials. */
  symbols: Uint16Array;
  /** The symbol a run of whitespace walks as, 0 when no pattern has a space. */
  spaceSymbol: number;
  alphabetSize: number;
  /** States below this have dense rows. */
  denseStates: number;
  /** `dense[state * (alphabetSize + 1) + symbol]`: next state, negated when accepting; 0 for none. */
  dense: Int32Array;
  /** Edges of state s are edgeStart[s] … edgeStart[s + 1] - 1, sorted by symbol. */
  edgeStart: Int32Array;
  edgeSymbols: Uint16Array;
  /** Target of each edge (state k + 1 for edge k), negated when accepting. */
  edgeTargets: Int32Array;
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

/** The most dense-table entries a matcher allocates (4 bytes each). */
const DENSE_BUDGET = 1 << 18;

export function loadAutomaton(compiled: CompiledMatcher): Automaton {
  const states = compiled.childCounts.length;
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

  // Symbols follow folded-code order, so each state's edges (sorted by code at build time) are
  // sorted by symbol too.
  const codes = new Set<number>();
  for (let k = 0; k < edges; k++) codes.add(compiled.labels.charCodeAt(k));
  const symbolOfFolded = new Map([...codes].sort((x, y) => x - y).map((code, i) => [code, i + 1]));
  const edgeSymbols = new Uint16Array(edges);
  const edgeTargets = new Int32Array(edges);
  for (let k = 0; k < edges; k++) {
    edgeSymbols[k] = symbolOfFolded.get(compiled.labels.charCodeAt(k))!;
    edgeTargets[k] = k + 1;
  }

  const acceptIndex = new Int32Array(Math.max(states, 1)).fill(-1);
  compiled.acceptStates.forEach((state, i) => {
    acceptIndex[state] = i;
  });
  for (let k = 0; k < edges; k++) {
    if (acceptIndex[edgeTargets[k]!]! >= 0) edgeTargets[k] = -edgeTargets[k]!;
  }

  const alphabetSize = symbolOfFolded.size;
  const width = alphabetSize + 1;
  const denseStates = Math.min(states, Math.floor(DENSE_BUDGET / width));
  const dense = new Int32Array(denseStates * width);
  for (let s = 0; s < denseStates; s++) {
    for (let k = edgeStart[s]!; k < edgeStart[s + 1]!; k++)
      dense[s * width + edgeSymbols[k]!] = edgeTargets[k]!;
  }

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
    denseStates,
    dense,
    edgeStart,
    edgeSymbols,
    edgeTargets,
    acceptIndex,
    acceptFirst: Int32Array.from(compiled.acceptFirst),
    patterns: Int32Array.from(compiled.patterns),
    learn,
  };
}
