import type { Entity, Language } from '@enlace/core';

/**
 * An entity's name in the reader's language where the knowledge base has it: a framework's name in
 * that language, an agreement's summary (its name is the English one), an official's own name.
 */
export function displayName(entity: Entity, language: Language): string {
  if (entity.type === 'framework') return entity.names[language] || entity.name;
  if (entity.type === 'agreement') return entity.summary[language] || entity.name;
  return entity.name;
}
