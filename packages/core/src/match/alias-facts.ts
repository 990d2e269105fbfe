import type { AliasAmbiguity, AliasKind, Entity, EntityType, Language } from '../model.js';
import type { Automaton } from './automaton.js';
import { foldString } from './fold.js';
import { CLASS_MASK, ENTITY } from './patterns.js';

/**
 * What the document pass and the caller need of one entity pattern, gathered when the matcher is
 * created. With tens of thousands of names the entities are cold memory: reaching an alias through
 * its entity costs a cache miss for each object on the way, for every candidate on the page.
 */
export interface AliasFacts {
  entity: number;
  alias: number;
  text: string;
  kind: AliasKind;
  ambiguity: AliasAmbiguity;
  language: Language | undefined;
  /** One word ("Sheinbaum", "GIS"). */
  oneWord: boolean;
  /** Three words or more ("Raymundo Pedro Morales"). */
  long: boolean;
  entityId: string;
  entityType: EntityType;
  /** For officials, the folded words of all their names: a neighbour among them is the same person. */
  nameWords: Set<string> | null;
}

/** Per pattern of the automaton, its facts, or null for a pattern that is not an entity's alias. */
export function aliasFacts(entities: Entity[], automaton: Automaton): Array<AliasFacts | null> {
  const nameWords = entities.map(officialNameWords);
  const { patterns } = automaton;
  const facts: Array<AliasFacts | null> = [];
  for (let p = 0; p < patterns.length / 3; p++) {
    if ((patterns[p * 3]! & CLASS_MASK) !== ENTITY) {
      facts.push(null);
      continue;
    }
    const entityIndex = patterns[p * 3 + 1]!;
    const aliasIndex = patterns[p * 3 + 2]!;
    const entity = entities[entityIndex]!;
    const alias = entity.aliases[aliasIndex]!;
    const words = alias.text.trim().split(/\s+/).length;
    facts.push({
      entity: entityIndex,
      alias: aliasIndex,
      text: alias.text,
      kind: alias.kind,
      ambiguity: alias.ambiguity,
      language: alias.language,
      oneWord: words === 1,
      long: words >= 3,
      entityId: entity.id,
      entityType: entity.type,
      nameWords: nameWords[entityIndex]!,
    });
  }
  return facts;
}

function officialNameWords(entity: Entity): Set<string> | null {
  if (entity.type !== 'official') return null;
  const words = new Set<string>();
  for (const alias of entity.aliases) {
    for (const word of foldString(alias.text).split(/[\s.-]+/)) if (word) words.add(word);
  }
  return words;
}
