import type { CompiledMatcher } from './compiled.js';

/**
 * Run time: the shipped trie as typed arrays. Loading is one pass over the compiled arrays; stepping
 * is a table read at the root (which has a child for almost every letter) and a short scan or a
 * binary search over a state's sorted edges elsewhere.
 */
export interface Automaton {
  /** Edges of state s are edgeStart[s] … edgeStart[s + 1] - 1; edge k leads to state k + 1. */
  edgeStart: Int32Array;
  labels: Uint16Array;
  /** Per state: index into acceptFirst, or -1 when the state accepts nothing. */
  acceptIndex: Int32Array;
  acceptFirst: Int32Array;
  patterns: Int32Array;
  /** The root's child for folded code units below ROOT_DENSE, 0 when none. */
  rootDense: Int32Array;
}

const ROOT_DENSE = 0x250;
const LINEAR_LIMIT = 8;

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
  const labels = new Uint16Array(edges);
  for (let k = 0; k < edges; k++) labels[k] = compiled.labels.charCodeAt(k);

  const acceptIndex = new Int32Array(Math.max(states, 1)).fill(-1);
  compiled.acceptStates.forEach((state, i) => {
    acceptIndex[state] = i;
  });

  const rootDense = new Int32Array(ROOT_DENSE);
  for (let k = 0; k < (states > 0 ? edgeStart[1]! : 0); k++) {
    const label = labels[k]!;
    if (label < ROOT_DENSE) rootDense[label] = k + 1;
  }

  return {
    edgeStart,
    labels,
    acceptIndex,
    acceptFirst: Int32Array.from(compiled.acceptFirst),
    patterns: Int32Array.from(compiled.patterns),
    rootDense,
  };
}

/** The state reached from `state` on folded code unit `code`, or 0 when there is no such edge. */
export function step(automaton: Automaton, state: number, code: number): number {
  if (state === 0 && code < ROOT_DENSE) return automaton.rootDense[code]!;
  const { edgeStart, labels } = automaton;
  let low = edgeStart[state]!;
  let high = edgeStart[state + 1]! - 1;
  if (high - low < LINEAR_LIMIT) {
    for (let k = low; k <= high; k++) {
      const label = labels[k]!;
      if (label === code) return k + 1;
      if (label > code) return 0;
    }
    return 0;
  }
  while (low <= high) {
    const mid = (low + high) >> 1;
    const label = labels[mid]!;
    if (label === code) return mid + 1;
    if (label < code) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
