import type { Entity, Mention } from '@enlace/core';
import { pageRef } from '../page-ref.js';

/**
 * Mentions as the content script's match data finds them: entities by page reference, and no key
 * phrase named for an agreement.
 */
export function asOnPage(mentions: Mention[], entities: readonly Pick<Entity, 'id'>[]): Mention[] {
  const refs = new Map(entities.map((entity, index) => [entity.id, pageRef(index)]));
  const ref = (id: string) => refs.get(id) ?? `unknown ${id}`;
  return mentions.map((mention) => ({
    ...mention,
    entityId: ref(mention.entityId),
    ...(mention.entityIds ? { entityIds: mention.entityIds.map(ref) } : {}),
    ...(mention.type === 'agreement' ? { matched: '' } : {}),
  }));
}
