import type { Entity } from '@enlace/core';

/** Lower case without accents: "Garcia" finds "García", "sheinbáum" finds "Sheinbaum". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Entities whose name or any alias contains every word of the query, accents and case aside. */
export function searchEntities<T extends Pick<Entity, 'name' | 'aliases'>>(
  entities: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entities];
  return entities.filter((entity) => {
    const names = fold([entity.name, ...entity.aliases.map((alias) => alias.text)].join(' | '));
    return words.every((word) => names.includes(word));
  });
}
