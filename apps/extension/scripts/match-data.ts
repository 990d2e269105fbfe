import type { Entity, KnowledgeBase } from '@enlace/core';

/** What `createMatcher` reads: the compiled tables and, per entity, its id, type, aliases and key phrases. */
export type MatchData = Pick<KnowledgeBase, 'entities' | 'matcher'>;

export const MATCH_DATA_MODULE = 'virtual:enlace-match-data';
const RESOLVED = `\0${MATCH_DATA_MODULE}`;

/**
 * The knowledge base cut down to what matching needs. Statements, evidence and roles are for cards,
 * which the background builds; leaving them out keeps the content script, loaded on every page,
 * small (about half the size of the whole knowledge base).
 */
export function matchData(kb: KnowledgeBase): MatchData {
  const entities = kb.entities.map((entity): Entity => {
    const base = { id: entity.id, type: entity.type, aliases: entity.aliases };
    return (entity.type === 'agreement' ? { ...base, keyPhrases: entity.keyPhrases } : base) as Entity;
  });
  return { entities, matcher: kb.matcher };
}

/** A Vite plugin serving `virtual:enlace-match-data`, made from @enlace/core's bundled knowledge base at build time. */
export function matchDataPlugin() {
  return {
    name: 'enlace-match-data',
    resolveId: (id: string) => (id === MATCH_DATA_MODULE ? RESOLVED : undefined),
    async load(id: string) {
      if (id !== RESOLVED) return undefined;
      const { knowledgeBase } = await import('@enlace/core');
      // A JSON string parses faster than the same object as a JavaScript literal.
      return `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(matchData(knowledgeBase)))});`;
    },
  };
}
