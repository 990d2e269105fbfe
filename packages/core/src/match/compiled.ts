/**
 * The serialised form of the matcher, produced at build time by `compileMatcher` and read at run
 * time by `createMatcher`. Plain arrays and strings only, so it survives JSON.
 *
 * The automaton is a trie over folded text (see `fold.ts`), laid out breadth-first: state 0 is the
 * root, the children of a state are consecutive states, and edge k (in that same order) leads to
 * state k + 1. So the layout needs only each state's child count and each edge's character; the
 * run time rebuilds edge offsets with one prefix sum.
 */
export interface CompiledMatcher {
  format: 1;
  /** How many entities the pattern references index into; `createMatcher` checks it. */
  entityCount: number;
  /** Children per state, breadth-first, root first. */
  childCounts: number[];
  /** The folded character of every edge, breadth-first, children of a state in ascending order. */
  labels: string;
  /** Accepting states, ascending. */
  acceptStates: number[];
  /** `patterns` of acceptStates[i] are triples acceptFirst[i] … acceptFirst[i + 1] - 1. */
  acceptFirst: number[];
  /** Triples `[flags, a, b]`; see `patterns.ts` for the flag bits and what `a` and `b` mean. */
  patterns: number[];
  /** Agreement key phrases: repeated `[entityIndex, phraseIndex, conceptCount, …conceptIds]`. */
  agreementPhrases: number[];
}
