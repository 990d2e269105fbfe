import { isDeepStrictEqual } from 'node:util';
import type { Entity, KnowledgeBase } from '@enlace/core';
import { type MatchData, packMatchData, unpackMatchData } from '../src/match-pack.js';
import { pageRef } from '../src/page-ref.js';

export const MATCH_DATA_MODULE = 'virtual:enlace-match-data';
const RESOLVED = `\0${MATCH_DATA_MODULE}`;

/**
 * The knowledge base cut down to what matching needs. Statements, evidence and roles are for cards,
 * which the background builds; leaving them out keeps the content script, loaded on every page,
 * small (about half the size of the whole knowledge base). Entities go by page references instead
 * of ids (see page-ref.ts).
 */
export function matchData(kb: Pick<KnowledgeBase, 'entities' | 'matcher'>): MatchData {
  const entities = kb.entities.map((entity, index): Entity => {
    const base = { id: pageRef(index), type: entity.type, aliases: entity.aliases };
    // Agreements are found by the concepts compiled into the matcher; the words of their key
    // phrases would only name the one that matched, and a page's card quotes the page instead.
    return (entity.type === 'agreement' ? { ...base, keyPhrases: { en: [], es: [] } } : base) as Entity;
  });
  return { entities, matcher: kb.matcher };
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
      const data = matchData(knowledgeBase);
      const packed = packMatchData(data);
      if (!isDeepStrictEqual(unpackMatchData(packed), data)) {
        throw new Error('enlace-match-data: the packed match data does not unpack to the knowledge base’s');
      }
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}
