/**
 * The serialised form of the matcher, produced at build time by `compileMatcher` and read at run
 * time by `createMatcher`. Plain arrays and strings only, so it survives JSON.
 */
export interface CompiledMatcher {
  format: 1;
}
