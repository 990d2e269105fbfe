import type {
  Agreement,
  Country,
  Entity,
  Evidence,
  Framework,
  FrameworkDate,
  FrameworkKind,
  IsoDate,
  KnowledgeBaseView,
  Language,
  Official,
} from '@enlace/core';
import { displayName } from './display-name.js';
import { formatDate } from './format-date.js';

/** Everything a card shows, already chosen and put in the reader's language: components only lay it out. */
export type CardData = OfficialCard | FrameworkCard | AgreementCard;

interface CardBase {
  id: string;
  name: string;
  /** The words on the page that matched, for the "why this matched" line. */
  matched: string;
  quotes: QuoteData[];
}

export interface OfficialCard extends CardBase {
  type: 'official';
  country: Country;
  /** The role the statements name, oldest first; the last is the latest the corpus shows. */
  roles: RoleLine[];
  statements: StatementLine[];
}

export interface FrameworkCard extends CardBase {
  type: 'framework';
  names: { en?: string; es?: string };
  acronyms: string[];
  kind: FrameworkKind;
  country: Framework['country'];
  dates: Array<{ event: FrameworkDate['event']; date: IsoDate }>;
  agreements: Array<{ id: string; summary: string }>;
}

export interface AgreementCard extends CardBase {
  type: 'agreement';
  summary: string;
  /** Other agreements the same sentence on the page reports ("agreed to X and to Y"). */
  alsoAgreed: Array<{ id: string; summary: string }>;
  parties: Country[];
  date: IsoDate;
  meeting: { name: string; date: IsoDate; place: string | null } | null;
  framework: { id: string; name: string } | null;
}

export interface RoleLine {
  title: string;
  organization: string | null;
  /** The first and last statement dates that show this role. */
  from: IsoDate;
  to: IsoDate;
}

export interface StatementLine {
  id: string;
  title: string;
  publisher: string;
  date: IsoDate;
}

export interface QuoteData {
  sourceId: string;
  title: string;
  publisher: string;
  date: IsoDate;
  language: Language;
  /** The sentence in three parts: the evidence span is `focus`. */
  before: string;
  focus: string;
  after: string;
  viewerUrl: string;
  originalUrl: string | null;
}

export interface CardOptions {
  language: Language;
  /** Every agreement the mention's sentence reports, the card's own first (`Mention.entityIds`). */
  entityIds?: string[];
  /** The extension's own statement page for a sentence. */
  viewerUrl(sourceId: string, start: number, end: number): string;
}

/** Quotes per card: one per statement, the most recent statements first. */
const MAX_QUOTES = 3;

export function buildCard(
  view: KnowledgeBaseView,
  entityId: string,
  matched: string,
  options: CardOptions,
): CardData | null {
  const entity = view.entity(entityId);
  if (!entity) return null;
  const base = {
    id: entity.id,
    name: displayName(entity, options.language),
    matched,
    quotes: quotesFor(view, entity, options),
  };
  switch (entity.type) {
    case 'official':
      return { ...base, type: 'official', ...officialFacts(view, entity, options.language) };
    case 'framework':
      return { ...base, type: 'framework', ...frameworkFacts(view, entity, options.language) };
    case 'agreement':
      return {
        ...base,
        type: 'agreement',
        ...agreementFacts(view, entity, options.language),
        alsoAgreed: alsoAgreed(view, entity, options),
      };
  }
}

/**
 * The other agreements the sentence reports. The same commitment made in two statements reads the
 * same ("Combat drug trafficking", 2023 and 2025): its date tells the lines apart.
 */
function alsoAgreed(view: KnowledgeBaseView, agreement: Agreement, options: CardOptions) {
  const others = (options.entityIds ?? []).flatMap((id) => {
    const other = id === agreement.id ? undefined : view.entity(id);
    return other?.type === 'agreement' ? [other] : [];
  });
  const summaries = [agreement, ...others].map((each) => each.summary[options.language]);
  return others.map((other) => {
    const summary = other.summary[options.language];
    const repeated = summaries.indexOf(summary) !== summaries.lastIndexOf(summary);
    return {
      id: other.id,
      summary: repeated ? `${summary} (${formatDate(other.date, options.language)})` : summary,
    };
  });
}

