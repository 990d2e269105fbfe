import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion } from '../cli/package-version.js';
import { readCorpus } from '../corpus/read-corpus.js';
import type { Statement } from '../corpus/statement.js';
import { compileMatcher } from '../match/compile.js';
import type { Entity, KnowledgeBase, MeetingEvent, Official, Source } from '../model.js';
import { buildAgreements } from './agreements/build.js';
import { findAgreementClauses } from './agreements/extract.js';
import { applyCuration, readCuration } from './curation.js';
import { extractEvents } from './events.js';
import { extractFrameworks } from './frameworks/extract.js';
import { addTranslatedHeads } from './frameworks/translated-heads.js';
import { extractOfficials } from './officials/extract.js';
import { prepareStatement } from './prepare.js';

export { readCorpus } from '../corpus/read-corpus.js';
export type { Statement } from '../corpus/statement.js';
/** For entities made some other way than from statements: the tables `createMatcher` reads. */
export { compileMatcher } from '../match/compile.js';

export interface IngestResult {
  sources: Source[];
  entities: Entity[];
  events: MeetingEvent[];
}

/** The curation file a corpus folder may hold beside its statements. */
export const CURATION_FILE = 'curation.json';

/**
 * Reads a folder of statements and extracts everything the knowledge base holds. Build time only:
 * this is the one part of @enlace/core that loads compromise.
 */
export function ingestCorpus(dir: string): IngestResult {
  // Oldest first, so "first seen" and every list built from the statements has one order.
  const statements = readCorpus(dir).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const prepared = statements.map(prepareStatement);
  const order = statements.map((statement) => statement.id);

  const officials = extractOfficials(prepared);
  const frameworks = extractFrameworks(prepared, officials);
  const events = extractEvents(prepared, officials);
  const agreements = buildAgreements(findAgreementClauses(prepared, frameworks, officials), events, order);

  const entities: Entity[] = [...officials, ...frameworks, ...agreements];
  const curationFile = join(dir, CURATION_FILE);
  if (existsSync(curationFile)) applyCuration(curationFile, readCuration(curationFile), entities);
  for (const framework of frameworks) addTranslatedHeads(framework);
  for (const official of officials)
    if (!official.country) official.country = fallbackCountry(official, statements);

  const sources: Source[] = prepared.map(({ statement, sentences }) => ({
    id: statement.id,
    title: statement.title,
    publisher: statement.publisher,
    date: statement.date,
    language: statement.language,
    url: statement.url,
    related: statement.related,
    text: statement.text,
    sentences: sentences.map((sentence): [number, number] => [sentence.start, sentence.end]),
  }));
  const byType = { official: 0, framework: 1, agreement: 2 };
  entities.sort((a, b) => byType[a.type] - byType[b.type] || a.id.localeCompare(b.id));
  return { sources, entities, events: events.events.sort((a, b) => a.id.localeCompare(b.id)) };
}

// Nothing said whose official this is: a Spanish-language statement is most likely Mexican, an
// English one American. A guess, so the curation file is the place to correct it.
function fallbackCountry(official: Official, statements: Statement[]): Official['country'] {
  const first = statements.find((statement) => statement.id === official.sourceIds[0]);
  return first?.language === 'es' ? 'MX' : 'US';
}

export interface BuildOptions {
  /** Seconds since the epoch (SOURCE_DATE_EPOCH), for a reproducible `builtAt`. */
  sourceDateEpoch?: string | undefined;
}

/** The whole knowledge base, deterministic for the same corpus and options. */
export function buildKnowledgeBase(dir: string, options: BuildOptions = {}): KnowledgeBase {
  const { sources, entities, events } = ingestCorpus(dir);
  const newest =
    sources
      .map((source) => source.date)
      .sort()
      .at(-1) ?? '1970-01-01';
  const epoch = options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH;
  const builtAt =
    epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : newest;
  return {
    format: 1,
    version: packageVersion(),
    builtAt,
    sources,
    entities,
    events,
    matcher: compileMatcher(entities),
  };
}
