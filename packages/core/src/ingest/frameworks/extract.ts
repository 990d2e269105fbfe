import type {
  Alias,
  AliasAmbiguity,
  AliasKind,
  Country,
  Evidence,
  Framework,
  FrameworkDate,
  FrameworkKind,
  Language,
  Official,
} from '../../model.js';
import { findDates } from '../dates-in-text.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { countryWords } from '../officials/title-phrase.js';
import type { PreparedSentence, PreparedStatement } from '../prepare.js';
import { fold, slug, stripAccents } from '../text/fold.js';
import { isCapitalised, type Token } from '../text/tokens.js';

/** Head nouns of named instruments and the kind each names. English heads end the name, Spanish ones start it. */
const HEADS: Record<Language, Record<string, FrameworkKind>> = {
  en: {
    framework: 'framework',
    dialogue: 'dialogue',
    group: 'group',
    program: 'program',
    programme: 'program',
    initiative: 'program',
    declaration: 'declaration',
    strategy: 'strategy',
    plan: 'strategy',
    act: 'law',
    law: 'law',
    understanding: 'understanding',
    treaty: 'law',
    partnership: 'framework',
    compact: 'framework',
  },
  es: {
    marco: 'framework',
    diálogo: 'dialogue',
    grupo: 'group',
    programa: 'program',
    iniciativa: 'program',
    declaración: 'declaration',
    estrategia: 'strategy',
    plan: 'strategy',
    ley: 'law',
    entendimiento: 'understanding',
    tratado: 'law',
    alianza: 'framework',
  },
};

/** Words that open the complement after an instrument's head ("Framework for …", "Entendimiento sobre …"). */
export const COMPLEMENT = new Set(['for', 'on', 'of', 'against', 'de', 'del', 'sobre', 'para', 'contra']);
/** Spanish articles: inside a name they open a place's ("Los Ángeles"), not a complement. */
const ARTICLES = new Set(['el', 'la', 'los', 'las']);
const INNER_GLUE = new Set([
  'and',
  'the',
  'of',
  'for',
  'on',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'en',
  'para',
  'a',
  'sobre',
]);
const BINATIONAL =
  /\b(bilateral|binational|binacional|bilaterales|ambos|ambas|both|two countries|dos paises)\b/u;
/** Words for an instrument of many governments, said where it is named ("a region-wide response, guided by…"). */
const MULTILATERAL =
  /\b(region-wide|regionwide|hemispheric|hemisferic[oa]s?|multilateral|multilaterales|summit of the americas|cumbre de las americas)\b/u;

const EVENTS: Array<{ words: string[]; event: FrameworkDate['event'] }> = [
  { words: ['adopted', 'adoption', 'adoptado', 'adoptada', 'adopción'], event: 'adopted' },
  {
    words: [
      'installed',
      'installation',
      'launched',
      'launch',
      'established',
      'created',
      'instalación',
      'instalado',
      'instalada',
      'creación',
      'creado',
      'creada',
      'lanzamiento',
    ],
    event: 'installed',
  },
  { words: ['signed', 'signing', 'firmado', 'firmada', 'firma', 'firmó', 'firmaron'], event: 'signed' },
  { words: ['released', 'published', 'issued', 'publicó', 'presentó', 'publicada'], event: 'released' },
  { words: ['meeting', 'met', 'reunión', 'sesión'], event: 'met' },
];

interface FrameworkMention {
  sourceId: string;
  sentence: PreparedSentence;
  language: Language;
  kind: FrameworkKind;
  /** Modifiers + head (English) or the head-first name (Spanish), without a country prefix. */
  core: string;
  /** The name as written, without a leading country prefix or the acronym. */
  full: string;
  /** The name with its country prefix, if it had one ("U.S.-Mexico Bicentennial Framework…"). */
  prefixed: string | null;
  acronym: string | null;
  countries: Country[];
  start: number;
  end: number;
  first: number;
  last: number;
}

/**
 * Named instruments — frameworks, dialogues, groups, programmes, declarations, strategies, laws —
 * found by their head noun with capitalised modifiers ("Bicentennial Framework for Security, …",
 * "Grupo de Implementación de Seguridad (GIS)"), merged by name and acronym, with the dates the
 * statements give for them.
 */
