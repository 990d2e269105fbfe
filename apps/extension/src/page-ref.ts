import type { Entity } from '@enlace/core';

/**
 * The content script names an entity by its index in the knowledge base, in base 36 ("1f"), not by
 * its id ("agreement/2026-01-23-washington-d-c-…"): ids were a tenth of the match data every page
 * loads. The background and the extension pages, which hold the whole knowledge base in the same
 * order, turn a reference back into the entity's id.
 */
export const pageRef = (index: number): string => index.toString(36);

/** The id of the entity a page reference names; undefined for anything else. */
export function idOfRef(entities: readonly Pick<Entity, 'id'>[], ref: string): string | undefined {
  if (!/^[0-9a-z]{1,4}$/.test(ref)) return undefined;
  return entities[Number.parseInt(ref, 36)]?.id;
}
