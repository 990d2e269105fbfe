import { loadAutomaton } from '../automaton.js';
import type { CompiledMatcher } from '../compiled.js';
import { PREFIX, VOCAB } from '../patterns.js';
import { buildTrie } from '../trie.js';

/**
 * An automaton of folded patterns as vocabulary, so the scan reports every occurrence; one ending
 * in "*" is a word prefix, as the vocabulary writes it.
 */
export function vocabularyAutomaton(words: string[]) {
  const layout = buildTrie(
    words.map((word, i) => {
      const prefix = word.endsWith('*');
      return { folded: prefix ? word.slice(0, -1) : word, payload: [VOCAB | (prefix ? PREFIX : 0), 1, i] };
    }),
  );
  const compiled: CompiledMatcher = { format: 1, entityCount: 0, agreementPhrases: [], ...layout };
  return loadAutomaton(compiled);
}