export function extractFrameworks(statements: PreparedStatement[], officials: Official[]): Framework[] {
  const mentions: FrameworkMention[] = [];
  for (const { statement, sentences } of statements) {
    for (const sentence of sentences) {
      if (sentence.headline) continue;
      mentions.push(...findInSentence(statement.text, statement.id, statement.language, sentence));
    }
  }
  const groups = group(mentions);
  addAcronymMentions(statements, groups);
  return groups.map((members) => toFramework(members, statements, officials));
}

function findInSentence(
  text: string,
  sourceId: string,
  language: Language,
  sentence: PreparedSentence,
): FrameworkMention[] {
  const tokens = sentence.tokens;
  const found: FrameworkMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const kind = HEADS[language][token.text.toLowerCase()];
    if (!kind || !isCapitalised(token.text)) continue;
    const span = language === 'en' ? englishName(tokens, index) : spanishName(tokens, index);
    if (!span) continue;
    let [first, last] = span;
    let prefixFirst = first;
    // A country prefix ("U.S.-Mexico", "U.S.") says whose instrument it is, and is not its name.
    while (first < index && countryWordsOf(tokens[first]!).length > 0) first++;
    const countries = [...new Set(tokens.slice(prefixFirst, first).flatMap(countryWordsOf))];
    if (countries.length === 0) prefixFirst = first;
    let acronym: string | null = null;
    if (
      tokens[last]?.text === '(' &&
      /^\p{Lu}{2,}$/u.test(tokens[last + 1]?.text ?? '') &&
      tokens[last + 2]?.text === ')'
    ) {
      acronym = tokens[last + 1]!.text;
    }
    const headEnd = language === 'en' ? index + 1 : last;
    const core = slice(text, tokens, first, headEnd);
    const full = slice(text, tokens, first, last);
    found.push({
      sourceId,
      sentence,
      language,
      kind,
      core,
      full,
      prefixed: prefixFirst < first ? slice(text, tokens, prefixFirst, last) : null,
      acronym,
      countries,
      start: tokens[prefixFirst]!.start,
      end: tokens[acronym ? last + 2 : last - 1]!.end,
      first: prefixFirst,
      last: acronym ? last + 3 : last,
    });
    index = last - 1;
  }
  return found;
}

function countryWordsOf(token: Token): Country[] {
  const parts = token.text.split(/[-‐‑–]/);
  const found = parts.flatMap((part) => countryWords([{ text: part, start: 0, end: 0 }]));
  return found.length === parts.length ? [...new Set(found)] : [];
}

const isNameWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  isCapitalised(token.text) &&
  /^[\p{L}]/u.test(token.text) &&
  !FUNCTION_WORDS.has(token.text.toLowerCase());

/** "[U.S.-Mexico] Bicentennial Framework [for Security, Public Health, and Safe Communities]". */
function englishName(tokens: Token[], head: number): [number, number] | null {
  let first = head;
  // Mid-sentence, a capitalised "Los" or "San" is part of a name ("the Los Angeles Declaration").
  const inName = (index: number) =>
    isNameWord(tokens[index]) ||
    (index > 0 && isCapitalised(tokens[index]!.text) && /^\p{L}+$/u.test(tokens[index]!.text));
  while (first > 0 && inName(first - 1)) first--;
  if (first === head) return null;
  let last = head + 1;
  if (COMPLEMENT.has(tokens[last]?.text ?? '') && isNameWord(tokens[last + 1]))
    last = complement(tokens, last + 1);
  return [first, last];
}

/** "Grupo de Implementación de Seguridad", "Entendimiento Bicentenario sobre Seguridad, …". */
function spanishName(tokens: Token[], head: number): [number, number] | null {
  let last = head + 1;
  while (isNameWord(tokens[last])) last++;
  if (COMPLEMENT.has(tokens[last]?.text ?? '')) {
    let next = last + 1;
    // An article, capitalised where it belongs to a place's name ("Declaración de Los Ángeles").
    while (ARTICLES.has(tokens[next]?.text.toLowerCase() ?? '')) next++;
    if (isNameWord(tokens[next])) last = complement(tokens, next);
  }
  return last > head + 1 ? [head, last] : null;
}

