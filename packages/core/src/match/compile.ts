import type { Alias, Entity } from '../model.js';
import type { CompiledMatcher } from './compiled.js';
import { ConceptTable, type Surface, surface } from './concepts.js';
import { foldString } from './fold.js';
import {
  CASE_ANY,
  CASE_CAPITALISED,
  CASE_EXACT,
  CASE_UPPER,
  CONCEPT,
  COUNTRY,
  COUNTRY_BOTH,
  COUNTRY_MX,
  COUNTRY_US,
  CUE,
  ENTITY,
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
  const patterns: TriePattern[] = [];

  entities.forEach((entity, entityIndex) => {
    entity.aliases.forEach((alias, aliasIndex) => {
      const flags = ENTITY | caseRule(alias);
      for (const folded of aliasVariants(alias.text)) {
        patterns.push({ folded, payload: [flags, entityIndex, aliasIndex] });
      }
    });
  });

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

/**
 * Capitalisation rules: names of several words match in any case (the press lower-cases them, and a
 * phrase of several name words is specific enough); a single word must be capitalised, because
 * "sheinbaum" in running text is not a reference; an acronym must be exactly as written.
 */
export function caseRule(alias: Alias): number {
  const text = alias.text.trim();
  if (/[\s]/u.test(text)) return CASE_ANY;
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  if (alias.kind === 'acronym' || (upper >= 2 && lower === 0)) return CASE_EXACT;
  return upper > 0 ? CASE_CAPITALISED : CASE_ANY;
}

/**
 * The folded forms of an alias the press writes interchangeably: with or without the periods of
 * initials and abbreviations ("Lisa O. Monaco", "Lisa O Monaco", "EE.UU.", "EE. UU.", "EEUU") and
 * with a hyphen or a space between name parts ("Sherwood-Randall", "Sherwood Randall").
 */
export function aliasVariants(text: string): string[] {
  const base = foldString(text);
  const variants = new Set([base]);
  const squash = (s: string) => s.replace(/ {2,}/g, ' ').trim();
  for (const form of [...variants]) {
    if (form.includes('.')) {
      variants.add(squash(form.replace(/\./g, '')));
      variants.add(squash(form.replace(/\.(?=\p{L})/gu, '. ')));
      variants.add(squash(form.replace(/\. (?=\p{L})/gu, '.')));
    }
  }
  for (const form of [...variants]) {
    if (/\p{L}-\p{L}/u.test(form)) variants.add(form.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
  }
  return [...variants].filter((form) => /^[\p{L}\p{N}]/u.test(form));
}
