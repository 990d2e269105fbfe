import type { CompiledMatcher } from './match/compiled.js';

/**
 * The shared vocabulary of Enlace. Everything here is plain, serialisable data: the knowledge base
 * is built once at build time (Node) and read at run time (browser), so nothing in it may be a class,
 * a Map or a function.
 *
 * Offsets are UTF-16 code units into the exact string they refer to (`Source.text` for evidence,
 * the matched text for mentions), i.e. what `String.prototype.slice` takes.
 */

export type Language = 'en' | 'es';
export type Country = 'MX' | 'US';
export type EntityType = 'official' | 'framework' | 'agreement';

/** Dates are ISO 8601 as precise as the text allows: `2025`, `2025-09` or `2025-09-03`. */
export type IsoDate = string;

/** A span of a statement's text that supports a fact. `text.slice(start, end)` is the quoted span. */
export interface Evidence {
  sourceId: string;
  start: number;
  end: number;
}

/** How one statement relates to another, as its front matter says. */
export interface SourceRelation {
  sourceId: string;
  /** `same-event`: two reports of one meeting; `reprint`: the same statement republished; `background`: context. */
  relation: 'same-event' | 'reprint' | 'background';
}

/** One official statement or report, exactly as given. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: IsoDate;
  language: Language;
  /** The original address, or null when it is not known (never guessed). */
  url: string | null;
  related: SourceRelation[];
  /** The statement text; evidence offsets refer to this string. */
  text: string;
  /** Sentence spans `[start, end)` into `text`, found at build time so run time needs no parser. */
  sentences: Array<[number, number]>;
}

export interface Bilingual {
  en: string;
  es: string;
}

/**
 * How a name may be matched. `distinctive` names match anywhere; `needs-full-name` ones (a surname
 * shared by many people, a surname that is also a place) only where the same document names the
 * entity by a distinctive alias; `needs-domain` ones (a full name common in the world) only where
 * the document is about this domain.
 */
export type AliasAmbiguity = 'distinctive' | 'needs-full-name' | 'needs-domain';

export type AliasKind =
  | 'full-name'
  | 'given-first-surname'
  | 'surnames'
  | 'title-surname'
  | 'surname'
  | 'name'
  | 'short-name'
  | 'acronym';

export interface Alias {
  text: string;
  kind: AliasKind;
  ambiguity: AliasAmbiguity;
  language?: Language;
}

/** A position an official held, as one statement words it, on the date that statement reports. */
export interface Role {
  /** The title as written in the statement (Spanish titles stay in Spanish). */
  title: string;
  titleLanguage: Language;
  /** The title in English and in Spanish (one of them is `title`; the other is a rendering). */
  titles: Bilingual;
  organization: string | null;
  date: IsoDate;
  evidence: Evidence[];
}

interface EntityBase {
  /** Stable, readable, derived from the canonical name (`official/omar-garcia-harfuch`). */
  id: string;
  type: EntityType;
  /** The canonical name shown on cards. */
  name: string;
  aliases: Alias[];
  /** Every span in every statement that names or supports this entity. */
  evidence: Evidence[];
  /** Ids of the statements the entity appears in, oldest first. */
  sourceIds: string[];
  /** Facts that came from the curation file rather than the parser, each with where it comes from. */
  curated?: CuratedFact[];
}

export interface Official extends EntityBase {
  type: 'official';
  country: Country;
  /** Oldest first; the last one is the latest role the corpus shows. */
  roles: Role[];
  honorifics?: string[];
}

export type FrameworkKind =
  | 'framework'
  | 'dialogue'
  | 'group'
  | 'program'
  | 'declaration'
  | 'strategy'
  | 'law'
  | 'understanding';

export interface FrameworkDate {
  event: 'adopted' | 'installed' | 'signed' | 'released' | 'met';
  date: IsoDate;
  evidence: Evidence[];
}

export interface Framework extends EntityBase {
  type: 'framework';
  kind: FrameworkKind;
  names: Partial<Bilingual>;
  acronyms: string[];
  /**
   * Whose instrument it is: one country's, Mexico's and the United States' together, or many
   * governments' (a regional declaration both signed with others).
   */
  country: Country | 'binational' | 'multilateral';
  dates: FrameworkDate[];
}

export interface Agreement extends EntityBase {
  type: 'agreement';
  summary: Bilingual;
  parties: Country[];
  date: IsoDate;
  /** The meeting it was agreed at, if the corpus says. */
  eventId: string | null;
  frameworkId: string | null;
  /** Phrases a news page would use for it, in each language; the matcher generalises from these. */
  keyPhrases: { en: string[]; es: string[] };
}

export type Entity = Official | Framework | Agreement;

/** A meeting or event that statements report. Two reports of one meeting share one event. */
export interface MeetingEvent {
  id: string;
  name: Bilingual;
  date: IsoDate;
  place: string | null;
  sourceIds: string[];
  participantIds: string[];
}

export interface CuratedFact {
  field: string;
  value: string;
  /** Where the fact comes from: a source id, or a public reference the curator checked. */
  citation: string;
}

/** A place in a text where an entity is named or an agreement is reported. */
export interface Mention {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the matched text. */
  text: string;
  entityId: string;
  type: EntityType;
  /** The alias or key phrase that matched, for the "why this matched" line. */
  matched: string;
  /** For agreements, every agreement the sentence reports (the first is `entityId`). */
  entityIds?: string[];
}

/** What `enlace build-kb` and `enlace ingest` write, and what the extension ships. */
export interface KnowledgeBase {
  format: 1;
  /** The version of @enlace/core that built it. */
  version: string;
  /** Deterministic: SOURCE_DATE_EPOCH when set, else the newest statement's date. */
  builtAt: IsoDate;
  sources: Source[];
  entities: Entity[];
  events: MeetingEvent[];
  /** The match automaton and its tables, compiled at build time (see `match/compile.ts`). */
  matcher: CompiledMatcher;
}