// Capitalised words, joined by "and", "de la", and list commas followed by another capitalised word.
function complement(tokens: Token[], from: number): number {
  let last = from;
  for (;;) {
    if (isNameWord(tokens[last])) {
      last++;
      continue;
    }
    let next = last;
    while (
      next < tokens.length &&
      (tokens[next]!.text === ',' || INNER_GLUE.has(tokens[next]!.text)) &&
      next - last < 3
    )
      next++;
    if (next > last && isNameWord(tokens[next])) {
      last = next;
      continue;
    }
    return last;
  }
}

const slice = (text: string, tokens: Token[], first: number, last: number) =>
  text.slice(tokens[first]!.start, tokens[last - 1]!.end);

const key = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** One group per instrument: same core name, or same acronym. */
function group(mentions: FrameworkMention[]): FrameworkMention[][] {
  const groups: FrameworkMention[][] = [];
  for (const mention of mentions) {
    const match = groups.find((members) =>
      members.some(
        (member) =>
          key(member.core) === key(mention.core) ||
          (mention.acronym !== null && member.acronym === mention.acronym),
      ),
    );
    if (match) match.push(mention);
    else groups.push([mention]);
  }
  return groups;
}

// A bare acronym ("la instalación del GIS") names the instrument it was introduced for.
function addAcronymMentions(statements: PreparedStatement[], groups: FrameworkMention[][]): void {
  for (const members of groups) {
    const acronym = members.find((member) => member.acronym)?.acronym;
    if (!acronym) continue;
    const template = members[0]!;
    for (const { statement, sentences } of statements) {
      for (const sentence of sentences) {
        if (sentence.headline) continue;
        sentence.tokens.forEach((token, index) => {
          if (token.text !== acronym) return;
          if (
            members.some(
              (member) => member.sentence === sentence && index >= member.first && index < member.last,
            )
          )
            return;
          members.push({
            ...template,
            sourceId: statement.id,
            sentence,
            language: statement.language,
            acronym,
            countries: [],
            start: token.start,
            end: token.end,
            first: index,
            last: index + 1,
          });
        });
      }
    }
  }
}

/**
 * The language whose name of the instrument the acronym spells: "GIS" is Grupo de Implementación de
 * Seguridad, not Security Implementation Group (SIG), so on an English page it is most likely a
 * geographic information system. None when it spells names in both languages, or in neither.
 */
function acronymLanguage(acronym: string, members: FrameworkMention[]): Language | undefined {
  const languages = new Set(
    members
      .filter((member) => member.full !== acronym && initials(member.full) === acronym)
      .map((member) => member.language),
  );
  return languages.size === 1 ? [...languages][0] : undefined;
}

/**
 * A Spanish instrument name cut after its head and first complement, as the press names it again
 * after naming it in full: "el Grupo de Implementación" for the Grupo de Implementación de
 * Seguridad, "el Diálogo de Alto Nivel". Only on a page that names it in full: alone, the words are
 * any group's or dialogue's. A complement that opens with an article is a place's name
 * ("Declaración de Los Ángeles"), which is no cut.
 */
export function headAndComplement(name: string): string | null {
  const words = name.split(' ');
  if (words[1] !== 'de' || !isCapitalised(words[2] ?? '') || ARTICLES.has(words[2]!.toLowerCase()))
    return null;
  for (let end = 3; end <= 4 && end < words.length - 1; end++) {
    if (COMPLEMENT.has(words[end]!) || words[end] === 'en') return words.slice(0, end).join(' ');
    if (!isCapitalised(words[end]!)) return null;
  }
  return null;
}

/** The press often drops the serial comma: "…, Public Health and Safe Communities". */
export const withoutSerialComma = (name: string) => name.replace(/, (and|y) /g, ' $1 ');

const COORDINATORS = new Set(['and', 'y', 'e']);

/**
 * A name whose complement lists several subjects, cut after the first of them, as the press often
 * names it: "Bicentennial Framework for Security", "Entendimiento Bicentenario sobre Seguridad",
 * "Programa de Cooperación sobre Seguridad Fronteriza", "Los Angeles Declaration on Migration".
 * The subject is one to three capitalised words ended by a comma or a conjunction, after a
 * complement that follows at least two words of head; a name with one subject has no such cut.
 */
