import type { Country, Framework, Language, Official } from '../../model.js';
import { findDates } from '../dates-in-text.js';
import type { ObjectConcept, VerbConcept } from '../lexicon/concepts.js';
import { countryWords } from '../officials/title-phrase.js';
import type { PreparedSentence, PreparedStatement } from '../prepare.js';
import { foldInPlace } from '../text/fold.js';
import { type Found, findObjects, findVerbs } from './concepts-in-text.js';

/** Reporting and commitment verbs that introduce what was agreed, as folded word sequences. */
const CUES = [
  'agreed upon to',
  'agreed to',
  'agreed on',
  'have agreed',
  'it was agreed',
  'committed to',
  'commitment to',
  'pledged to',
  'reaffirmed',
  'decided to',
  'resolved to',
  'vowed to',
  'will implement',
  'acordaron',
  'se acordo',
  'acordo',
  'pactaron',
  'se pacto',
  'se establecio',
  'se comprometieron a',
  'se comprometio a',
  'reafirmo',
  'reafirmaron',
  'coincidieron en',
  'convinieron en',
  'implementaran',
].map((cue) => new RegExp(`(?<![\\p{L}])${cue.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'gu'));

/** Where a commitment's own words end and its justification or context begins. */
const CLAUSE_END =
  /,\s*(?:noting|guided by|including|in order to|with the (?:main )?(?:goal|aim)|which|durante|con respecto|en beneficio|con el objetivo|uno de|during)\b|\s(?:that|which|que)\s|\s(?:in order to|en beneficio de|durante la)\s/u;

/** Coordination that starts a new commitment when a verb follows. */
const SPLIT = /(?:,?\s+(?:and|y|e|as well as|asi como)\s+|,\s*(?:como|such as)\s+|,\s*)/gu;

export interface AgreementClause {
  sourceId: string;
  language: Language;
  sentence: PreparedSentence;
  start: number;
  end: number;
  verb: VerbConcept | null;
  objects: ObjectConcept[];
  qualifier: ObjectConcept | null;
  /** The verb acts on actions against the object ("strengthen actions against arms trafficking"). */
  against: boolean;
  /** The words as written from the verb to the end of the main object, when short. */
  written: string | null;
  date: string;
  parties: Country[];
  frameworkId: string | null;
}

/**
 * Every commitment the statements report: clauses after a commitment verb ("agreed to",
 * "acordaron", "se estableció"), split on coordination into one commitment each, each read as a
 * verb and its objects from the concept lexicon.
 */
export function findAgreementClauses(
  statements: PreparedStatement[],
  frameworks: Framework[],
  officials: Official[],
): AgreementClause[] {
  const clauses: AgreementClause[] = [];
  for (const { statement, sentences } of statements) {
    const meetingFramework = meetingFrameworkOf(sentences, frameworks, statement.id);
    for (const sentence of sentences) {
      if (sentence.headline) continue;
      const folded = foldInPlace(sentence.text);
      const cues = CUES.flatMap((cue) =>
        [...folded.matchAll(cue)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
        })),
      )
        .sort((a, b) => a.start - b.start)
        .filter((cue, index, all) => index === 0 || cue.start >= all[index - 1]!.end);
      if (cues.length === 0) continue;
      const masked = maskFrameworks(folded, sentence, frameworks, statement.id);
      const mentioned = frameworksIn(sentence, frameworks, statement.id);
      const date = explicitDate(sentence, statement.date, cues[0]!.start);
      const parties = partiesOf(statement.id, sentence, folded.slice(0, cues[0]!.start), officials);
      cues.forEach((cue, index) => {
        let scopeEnd = cues[index + 1]?.start ?? folded.length;
        const end = CLAUSE_END.exec(masked.slice(cue.end, scopeEnd));
        if (end) scopeEnd = cue.end + end.index;
        for (const [itemStart, itemEnd] of splitItems(masked, cue.end, scopeEnd)) {
          const clause = readItem(sentence, masked, itemStart, itemEnd);
          if (!clause) continue;
          clauses.push({
            ...clause,
            sourceId: statement.id,
            language: statement.language,
            sentence,
            date,
            parties,
            frameworkId: frameworkFor(mentioned, cue.start, [itemStart, itemEnd], meetingFramework),
          });
        }
      });
    }
  }
  return clauses;
}

function maskFrameworks(
  folded: string,
  sentence: PreparedSentence,
  frameworks: Framework[],
  sourceId: string,
): string {
  let masked = folded;
  for (const framework of frameworks) {
    for (const evidence of framework.evidence) {
      if (evidence.sourceId !== sourceId || evidence.start < sentence.start || evidence.end > sentence.end)
        continue;
      const from = evidence.start - sentence.start;
      const to = evidence.end - sentence.start;
      masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
    }
  }
  return masked;
}

const UNDER =
  /(under|guided by|principles in|within|bajo|en el marco|marco del|conforme|reunion del|reunion de la|meeting of|sesion del)\s+(the|el|la|our|su)?\s*$/u;

/** Framework mentions in the sentence, in order, each with whether the sentence puts commitments under it. */
function frameworksIn(sentence: PreparedSentence, frameworks: Framework[], sourceId: string) {
  const folded = foldInPlace(sentence.text);
  return frameworks
    .flatMap((framework) =>
      framework.evidence
        .filter(
          (evidence) =>
            evidence.sourceId === sourceId &&
            evidence.start >= sentence.start &&
            evidence.end <= sentence.end,
        )
        .map((evidence) => ({
          id: framework.id,
          start: evidence.start - sentence.start,
          end: evidence.end - sentence.start,
          under: UNDER.test(
            folded.slice(Math.max(0, evidence.start - sentence.start - 30), evidence.start - sentence.start),
          ),
        })),
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * The framework a commitment falls under: one named inside it, one the sentence puts it under
 * ("under the X", "guided by the principles in the X"), the subject that commits ("el Grupo …
 * reafirmó"), else the framework whose meeting the statement reports.
 */
function frameworkFor(
  found: ReturnType<typeof frameworksIn>,
  cueStart: number,
  item: [number, number],
  meetingFramework: string | null,
): string | null {
  return (
    found.find((mention) => mention.start >= item[0] && mention.end <= item[1])?.id ??
    found.find((mention) => mention.under)?.id ??
    found.find((mention) => mention.end <= cueStart && cueStart - mention.end < 40)?.id ??
    meetingFramework
  );
}

/** The framework a statement's meeting belongs to: "la tercera reunión del Grupo …". */
function meetingFrameworkOf(
  sentences: PreparedSentence[],
  frameworks: Framework[],
  sourceId: string,
): string | null {
  // Only the lede names the statement's own meeting; later sentences give background.
  const lede = sentences.find((sentence) => !sentence.headline);
  for (const sentence of lede ? [lede] : []) {
    const found = frameworksIn(sentence, frameworks, sourceId).find((mention) => {
      const folded = foldInPlace(sentence.text);
      return /(reunion|meeting|sesion|encuentro)\s+(del|de la|of the|of)\s*$/u.test(
        folded.slice(0, mention.start),
      );
    });
    if (found) return found.id;
  }
  return null;
}

// "On July 12, Presidents … committed to …": the commitment's own date, when it precedes the verb.
function explicitDate(sentence: PreparedSentence, statementDate: string, cueStart: number): string {
  const dates = findDates(sentence.tokens, statementDate).filter(
    (date) => sentence.tokens[date.first]!.start - sentence.start < cueStart,
  );
  return dates[0]?.date ?? statementDate;
}

const BOTH =
  /\b(ambos|ambas|both|two countries|dos paises|our countries|leaders|lideres|bilateral|binacional|binational)\b/u;

function partiesOf(
  sourceId: string,
  sentence: PreparedSentence,
  subject: string,
  officials: Official[],
): Country[] {
  if (BOTH.test(subject)) return ['MX', 'US'];
  const subjectEnd = sentence.start + subject.length;
  const found = new Set<Country>(countryWords(sentence.tokens.filter((token) => token.end <= subjectEnd)));
  for (const official of officials) {
    const named = official.evidence.some(
      (evidence) =>
        evidence.sourceId === sourceId && evidence.start >= sentence.start && evidence.end <= subjectEnd,
    );
    if (named && official.country) found.add(official.country);
  }
  // A passive "se pactaron" or "it was agreed" in a bilateral statement binds both governments.
  return found.size === 0 ? ['MX', 'US'] : [...found].sort();
}

const OPPOSING_VERBS = new Set([
  'combat',
  'disrupt',
  'dismantle',
  'prevent',
  'end',
  'address',
  'pursue',
  'prosecute',
  'reduce',
]);

function splitItems(masked: string, start: number, end: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let itemStart = start;
  SPLIT.lastIndex = start;
  const region = masked.slice(0, end);
  for (let match = SPLIT.exec(region); match !== null; match = SPLIT.exec(region)) {
    const next = match.index + match[0].length;
    const startsList = /como|such as/.test(match[0]);
    if (startsList || startsWithVerb(region.slice(next))) {
      items.push([itemStart, match.index]);
      itemStart = next;
    }
  }
  items.push([itemStart, end]);
  // "to modernize and advance infrastructure": a verb with no object of its own shares the next one's.
  for (let index = items.length - 2; index >= 0; index--) {
    if (findObjects(masked.slice(items[index]![0], items[index]![1])).length === 0) {
      items.splice(index, 2, [items[index]![0], items[index + 1]![1]]);
    }
  }
  // Gerunds open a commitment of their own: "poner fin a la crisis acelerando las extradiciones".
  return items.flatMap(([from, to]) => {
    const gerund = /\s(\p{L}+(?:ando|iendo))\s/u.exec(masked.slice(from + 1, to));
    if (!gerund || !findVerbs(gerund[1]!).length) return [[from, to] as [number, number]];
    const at = from + 1 + gerund.index + 1;
    return [[from, at] as [number, number], [at, to] as [number, number]];
  });
}

function startsWithVerb(text: string): boolean {
  const word = /^(?:to\s+|a\s+)?(?:further\s+)?(\p{L}+(?:\s\p{L}+)?)/u.exec(text)?.[1] ?? '';
  const verbs = findVerbs(word);
  return verbs.length > 0 && verbs[0]!.start === 0;
}

function readItem(
  sentence: PreparedSentence,
  masked: string,
  start: number,
  end: number,
): Pick<AgreementClause, 'start' | 'end' | 'verb' | 'objects' | 'qualifier' | 'against' | 'written'> | null {
  const text = masked.slice(start, end);
  const objects = findObjects(text);
  if (objects.length === 0) return null;
  const main = objects[0]!;
  const verbs = findVerbs(text).filter((verb) => verb.end <= main.start);
  const specific = verbs.filter((verb) => !verb.concept.generic);
  // "a border infrastructure modernization effort": a noun made of the verb may follow its object.
  const following = findVerbs(text.slice(main.end, main.end + 24)).filter((verb) => !verb.concept.generic)[0];
  const verb: Found<VerbConcept> | undefined = specific.at(-1) ?? following ?? verbs.at(-1);
  const rest = objects.slice(1);
  const next = rest[0];
  const qualifier =
    next &&
    /^\s*(?:\p{L}+\s+){0,3}?(?:sobre|on|about|regarding)\s/u.test(`${text.slice(main.end, next.start)} `)
      ? next.concept
      : null;
  // Objects joined to the main one by "and"/"y" share its verb ("extradiciones y traslados").
  const coordinated = rest.filter(
    (object) =>
      object.concept !== qualifier &&
      /^\s*,?\s*(?:and|y|e)\s+(?:\p{L}+\s+){0,2}$/u.test(`${text.slice(main.end, object.start)} `),
  );
  // "reforzar las acciones contra el tráfico de armas": the verb acts on the fight, not on the crime.
  const against =
    verb !== undefined &&
    !OPPOSING_VERBS.has(verb.concept.id) &&
    /\b(against|contra|combate|fight|lucha)\b/u.test(text.slice(verb.end, main.start));
  const trimmed = trimSpan(sentence.text, start, end);
  const writtenFrom = verb ? start + verb.start : start + main.start;
  const writtenTo = start + main.end;
  const written = sentence.text.slice(writtenFrom, writtenTo).trim();
  return {
    start: sentence.start + trimmed[0],
    end: sentence.start + trimmed[1],
    verb: verb?.concept ?? null,
    objects: [main.concept, ...coordinated.map((object) => object.concept)].filter(
      (concept, index, all) => all.indexOf(concept) === index,
    ),
    qualifier,
    against,
    written: written.split(/\s+/).length <= 8 && /\p{L}/u.test(written) ? written : null,
  };
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:]/.test(text[from]!)) from++;
  while (to > from && /[\s,;:.]/.test(text[to - 1]!)) to--;
  return [from, to];
}
