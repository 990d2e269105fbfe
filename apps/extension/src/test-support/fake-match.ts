import type { EntityType, Mention } from '@enlace/core';

/**
 * A literal, leftmost-longest matcher over a few names: enough to test the page side without the
 * real knowledge base, and predictable enough to write expected offsets by hand.
 */
export function fakeMatch(names: Record<string, { entityId: string; type: EntityType }>) {
  const aliases = Object.keys(names).sort((a, b) => b.length - a.length);
  return (text: string): Mention[] => {
    const mentions: Mention[] = [];
    for (let at = 0; at < text.length; ) {
      const alias = aliases.find((candidate) => text.startsWith(candidate, at));
      if (!alias) {
        at++;
        continue;
      }
      const { entityId, type } = names[alias]!;
      mentions.push({ start: at, end: at + alias.length, text: alias, entityId, type, matched: alias });
      at += alias.length;
    }
    return mentions;
  };
}

export const PEOPLE = {
  'Omar García Harfuch': { entityId: 'official/omar-garcia-harfuch', type: 'official' },
  'García Harfuch': { entityId: 'official/omar-garcia-harfuch', type: 'official' },
  'Marco Rubio': { entityId: 'official/marco-rubio', type: 'official' },
  'Security Implementation Group': { entityId: 'framework/security-implementation-group', type: 'framework' },
} as const;
