import type { Entity } from '../model.js';
import type { CompiledMatcher } from './compiled.js';
import { ConceptTable, type Surface, surface } from './concepts.js';
import { entityPatterns } from './entity-patterns.js';
import {
  CASE_ANY,
  CASE_UPPER,
  CONCEPT,
  CONDITION,
  COUNTRY,
  COUNTRY_BOTH,
  COUNTRY_MX,
  COUNTRY_US,
  CUE,
  FOREIGN,
  NEGATION,
  OTHER_DOMAIN,
  PREFIX,
  SPANISH_ONLY,
  VOCAB,
} from './patterns.js';
import { buildTrie, type TriePattern } from './trie.js';
import {
  BOTH_COUNTRIES_TERMS,
  COMMITMENT_CUES,
  CONDITIONS,
  DOMAIN_VOCABULARY,
  FOREIGN_TERMS,
  MEXICO_TERMS,
  NEGATIONS,
  OTHER_DOMAIN_VOCABULARY,
  US_TERMS,
  US_TERMS_SPANISH_ONLY,
} from './vocabulary.js';

/** Compiles the entities' aliases and agreement phrases into the tables the run-time matcher walks. */
export function compileMatcher(entities: Entity[]): CompiledMatcher {
  const patterns: TriePattern[] = entityPatterns(entities);

  const vocabulary = (term: string, cls: number, a: number, b = 0) => {
    const form = surface(term);
    const upper = /\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
    patterns.push({
      folded: form.folded,
      payload: [cls | (form.prefix ? PREFIX : 0) | (upper ? CASE_UPPER : CASE_ANY), a, b],
    });
  };
  for (const [term, weight] of DOMAIN_VOCABULARY) vocabulary(term, VOCAB, weight);
  for (const [term, weight] of OTHER_DOMAIN_VOCABULARY) vocabulary(term, VOCAB, weight, OTHER_DOMAIN);
  for (const term of COMMITMENT_CUES) vocabulary(term, CUE, 0);
  for (const term of MEXICO_TERMS) vocabulary(term, COUNTRY, COUNTRY_MX);
  for (const term of US_TERMS) vocabulary(term, COUNTRY, COUNTRY_US);
  for (const term of US_TERMS_SPANISH_ONLY) vocabulary(term, COUNTRY, COUNTRY_US, SPANISH_ONLY);
  for (const term of BOTH_COUNTRIES_TERMS) vocabulary(term, COUNTRY, COUNTRY_BOTH);
  for (const term of FOREIGN_TERMS) vocabulary(term, FOREIGN, 0);
  for (const term of NEGATIONS) vocabulary(term, NEGATION, 0);
  for (const term of CONDITIONS) vocabulary(term, NEGATION, CONDITION);

  const concepts = new ConceptTable();
  const agreementPhrases: number[] = [];
  entities.forEach((entity, entityIndex) => {
    if (entity.type !== 'agreement') return;
    const phrases = [...entity.keyPhrases.en, ...entity.keyPhrases.es];
    phrases.forEach((phrase, phraseIndex) => {
      const ids = concepts.phrase(phrase);
      if (ids.length > 0) agreementPhrases.push(entityIndex, phraseIndex, ids.length, ...ids);
    });
  });
  concepts.surfaces.forEach((forms: Surface[], id) => {
    for (const form of forms) {
      patterns.push({ folded: form.folded, payload: [CONCEPT | (form.prefix ? PREFIX : 0), id, 0] });
    }
  });

  return { format: 1, entityCount: entities.length, ...buildTrie(patterns), agreementPhrases };
}