export function firstSubject(name: string): string | null {
  const words = name.split(' ');
  for (let complement = 2; complement < words.length; complement++) {
    if (!COMPLEMENT.has(words[complement]!)) continue;
    for (let end = complement + 1; end <= complement + 3 && end < words.length; end++) {
      const word = words[end]!;
      if (!isCapitalised(word) || ARTICLES.has(word.toLowerCase())) break;
      if (word.endsWith(',') || COORDINATORS.has(words[end + 1] ?? '')) {
        return words
          .slice(0, end + 1)
          .join(' ')
          .replace(/,$/, '');
      }
    }
  }
  return null;
}

/**
 * The names `firstSubject` cuts from a full name, and in English the same with its one subject
 * word before the head, as the press also writes it: "Bicentennial Security Framework".
 */
export function subjectCuts(name: string, language: Language | undefined): string[] {
  const subject = firstSubject(name);
  if (!subject) return [];
  const words = subject.split(' ');
  const [head, complement, what] = words.slice(-3);
  if (language !== 'en' || (complement !== 'for' && complement !== 'on')) return [subject];
  return [subject, [...words.slice(0, -3), what, head].join(' ')];
}

/**
 * How ambiguous `firstSubject`'s cut is: as distinctive as a shorter name of the instrument that it
 * starts with ("Los Angeles Declaration on Migration"), since the longer match is the one judged;
 * else it needs the domain, its head being any government's ("Programa de Cooperación").
 */
export function firstSubjectAmbiguity(subject: string, aliases: Iterable<Alias>): AliasAmbiguity {
  for (const alias of aliases)
    if (alias.ambiguity === 'distinctive' && subject.startsWith(`${alias.text} `)) return 'distinctive';
  return 'needs-domain';
}

