import type { Alias, Entity } from '../model.js';
import { foldString } from './fold.js';
import { CASE_ANY, CASE_CAPITALISED, CASE_EXACT, ENTITY } from './patterns.js';
import type { TriePattern } from './trie.js';

/**
 * The patterns the entities' aliases compile to, in the order `compileMatcher` adds them: every
 * folded variant of every alias, with the payload `[ENTITY | case rule, entity index, alias index]`.
 * The rest of a compiled trie (vocabulary, cues, concepts) comes from word lists only the build
 * has; this part follows from the entities alone, so match data may leave it out and a page derive
 * it again (see the extension's match-pack.ts).
 */
export function entityPatterns(entities: readonly Pick<Entity, 'aliases'>[]): TriePattern[] {
  const patterns: TriePattern[] = [];
  entities.forEach((entity, entityIndex) => {
    entity.aliases.forEach((alias, aliasIndex) => {
      const flags = ENTITY | caseRule(alias);
      for (const folded of aliasVariants(alias.text)) {
        patterns.push({ folded, payload: [flags, entityIndex, aliasIndex] });
      }
    });
  });
  return patterns;
}

/**
 * Capitalisation rules: names of several words match in any case (the press lower-cases them, and a
 * phrase of several name words is specific enough); a single word must be capitalised, because
 * "sheinbaum" in running text is not a reference; an acronym must be exactly as written. A name
 * whose only capitalised word is its last is one name word after particles or a title, and that
 * word must be capitalised too: "de la fuente" is "from the fountain", not Juan Ramón de la Fuente.
 */
export function caseRule(alias: Alias): number {
  const text = alias.text.trim();
  const words = text.split(/\s+/u);
  if (words.length > 1) {
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    return capitalised === 1 && /^\p{Lu}/u.test(words[words.length - 1]!) ? CASE_CAPITALISED : CASE_ANY;
  }
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
