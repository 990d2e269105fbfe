import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Alias, AliasAmbiguity, Country, CuratedFact, Entity, EntityType } from '../model.js';
import {
  COMPLEMENT,
  firstSubjectAmbiguity,
  headAndComplement,
  subjectCuts,
  withoutSerialComma,
} from './frameworks/extract.js';
import { fold } from './text/fold.js';

/**
 * A fact no parser can know, with where it comes from. `entity` picks the entity by type and by
 * one of its aliases, so the file survives id changes; `field` says what the fact sets.
 */
interface CurationEntry {
  entity: { type: EntityType; alias: string };
  /** `alias` is a name the press uses in both languages ("AMLO"); `alias.en`/`alias.es` in one. */
  field: 'country' | 'names.en' | 'names.es' | 'alias' | 'alias.en' | 'alias.es';
  value: string;
  citation: string;
  /**
   * For an alias, how ambiguous it is; distinctive unless said. "Andrés Manuel" is how the Mexican
   * press names López Obrador, and the given names of many others: it needs the domain nearby.
   */
  ambiguity?: AliasAmbiguity;
}

const FIELDS = new Set(['country', 'names.en', 'names.es', 'alias', 'alias.en', 'alias.es']);
const AMBIGUITIES = new Set<unknown>(['distinctive', 'needs-domain', 'needs-full-name']);

/** Reads and checks a curation file: every fact needs an entity, a known field, a value and a citation. */
export function readCuration(file: string): CurationEntry[] {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, null, null, `not valid JSON: ${(error as Error).message}`);
  }
  const facts = (data as { facts?: unknown }).facts;
  if (!Array.isArray(facts)) throw new InputError(file, 1, 'facts', 'expected {"facts": [...]}');
  return facts.map((fact: CurationEntry, index) => {
    const line = lineOf(text, index);
    if (!fact?.entity?.type || !fact.entity.alias)
      throw new InputError(file, line, 'entity', 'needs {"type", "alias"}');
    if (!FIELDS.has(fact.field)) throw new InputError(file, line, 'field', `unknown field "${fact.field}"`);
    if (typeof fact.value !== 'string' || fact.value === '')
      throw new InputError(file, line, 'value', 'must be a non-empty string');
    if (typeof fact.citation !== 'string' || fact.citation.trim() === '') {
      throw new InputError(file, line, 'citation', 'every curated fact must say where it comes from');
    }
    if (fact.field === 'country' && fact.value !== 'MX' && fact.value !== 'US') {
      throw new InputError(file, line, 'value', 'a country is MX or US');
    }
    if (
      fact.ambiguity !== undefined &&
      (!fact.field.startsWith('alias') || !AMBIGUITIES.has(fact.ambiguity))
    ) {
      throw new InputError(
        file,
        line,
        'ambiguity',
        'only an alias has one: distinctive, needs-domain or needs-full-name',
      );
    }
    return fact;
  });
}

// The line where the n-th fact starts, so errors point into the file.
function lineOf(text: string, index: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let number = 0; number < lines.length; number++) {
    if (/"entity"\s*:/.test(lines[number]!)) seen++;
    if (seen === index) return number + 1;
  }
  return 1;
}

/** Applies curated facts last, recording each on its entity with its citation. */
export function applyCuration(file: string, entries: CurationEntry[], entities: Entity[]): void {
  // Names cut after their first subject are added last: how ambiguous one is depends on the shorter
  // names of the instrument, which a later entry may curate.
  const cutNames: Array<() => void> = [];
  entries.forEach((entry, index) => {
    const target = entities.find(
      (entity) =>
        entity.type === entry.entity.type &&
        entity.aliases.some((alias) => fold(alias.text) === fold(entry.entity.alias)),
    );
    if (!target) {
      throw new InputError(
        file,
        lineOf(readFileSync(file, 'utf8'), index),
        'entity',
        `no ${entry.entity.type} is called "${entry.entity.alias}"`,
      );
    }
    const fact: CuratedFact = { field: entry.field, value: entry.value, citation: entry.citation };
    target.curated = [...(target.curated ?? []), fact];
    const language = entry.field.endsWith('.es') ? 'es' : entry.field.endsWith('.en') ? 'en' : undefined;
    const isName = entry.field.startsWith('names.');
    if (entry.field === 'country' && target.type === 'official') target.country = entry.value as Country;
    if (isName && target.type === 'framework' && language) {
      target.names[language] = entry.value;
    }
    if (!isName && !entry.field.startsWith('alias')) return;
    const addAlias = (text: string, kind: Alias['kind'], ambiguity = entry.ambiguity ?? 'distinctive') => {
      if (target.aliases.some((alias) => alias.text === text)) return;
      target.aliases.push({ text, kind, ambiguity, ...(language ? { language } : {}) });
    };
    const kind = isName ? 'full-name' : 'name';
    addAlias(entry.value, kind);
    if (target.type !== 'framework') return;
    // The variants a framework's name found in a statement gets (see `toFramework`).
    addAlias(withoutSerialComma(entry.value), kind);
    const short = shortName(entry.value);
    if (short) addAlias(short, 'short-name');
    const head = language === 'es' ? headAndComplement(entry.value) : null;
    if (head) addAlias(head, 'short-name', 'needs-full-name');
    if (isName)
      for (const subject of subjectCuts(entry.value, language))
        cutNames.push(() => addAlias(subject, 'short-name', firstSubjectAmbiguity(subject, target.aliases)));
  });
  for (const add of cutNames) add();
}

/**
 * The name the press shortens a curated instrument name to: its words before the first connector,
 * when at least two capitalised words remain ("Entendimiento Bicentenario sobre Seguridad, …" →
 * "Entendimiento Bicentenario"). "Grupo de Implementación" would keep one word, so it has none;
 * "Estrategia Nacional" names any country's strategy, so the head needs two words that are not
 * qualifiers any instrument may bear.
 */
export function shortName(name: string): string | null {
  const words = name.split(/\s+/);
  const connector = words.findIndex((word) => COMPLEMENT.has(word));
  if (connector < 2) return null;
  const head = words.slice(0, connector);
  if (head.filter((word) => !GENERIC_QUALIFIERS.has(fold(word))).length < 2) return null;
  return head.every((word) => /^\p{Lu}/u.test(word)) ? head.join(' ') : null;
}

/** Qualifiers that do not tell one instrument from another. */
const GENERIC_QUALIFIERS = new Set(
  'national nacional federal general regional integral joint conjunto conjunta bilateral binacional new nuevo nueva'.split(
    ' ',
  ),
);