/** The capitals that start the words of a name, its function words left out: "GIS". */
function initials(name: string): string {
  return stripAccents(name)
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

function toFramework(
  members: FrameworkMention[],
  statements: PreparedStatement[],
  officials: Official[],
): Framework {
  const longest = (language: Language) =>
    members
      .filter((member) => member.language === language && member.full !== member.acronym)
      .map((member) => member.full)
      .sort((a, b) => b.length - a.length)[0];
  const en = longest('en');
  const es = longest('es');
  const shortName =
    members.filter((member) => member.language === 'en').map((member) => member.core)[0] ??
    es ??
    members[0]!.core;
  const acronyms = [
    ...new Set(members.map((member) => member.acronym).filter((acronym) => acronym !== null)),
  ];
  const name = en ?? es ?? shortName;

  const aliases = new Map<string, Alias>();
  const add = (text: string, kind: AliasKind, ambiguity: AliasAmbiguity, language?: Language) => {
    const serial = withoutSerialComma(text);
    for (const variant of new Set([text, stripAccents(text), serial, stripAccents(serial)])) {
      if (!aliases.has(variant))
        aliases.set(
          variant,
          language ? { text: variant, kind, ambiguity, language } : { text: variant, kind, ambiguity },
        );
    }
  };
  for (const member of members) {
    if (member.full === member.acronym) continue;
    add(member.full, 'full-name', 'distinctive', member.language);
    if (member.prefixed) add(member.prefixed, 'full-name', 'distinctive', member.language);
    if (member.core !== member.full)
      add(
        member.core,
        'short-name',
        member.core.split(' ').length > 1 ? 'distinctive' : 'needs-domain',
        member.language,
      );
  }
  for (const member of members) {
    const short = member.language === 'es' ? headAndComplement(member.full) : null;
    if (short) add(short, 'short-name', 'needs-full-name', member.language);
    for (const subject of subjectCuts(member.full, member.language))
      add(subject, 'short-name', firstSubjectAmbiguity(subject, aliases.values()), member.language);
  }
  for (const acronym of acronyms)
    add(
      acronym,
      'acronym',
      acronym.length <= 3 ? 'needs-domain' : 'distinctive',
      acronymLanguage(acronym, members),
    );

  const evidence: Evidence[] = members.map((member) => ({
    sourceId: member.sourceId,
    start: member.start,
    end: member.end,
  }));
  const order = statements.map(({ statement }) => statement.id);
  const framework: Framework = {
    id: `framework/${slug(shortName)}`,
    type: 'framework',
    name,
    aliases: [...aliases.values()],
    evidence: uniqueEvidence(evidence),
    sourceIds: order.filter((id) => members.some((member) => member.sourceId === id)),
    kind: members[0]!.kind,
    names: { ...(en ? { en } : {}), ...(es ? { es } : {}) },
    acronyms,
    country: countryOf(members, statements, officials),
    dates: datesOf(members, statements),
  };
  return framework;
}

/**
 * Whose instrument it is: the country its name says ("U.S. Bipartisan Infrastructure Law"), else
 * the one country its sentence (or the one before) names, by country word or by an official of
 * that country; both countries, a word like "bilateral", or none leave it binational. A word for
 * many governments ("region-wide", "hemispheric") in its own sentence makes it multilateral.
 */
function countryOf(
  members: FrameworkMention[],
  statements: PreparedStatement[],
  officials: Official[],
): Framework['country'] {
  const named = new Set(members.flatMap((member) => member.countries));
  if (named.size === 1) return [...named][0]!;
  if (named.size > 1) return 'binational';
  const surnames = officials.flatMap((official) =>
    official.aliases
      .filter((alias) => alias.kind === 'surname' && alias.ambiguity === 'distinctive')
      .map((alias) => ({ word: fold(alias.text), country: official.country })),
  );
  const cues = (sentence: PreparedSentence): Set<Country> | 'binational' => {
    if (BINATIONAL.test(fold(sentence.text))) return 'binational';
    const found = new Set<Country>(countryWords(sentence.tokens));
    for (const token of sentence.tokens) {
      for (const part of fold(token.text).split('-')) {
        const official = surnames.find((surname) => surname.word === part);
        if (official) found.add(official.country);
      }
    }
    return found;
  };
  const member = members.find((candidate) => candidate.full !== candidate.acronym) ?? members[0]!;
  const statement = statements.find((candidate) => candidate.statement.id === member.sourceId)!;
  if (MULTILATERAL.test(fold(member.sentence.text))) return 'multilateral';
  for (const sentence of [member.sentence, statement.sentences[member.sentence.index - 1]]) {
    if (!sentence) continue;
    const found = cues(sentence);
    if (found === 'binational') return 'binational';
    if (found.size === 1) return [...found][0]!;
    if (found.size > 1) return 'binational';
  }
  return 'binational';
}

/** "adopted at … in October 2021", "la instalación del GIS en septiembre de 2025", "In June, … signed the X". */
function datesOf(members: FrameworkMention[], statements: PreparedStatement[]): FrameworkDate[] {
  const dates = new Map<string, FrameworkDate>();
  const sentences = new Set(members.map((member) => member.sentence));
  for (const sentence of sentences) {
    const statement = statements.find(({ sentences: list }) => list.includes(sentence))!.statement;
    const found = findDates(sentence.tokens, statement.date);
    if (found.length === 0) continue;
    const here = members.filter((member) => member.sentence === sentence);
    sentence.tokens.forEach((token, index) => {
      const event = EVENTS.find((candidate) => candidate.words.includes(token.text.toLowerCase()))?.event;
      if (!event) return;
      // The instrument the event word governs: named right after it ("signed the X", "instalación
      // del X", "meeting of the X") or right before it ("X, adopted at …").
      const after = here.find((member) => member.first > index && member.first - index <= 4);
      const before = here.find((member) => member.last <= index && index - member.last <= 1);
      const target = after ?? before;
      if (!target) return;
      const date =
        found.find((candidate) => candidate.first > index) ??
        [...found].reverse().find((candidate) => candidate.last <= index);
      if (!date) return;
      const evidence: Evidence = {
        sourceId: statement.id,
        start: Math.min(sentence.tokens[date.first]!.start, target.start, token.start),
        end: Math.max(sentence.tokens[date.last - 1]!.end, target.end, token.end),
      };
      const id = `${event}|${date.date}`;
      const existing = dates.get(id);
      if (existing) existing.evidence = uniqueEvidence([...existing.evidence, evidence]);
      else dates.set(id, { event, date: date.date, evidence: [evidence] });
    });
  }
  return [...dates.values()].sort((a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event));
}

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((item) => {
      const id = `${item.sourceId}:${item.start}:${item.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start);
}
