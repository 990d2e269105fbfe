import type { EntityType } from '@enlace/core';
import type { FoundEntity } from '../messages.js';

export interface FoundGroup {
  type: EntityType;
  /** Mentions of every entity in the group. */
  total: number;
  entities: Array<FoundEntity & { name: string }>;
}

const ORDER: readonly EntityType[] = ['official', 'framework', 'agreement'];

/**
 * The popup's list: one group per type that has anything, in a fixed order; inside a group the
 * most-mentioned first, then by name as the reader's language sorts it.
 */
export function groupFound(
  found: readonly FoundEntity[],
  nameOf: (entityId: string) => string | undefined,
  locale: string,
): FoundGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return ORDER.flatMap((type) => {
    const entities = found
      .filter((entity) => entity.type === type)
      .map((entity) => ({ ...entity, name: nameOf(entity.entityId) ?? entity.entityId }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    if (entities.length === 0) return [];
    return [{ type, total: entities.reduce((sum, entity) => sum + entity.count, 0), entities }];
  });
}

/** Counts a page's mentions by entity, keeping the first type seen for each. */
export function countFound(mentions: Iterable<{ entityId: string; type: EntityType }>): FoundEntity[] {
  const byId = new Map<string, FoundEntity>();
  for (const { entityId, type } of mentions) {
    const entry = byId.get(entityId);
    if (entry) entry.count++;
    else byId.set(entityId, { entityId, type, count: 1 });
  }
  return [...byId.values()];
}

/** One list from several frames' lists: the same entity in two frames counts once, with both counts. */
export function mergeFound(lists: readonly FoundEntity[]): FoundEntity[] {
  const byId = new Map<string, FoundEntity>();
  for (const entity of lists) {
    const entry = byId.get(entity.entityId);
    if (entry) entry.count += entity.count;
    else byId.set(entity.entityId, { ...entity });
  }
  return [...byId.values()];
}