function officialFacts(view: KnowledgeBaseView, official: Official, language: Language) {
  const roles: RoleLine[] = [];
  for (const role of official.roles) {
    const title = role.titles[language] || role.title;
    const translated = role.titleLanguage !== language && Boolean(role.titles[language]);
    // The organization is in the statement's words: beside a title in the reader's other language
    // it would mix the two ("director principal de Asuntos…, Western Hemisphere Affairs of…").
    const organization = translated ? '' : role.organization;
    const last = roles[roles.length - 1];
    // The same title in consecutive statements is one role held over time.
    if (last && last.title === title && last.organization === organization) last.to = role.date;
    else roles.push({ title, organization, from: role.date, to: role.date });
  }
  const statements = official.sourceIds.flatMap((id) => {
    const source = view.source(id);
    return source ? [{ id, title: source.title, publisher: source.publisher, date: source.date }] : [];
  });
  return { country: official.country, roles, statements };
}

function frameworkFacts(view: KnowledgeBaseView, framework: Framework, language: Language) {
  const agreements = view
    .entitiesOfType('agreement')
    .filter((agreement) => agreement.frameworkId === framework.id)
    .map((agreement) => ({ id: agreement.id, summary: agreement.summary[language] }));
  return {
    names: framework.names,
    acronyms: framework.acronyms,
    kind: framework.kind,
    country: framework.country,
    dates: framework.dates.map(({ event, date }) => ({ event, date })),
    agreements,
  };
}

function agreementFacts(view: KnowledgeBaseView, agreement: Agreement, language: Language) {
  const event = agreement.eventId
    ? view.kb.events.find((candidate) => candidate.id === agreement.eventId)
    : undefined;
  const framework = agreement.frameworkId ? view.entity(agreement.frameworkId) : undefined;
  return {
    summary: agreement.summary[language],
    parties: agreement.parties,
    date: agreement.date,
    meeting: event ? { name: event.name[language], date: event.date, place: event.place } : null,
    framework: framework ? { id: framework.id, name: displayName(framework, language) } : null,
  };
}

function quotesFor(view: KnowledgeBaseView, entity: Entity, options: CardOptions): QuoteData[] {
  const firstPerSource = new Map<string, Evidence>();
  for (const evidence of entity.evidence) {
    if (!firstPerSource.has(evidence.sourceId)) firstPerSource.set(evidence.sourceId, evidence);
  }
  const quotes: QuoteData[] = [];
  for (const evidence of firstPerSource.values()) {
    const quote = safeQuote(view, evidence);
    if (!quote) continue;
    const { source, sentence, sentenceStart, sentenceEnd } = quote;
    const focusStart = Math.max(0, evidence.start - sentenceStart);
    const focusEnd = Math.min(sentence.length, evidence.end - sentenceStart);
    quotes.push({
      sourceId: source.id,
      title: source.title,
      publisher: source.publisher,
      date: source.date,
      language: source.language,
      before: sentence.slice(0, focusStart),
      focus: sentence.slice(focusStart, focusEnd),
      after: sentence.slice(focusEnd),
      viewerUrl: options.viewerUrl(source.id, sentenceStart, sentenceEnd),
      originalUrl: view.originalLink(evidence),
    });
  }
  // ISO dates sort as strings; prefer statements in the reader's language when dates tie.
  quotes.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      Number(b.language === options.language) - Number(a.language === options.language),
  );
  return quotes.slice(0, MAX_QUOTES);
}

// A span the knowledge base cannot quote is left out rather than shown wrong.
function safeQuote(view: KnowledgeBaseView, evidence: Evidence) {
  try {
    return view.quote(evidence);
  } catch {
    return null;
  }
}
