import type { Country, Evidence, Language, Official, Role } from '../../model.js';
import { HONORIFICS } from '../lexicon/titles.js';
import { slug } from '../text/fold.js';
import { genderFromNameOrTitles, officialAliases } from './aliases.js';
import type { PersonMention } from './find-people.js';
import { isSurnameReference, nameKey, nameParts, sameFullName } from './name-parts.js';
import { renderTitles } from './render-title.js';
import type { TitleAnalysis } from './title-phrase.js';

/** A person mention with where it was found. */
export interface LocatedMention {
  sourceId: string;
  /** The date the statement reports, which dates the role. */
  date: string;
  language: Language;
  text: string;
  mention: PersonMention;
  country: Country | null;
}

interface Person {
  key: string[];
  mentions: LocatedMention[];
}

/**
 * One official per person across statements and languages. Full names cluster when one is the
 * other with words left out ("Rosa Icela Rodríguez" ⊂ "Rosa Icela Rodríguez Velázquez"), accents,
 * initials and nicknames aside; surname references ("President Sheinbaum", "Dr. Sherwood-Randall")
 * then join the one person whose surnames they are, and never make a person of their own.
 */
export function resolveOfficials(mentions: LocatedMention[], sourceOrder: Map<string, number>): Official[] {
  const people: Person[] = [];
  const full = mentions.filter((located) => located.mention.full);
  const ordered = [...full].sort((a, b) => nameKey(b.mention.words).length - nameKey(a.mention.words).length);
  for (const located of ordered) {
    const key = nameKey(located.mention.words);
    const match = people.find(
      (person) => sameFullName(key, person.key) && compatible(person, located.country),
    );
    if (match) match.mentions.push(located);
    else people.push({ key, mentions: [located] });
  }
  for (const located of mentions) {
    if (located.mention.full) continue;
    const reference = nameKey(located.mention.words, false);
    const candidates = people.filter(
      (person) => isSurnameReference(reference, surnameKey(person)) && compatible(person, located.country),
    );
    const sameSource = candidates.filter((person) =>
      person.mentions.some((m) => m.sourceId === located.sourceId),
    );
    const chosen =
      candidates.length === 1 ? candidates[0] : sameSource.length === 1 ? sameSource[0] : undefined;
    chosen?.mentions.push(located);
  }
  const officials = people.map((person) => toOfficial(person, sourceOrder));
  return uniqueIds(officials);
}

function compatible(person: Person, country: Country | null): boolean {
  if (country === null) return true;
  return person.mentions.every((mention) => mention.country === null || mention.country === country);
}

function surnameKey(person: Person): string[] {
  const canonical = canonicalMention(person);
  const parts = nameParts(canonical.mention.words, isHispanic(person));
  return nameKey(
    parts.surnames.flatMap((surname) => surname.split(' ')),
    false,
  );
}

function canonicalMention(person: Person): LocatedMention {
  // The fullest form; among equals, the one with accents (the careful spelling), then the first.
  const full = person.mentions.filter((mention) => mention.mention.full);
  return [...full].sort(
    (a, b) =>
      b.mention.words.length - a.mention.words.length ||
      accents(b.mention.words.join(' ')) - accents(a.mention.words.join(' ')),
  )[0]!;
}

const accents = (text: string) => text.normalize('NFD').length - text.length;

