import { isDeepStrictEqual } from 'node:util';
import type { Alias, Entity } from '@enlace/core';
import { compileMatcher } from '@enlace/core/ingest';
import { type MatchData, packMatchData, unpackMatchData } from '../src/match-pack.js';
import { pageRef } from '../src/page-ref.js';

export const MATCH_DATA_MODULE = 'virtual:enlace-match-data';
const RESOLVED = `\0${MATCH_DATA_MODULE}`;

/**
 * The knowledge base cut down to what matching needs. Statements, evidence and roles are for cards,
 * which the background builds; leaving them out keeps the content script, loaded on every page,
 * small (about half the size of the whole knowledge base). Entities go by page references instead
 * of ids (see page-ref.ts). An alias that differs from an earlier one of its entity only in accents
 * ("Andres Manuel Lopez Obrador") matches the same text the same way, since the matcher folds them,
 * so it goes too, and the matcher is compiled again for what is left.
 */
export function matchData(entities: readonly Entity[]): MatchData {
  const kept = entities.map((entity) => ({ ...entity, aliases: distinctAliases(entity.aliases) }) as Entity);
  const matcher = compileMatcher(kept);
  const slim = kept.map((entity, index): Entity => {
    const base = { id: pageRef(index), type: entity.type, aliases: entity.aliases };
    // Agreements are found by the concepts compiled into the matcher; the words of their key
    // phrases would only name the one that matched, and a page's card quotes the page instead.
    // An agreement's year decides whether a sentence dated earlier can report it. Whose a framework
    // is decides whether a sentence about other countries names it; a Mexican official's country,
    // whether a capitalised word after the name is their second surname.
    const extra =
      entity.type === 'agreement'
        ? { keyPhrases: { en: [], es: [] }, date: entity.date.slice(0, 4) }
        : { country: entity.country };
    return { ...base, ...extra } as Entity;
  });
  return { entities: slim, matcher };
}

/** The aliases in order, without the accent-only variants of earlier ones. */
function distinctAliases(aliases: readonly Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const unaccented = alias.text.normalize('NFD').replace(/\p{M}/gu, '');
    const key = [unaccented, alias.kind, alias.ambiguity, alias.language ?? ''].join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A Vite plugin serving `virtual:enlace-match-data`: @enlace/core's bundled knowledge base, cut down
 * and packed at build time. The build fails rather than ship data that would not unpack to the same.
 */
export function matchDataPlugin() {
  return {
    name: 'enlace-match-data',
    resolveId: (id: string) => (id === MATCH_DATA_MODULE ? RESOLVED : undefined),
    async load(id: string) {
      if (id !== RESOLVED) return undefined;
      const { knowledgeBase } = await import('@enlace/core');
      const data = matchData(knowledgeBase.entities);
      const packed = packMatchData(data);
      if (!isDeepStrictEqual(unpackMatchData(packed), data)) {
        throw new Error('enlace-match-data: the packed match data does not unpack to the knowledge base’s');
      }
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}
