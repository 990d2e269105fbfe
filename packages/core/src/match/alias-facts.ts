import type { Alias, AliasAmbiguity, AliasKind, Entity, EntityType, Language } from '../model.js';
import type { Automaton } from './automaton.js';
import { foldString } from './fold.js';
import { CLASS_MASK, COUNTRY_BOTH, COUNTRY_MX, COUNTRY_US, ENTITY } from './patterns.js';

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
  /**
   * A name that holds a given name and a first surname, of someone whose second surname the
   * knowledge base does not know: a capitalised word after it is that surname. So for a name long
   * enough to hold both ("Raymundo Pedro Morales Ángeles"), and for a Mexican official's distinctive
   * name, since the Mexican press writes both surnames ("Claudia Sheinbaum Pardo"); after a common
   * one it may be someone else's ("Roberto Velasco Ramírez"). Where the second surname is known,
   * another one makes another person ("Andrés Manuel López Beltrán" is not López Obrador).
   */
  secondSurnameUnknown: boolean;
  entityId: string;
  entityType: EntityType;
  /** For officials, the folded words of all their names: a neighbour among them is the same person. */
  nameWords: Set<string> | null;
  /** For officials, the folded words of their titled aliases ("embajador Salazar"): the posts they hold. */
  titleWords: Set<string> | null;
  /**
   * For frameworks, whose they are (`COUNTRY_MX`, `COUNTRY_US` or both); 0 for one of many
   * governments and for other entities.
   */
  parties: number;
}

const PARTIES: Record<string, number> = { MX: COUNTRY_MX, US: COUNTRY_US, binational: COUNTRY_BOTH };

/**
 * Per pattern of the automaton, its facts, or null for a pattern that is not an entity's alias.
 * Gathered on first use: a page meets a few dozen of the thousands of patterns, and gathering all
 * of them was a third of creating the matcher, which happens on every page load.
 */
export function aliasFacts(entities: Entity[], automaton: Automaton): (pattern: number) => AliasFacts | null {
  const nameWords = new Map<number, Set<string> | null>();
  const titleWords = new Map<number, Set<string> | null>();
  const { patterns } = automaton;
  const facts = new Map<number, AliasFacts | null>();
  const gather = (p: number): AliasFacts | null => {
    if ((patterns[p * 3]! & CLASS_MASK) !== ENTITY) return null;
    const entityIndex = patterns[p * 3 + 1]!;
    const aliasIndex = patterns[p * 3 + 2]!;
    const entity = entities[entityIndex]!;
    const alias = entity.aliases[aliasIndex]!;
    const words = alias.text.trim().split(/\s+/).length;
    if (!nameWords.has(entityIndex)) {
      nameWords.set(
        entityIndex,
        officialWords(entity, () => true),
      );
      titleWords.set(
        entityIndex,
        officialWords(entity, (alias) => alias.kind === 'title-surname'),
      );
    }
    const surnamesKnown = entity.aliases.some((a) => a.kind === 'surnames');
    const givenAndSurname = alias.kind === 'given-first-surname' || alias.kind === 'full-name';
    return {
      entity: entityIndex,
      alias: aliasIndex,
      text: alias.text,
      kind: alias.kind,
      ambiguity: alias.ambiguity,
      language: alias.language,
      oneWord: words === 1,
      secondSurnameUnknown:
        givenAndSurname &&
        !surnamesKnown &&
        (words >= 3 ||
          (entity.type === 'official' && entity.country === 'MX' && alias.ambiguity === 'distinctive')),
      entityId: entity.id,
      entityType: entity.type,
      nameWords: nameWords.get(entityIndex)!,
      titleWords: titleWords.get(entityIndex)!,
      parties: (entity.type === 'framework' && PARTIES[entity.country]) || 0,
    };
  };
  return (p) => {
    let found = facts.get(p);
    if (found === undefined) {
      found = gather(p);
      facts.set(p, found);
    }
    return found;
  };
}

/** The folded words of an official's aliases that pass `which`; null for other entities. */
function officialWords(entity: Entity, which: (alias: Alias) => boolean): Set<string> | null {
  if (entity.type !== 'official') return null;
  const words = new Set<string>();
  for (const alias of entity.aliases) {
    if (!which(alias)) continue;
    for (const word of foldString(alias.text).split(/[\s.-]+/)) if (word) words.add(word);
  }
  return words;
}