function countryOf(person: Person): Country | null {
  const votes = new Map<Country, number>();
  for (const mention of person.mentions) {
    if (mention.country) votes.set(mention.country, (votes.get(mention.country) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function isHispanic(person: Person): boolean {
  const country = countryOf(person);
  if (country) return country === 'MX';
  return person.mentions.some(
    (mention) => mention.language === 'es' || /[áéíóúñ]/i.test(mention.mention.words.join(' ')),
  );
}

function toOfficial(person: Person, sourceOrder: Map<string, number>): Official {
  const canonical = canonicalMention(person);
  const name = canonical.mention.words.join(' ');
  const parts = nameParts(canonical.mention.words, isHispanic(person));
  const mentions = [...person.mentions].sort(
    (a, b) =>
      (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) ||
      a.mention.start - b.mention.start,
  );
  const gender = genderFromNameOrTitles(parts.given, buildRoles(mentions, 'm')) ?? 'm';
  const roles = buildRoles(mentions, gender);
  const honorifics = [
    ...new Set(
      mentions.flatMap((mention) =>
        mention.mention.honorifics.map((word) => {
          const entry = HONORIFICS.find((candidate) => candidate.words.includes(word.toLowerCase()));
          return entry?.en || word;
        }),
      ),
    ),
  ];
  const forms = [...new Set(mentions.filter((m) => m.mention.full).map((m) => m.mention.words.join(' ')))];
  const evidence: Evidence[] = mentions.map((mention) => ({
    sourceId: mention.sourceId,
    start: mention.mention.start,
    end: mention.mention.end,
  }));
  const official: Official = {
    id: `official/${slug(name)}`,
    type: 'official',
    name,
    aliases: officialAliases({ canonical: name, forms, parts, roles, honorifics, gender }),
    evidence: dedupe(evidence),
    sourceIds: [...new Set(mentions.map((mention) => mention.sourceId))],
    // Filled in by the country fallback when no statement says (see ingest/index.ts).
    country: countryOf(person) ?? ('' as Country),
    roles,
  };
  if (honorifics.length > 0) official.honorifics = honorifics;
  return official;
}

function buildRoles(mentions: LocatedMention[], gender: 'f' | 'm'): Role[] {
  const roles = new Map<string, Role>();
  for (const located of mentions) {
    const title = located.mention.title;
    if (!title) continue;
    const titles = renderTitles(
      title.analysis,
      located.language,
      title.text,
      title.analysis.gender ?? gender,
    );
    const analysis = title.analysis;
    const key = roleKey(located.date, analysis);
    const span: Evidence = {
      sourceId: located.sourceId,
      start: Math.min(title.start, located.mention.start),
      end: Math.max(title.end, located.mention.end),
    };
    const existing = roles.get(key);
    if (existing) {
      existing.evidence = dedupe([...existing.evidence, span]);
      // The same office reported in both languages: keep each language's own words.
      if (existing.titleLanguage !== located.language)
        existing.titles[located.language] = titles[located.language];
      continue;
    }
    roles.set(key, {
      // A plural or list-implied title ("the Secretaries of …") is given as the one office it names.
      title: title.inherited || analysis.plural ? titles[located.language] : title.text,
      titleLanguage: located.language,
      titles,
      organization: analysis.organization,
      date: located.date,
      evidence: [span],
    });
  }
  return mergeUnqualified(roles).sort((a, b) => a.date.localeCompare(b.date));
}

// A bare "President" on the day the same statement says "President of the United States" is that
// office, not another one.
function mergeUnqualified(roles: Map<string, Role>): Role[] {
  const merged = new Map(roles);
  for (const [key, role] of roles) {
    if (!key.endsWith('|')) continue;
    const qualified = [...merged.keys()].filter((other) => other !== key && other.startsWith(key));
    if (qualified.length !== 1) continue;
    const target = merged.get(qualified[0]!)!;
    target.evidence = dedupe([...target.evidence, ...role.evidence]);
    merged.delete(key);
  }
  return [...merged.values()];
}

/**
 * What makes two titles one office on one date, whatever the language: "Foreign Secretary" and
 * "secretario de Relaciones Exteriores", or "Mexico's Ambassador to the United States" and
 * "embajador de México en Estados Unidos".
 */
function roleKey(date: string, analysis: TitleAnalysis): string {
  const foreign = analysis.head.id === 'foreign-minister';
  const institutions = new Set([
    ...(foreign ? ['foreign-relations'] : []),
    ...(analysis.institution ? [analysis.institution.id] : []),
    ...analysis.premodifiers.map((premodifier) => premodifier.id),
  ]);
  const named =
    institutions.size > 0 ? [...institutions].sort().join('+') : [...analysis.countries].sort().join('+');
  return [
    date,
    foreign ? 'secretary' : analysis.head.id,
    analysis.modifiers
      .map((modifier) => modifier.id)
      .sort()
      .join('+'),
    named,
  ].join('|');
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.sourceId}:${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uniqueIds(officials: Official[]): Official[] {
  const seen = new Map<string, number>();
  return officials.map((official) => {
    const count = (seen.get(official.id) ?? 0) + 1;
    seen.set(official.id, count);
    return count === 1 ? official : { ...official, id: `${official.id}-${count}` };
  });
}
