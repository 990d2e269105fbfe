import type { AliasAmbiguity, AliasKind, Language } from '../model.js';
import type { AliasFacts } from './alias-facts.js';
import type { Automaton } from './automaton.js';
import { caseFits } from './case-rule.js';
import { foldString } from './fold.js';
import {
  CREDIT_LABELS,
  CREDITED_WORK,
  ELECTED_POSTS,
  GENERATIONS,
  GIVEN_NAMES,
  HONORIFICS,
  NOT_NAMES,
  OPENERS,
  PEOPLE,
  POST_GLUE,
  RELATIONS,
  TITLE_CONTINUATIONS,
  TITLES,
} from './lexicon.js';
import { inTitleCaseLine, type Neighbour, nextWord, previousWord } from './neighbours.js';
import type { ScanResult } from './scan.js';
import { hasLineBreak, lineAround } from './sentences.js';
import { firstAtOrAfter, firstNotBefore } from './sorted.js';
import { DOMAIN_THRESHOLD, DOMAIN_WINDOW, type WordsFound } from './words-found.js';

/** An entity named in the text, accepted by the document pass. */
export interface EntityHit {
  start: number;
  end: number;
  entity: number;
  alias: number;
  facts: AliasFacts;
}

export interface DocumentContext {
  automaton: Automaton;
  /** Per pattern of the automaton (see `aliasFacts`). */
  facts: (pattern: number) => AliasFacts | null;
}

/** How many title words back a title still applies ("Deputy Attorney General Monaco"). */
const TITLE_REACH = 6;

interface Option {
  entity: number;
  alias: number;
  facts: AliasFacts;
  /** The alias's, or stricter where the page's language makes it so. */
  ambiguity: AliasAmbiguity;
  titled: boolean;
}

/**
 * Judges the scan's candidates against the whole document, in three rounds:
 * 1. distinctive names are accepted outright;
 * 2. names common in the world (`needs-domain`) are accepted where the document names that entity
 *    distinctively, names another entity, or has the domain's vocabulary nearby;
 * 3. shared surnames and surnames that are places (`needs-full-name`) are accepted only when an
 *    earlier round accepted that very entity somewhere in the document; a title in front
 *    ("Deputy Attorney General Monaco") lets one through on domain evidence instead, and licenses
 *    the bare surnames after it.
 * Before any of that, a name that is part of someone else's name is dropped: "Hunter Biden",
 * "Sandoval González".
 */
export function resolveEntities(
  text: string,
  scanned: ScanResult,
  context: DocumentContext,
  lang: Language | undefined,
  domain: WordsFound,
): EntityHit[] {
  const { bounds, first, options, otherPeople } = collectCandidates(text, scanned, context, lang);
  const count = first.length - 1;
  const accepted: Array<EntityHit | null> = new Array(count).fill(null);
  const named = new Map<number, number[]>();
  const accept = (index: number, option: Option) => {
    accepted[index] = {
      start: bounds[2 * index]!,
      end: bounds[2 * index + 1]!,
      entity: option.entity,
      alias: option.alias,
      facts: option.facts,
    };
  };
  const name = (index: number, option: Option) => {
    accept(index, option);
    const positions = named.get(option.entity) ?? [];
    positions.push(bounds[2 * index]!);
    named.set(option.entity, positions);
  };
  /** The first option of a candidate that `fits`, if any. */
  const optionOf = (index: number, fits: (option: Option, index: number) => boolean) => {
    for (let o = first[index]!; o < first[index + 1]!; o++) if (fits(options[o]!, index)) return options[o];
    return undefined;
  };

  // Where entities are named by more than a surname, in document order: a lone "Biden" on a
  // football page is a player, and must not make the page about this domain.
  const fullNamingAt: number[] = [];
  const fullNamingEntity: number[] = [];
  const lastFullNaming = new Map<number, number>();
  /** Whether someone else with one of the entity's names was named in `[from, to)`. */
  const someoneElseIn = (entity: number, from: number, to: number) => {
    const others = otherPeople.get(entity);
    return others !== undefined && (others[firstAtOrAfter(others, from)] ?? to) < to;
  };
  // Even a distinctive surname alone is someone else's after that someone was named and this
  // official was not, since: "Hunter Biden spoke. Biden said…", "Bill Gertz … Gertz wrote".
  const someoneElseSince = (entity: number, at: number) =>
    someoneElseIn(entity, (lastFullNaming.get(entity) ?? -1) + 1, at);
  const distinctive = (o: Option) => o.ambiguity === 'distinctive';
  for (let index = 0; index < count; index++) {
    const option = optionOf(index, distinctive);
    if (!option) continue;
    const start = bounds[2 * index]!;
    if (option.facts.kind === 'surname' && someoneElseSince(option.entity, start)) continue;
    name(index, option);
    if (option.facts.kind !== 'surname') {
      fullNamingAt.push(start);
      fullNamingEntity.push(option.entity);
      lastFullNaming.set(option.entity, start);
    }
  }
  const otherEntityNear = (from: number, to: number, entity: number) => {
    for (let k = firstAtOrAfter(fullNamingAt, from); k < fullNamingAt.length && fullNamingAt[k]! < to; k++) {
      if (fullNamingEntity[k] !== entity) return true;
    }
    return false;
  };
  // With a post beside the name ("el canciller De la Fuente", "Ken Salazar, … ambassador to
  // Mexico"), naming the countries is evidence: each of the two counts as a word of the domain.
  // Without one, a football match between them would be.
  const domainAround = (index: number, option: Option) => {
    const from = bounds[2 * index]! - DOMAIN_WINDOW;
    const to = bounds[2 * index + 1]! + DOMAIN_WINDOW;
    const country = option.titled ? domain.countriesBetween(from, to) : 0;
    const weight = domain.weightBetween(from, to);
    if (weight + country >= DOMAIN_THRESHOLD) return true;
    // Where sports words outweigh the domain's, another official named nearby does not vouch for a
    // common name: the footballer Juan González scored on a page that also names García Harfuch.
    if (weight >= 0) return otherEntityNear(from, to, option.entity);
    // Unless the sports are in another paragraph, and the other official in the name's own: a
    // roundup's football brief below the security story.
    const [start, end] = lineAround(text, bounds[2 * index]!, bounds[2 * index + 1]!, DOMAIN_WINDOW);
    return domain.weightBetween(start, end) >= 0 && otherEntityNear(start, end, option.entity);
  };

  // The entity's own distinctive naming elsewhere in the document is the strongest evidence.
  const common = (o: Option, index: number) =>
    o.ambiguity === 'needs-domain' && (named.has(o.entity) || domainAround(index, o));
  for (let index = 0; index < count; index++) {
    if (accepted[index]) continue;
    const option = optionOf(index, common);
    if (option) name(index, option);
  }

  // The last round only reads the namings, so they can be sorted once for `nearest`.
  for (const positions of named.values()) positions.sort((a, b) => a - b);
  // "Governor Samuel García" between Omar García Harfuch and a bare "García" leaves the reader
  // unsure which García it is, and so is the matcher.
  const someoneElseBetween = (entity: number, at: number) => {
    const positions = named.get(entity)!;
    const lastNaming = positions[firstAtOrAfter(positions, at) - 1];
    return lastNaming !== undefined && someoneElseIn(entity, lastNaming, at);
  };
  const titled = (o: Option, index: number) =>
    o.ambiguity === 'needs-full-name' && o.titled && domainAround(index, o);
  for (let index = 0; index < count; index++) {
    if (accepted[index]) continue;
    const start = bounds[2 * index]!;
    const licensed = options
      .slice(first[index], first[index + 1])
      .filter(
        (o) =>
          o.ambiguity === 'needs-full-name' && named.has(o.entity) && !someoneElseBetween(o.entity, start),
      );
    if (licensed.length > 0) {
      accept(index, nearest(licensed, start, named));
      continue;
    }
    // "El almirante Morales informó… Morales agregó": the post names the official as a full name
    // would, for the bare surnames after it.
    const option = optionOf(index, titled);
    if (!option) continue;
    accept(index, option);
    const positions = named.get(option.entity) ?? [];
    positions.splice(firstAtOrAfter(positions, start), 0, start);
    named.set(option.entity, positions);
  }

  return accepted.filter((hit): hit is EntityHit => hit !== null);
}

/**
 * The candidates, flat: a candidate and an option each was most of this pass's garbage, and with
 * tens of thousands of names the scavenger copied them all.
 */
interface Collected {
  /** Per candidate, its start and end. */
  bounds: number[];
  /** Candidate k's options are `options[first[k]]` up to `options[first[k + 1]]`. */
  first: number[];
  options: Option[];
  /** Per official, where one of their names was part of someone else's name, in document order. */
  otherPeople: Map<number, number[]>;
}

function collectCandidates(
  text: string,
  scanned: ScanResult,
  context: DocumentContext,
  lang: Language | undefined,
): Collected {
  const { acceptFirst, patterns } = context.automaton;
  const bounds: number[] = [];
  const first = [0];
  const options: Option[] = [];
  const otherPeople = new Map<number, number[]>();
  const someoneElse = (entity: number, at: number) => {
    const positions = otherPeople.get(entity);
    if (!positions) otherPeople.set(entity, [at]);
    else if (positions[positions.length - 1] !== at) positions.push(at);
  };
  const { candidates } = scanned;
  /** Per official, the second surname the page gave them where the knowledge base has none. */
  const secondSurnames = new Map<number, string>();
  let start = 0;
  let end = 0;
  let headline: boolean | undefined;
  // One closure for every candidate, not one each.
  const inHeadline = () => (headline ??= inTitleCaseLine(text, start, end));
  for (let c = 0; c < candidates.length; c += 3) {
    start = candidates[c]!;
    end = candidates[c + 1]!;
    headline = undefined;
    const accept = candidates[c + 2]!;
    const before = options.length;
    let from = start;
    let to = end;
    let previous: Neighbour | null | undefined;
    let next: Neighbour | null | undefined;
    for (let p = acceptFirst[accept]!; p < acceptFirst[accept + 1]!; p++) {
      const facts = context.facts(p);
      if (!facts) continue;
      if (!caseFits(text, start, end, patterns[p * 3]!, facts.text)) continue;
      let ambiguity = facts.ambiguity;
      // A short name tagged with the other language is a different word there ("GIS" in English
      // is a geographic information system, whatever the page is about): it needs the full name
      // like a shared surname does.
      if (lang && facts.language && facts.language !== lang && facts.oneWord) {
        ambiguity = 'needs-full-name';
      }
      // A title-surname alias carries its title; otherwise look for one in front of the name.
      let titled = facts.kind === 'title-surname';
      const words = facts.nameWords;
      // A generational suffix the alias does not have makes it a relative: "Donald Trump Jr.".
      // An official who bears one has it in an alias ("Joseph R. Biden Jr."), matched whole.
      // An "N" for the surnames or an alias after a common name makes it a suspect, as the Mexican
      // press names them: "Juan González "N"", "Andrés Manuel “N”", "Omar García, alias El Chino".
      if (words) {
        if (next === undefined) next = nextWord(text, end);
        if (
          (next?.capitalised && GENERATIONS.has(next.folded)) ||
          (ambiguity !== 'distinctive' && SUSPECT.test(text.slice(end, end + 9)))
        ) {
          someoneElse(facts.entity, start);
          continue;
        }
      }
      if (words && facts.kind !== 'title-surname' && guardedBefore(facts.kind, ambiguity)) {
        if (previous === undefined) previous = wordBeforeName(text, start, words, facts.kind);
        if (
          partOfAnotherName(previous, words, ambiguity === 'distinctive', inHeadline) &&
          !endsPost(text, previous!)
        ) {
          someoneElse(facts.entity, start);
          continue;
        }
        // The official's own given name before a middle initial or name: the mention is all of it,
        // unless that name is part of the candidate before ("García HarfuchOmar García Harfuch").
        if (
          previous &&
          previous.start < from &&
          previous.start >= (bounds[bounds.length - 1] ?? 0) &&
          words.has(previous.folded) &&
          LETTER.test(text.slice(previous.end, start))
        )
          from = previous.start;
        // A place that shares a lone surname is not the person: "in Monaco", "en Mónaco", "la
        // calle Ebrard".
        if (
          facts.kind === 'surname' &&
          namesPlace(text, previous, start, end, facts.text, ambiguity === 'distinctive')
        )
          continue;
        if (ambiguity !== 'distinctive') {
          // After a given name and a surname, a capitalised word is the second surname of the same
          // person ("Raymundo Pedro Morales Ángeles"), unless that surname is known to be another;
          // after a shorter name it may be someone else's ("Juan González Pérez"). After the
          // surname, the one the page gave them is theirs ("Morales Ángeles").
          if (!facts.secondSurnameUnknown) {
            if (next === undefined) next = nextWord(text, end);
            if (
              next?.folded !== secondSurnames.get(facts.entity) &&
              partOfAnotherName(next, words, null, inHeadline)
            ) {
              someoneElse(facts.entity, start);
              continue;
            }
          }
          const post = postBefore(text, previous);
          // An elected, local or judicial post the official does not hold names someone else with
          // the surname: "el gobernador García", "Mayor Velasco", "la jueza Velasco".
          if (post && ELECTED_POSTS.has(post) && !facts.titleWords?.has(post)) {
            someoneElse(facts.entity, start);
            continue;
          }
          titled ||= post !== null || hasTitleAfter(text, end);
          // "Juan González, 34, …", "Juan de la Fuente, a local farmer, …", "By Juan González":
          // how the press introduces a private person, or credits a reporter, who shares an
          // official's common name.
          if (
            !titled &&
            (privatePerson(text.slice(end, end + 12), facts.kind) ||
              credited(text, previous, start, end) ||
              described(text, previous) ||
              namedAsSuspect(text, start, end))
          ) {
            someoneElse(facts.entity, start);
            continue;
          }
        }
      }
      if (words) {
        if (next === undefined) next = nextWord(text, end);
        const surname = secondSurname(text, end, next, candidates[c + 3]);
        const known = secondSurnames.get(facts.entity);
        if (
          surname &&
          (surname.folded === known ||
            (known === undefined &&
              facts.secondSurnameUnknown &&
              partOfAnotherName(surname, words, null, inHeadline)))
        ) {
          secondSurnames.set(facts.entity, surname.folded);
          to = surname.end;
        }
      }
      options.push({ entity: facts.entity, alias: facts.alias, facts, ambiguity, titled });
    }
    if (options.length > before) {
      bounds.push(from, to);
      first.push(options.length);
    }
  }
  return { bounds, first, options, otherPeople };
}

const LETTER = /\p{L}/u;

/**
 * The word that may be a second surname after a name: on the same line, and not where the next
 * candidate starts.
 */
function secondSurname(text: string, end: number, next: Neighbour | null, nextCandidate = Infinity) {
  return next && next.end <= nextCandidate && !hasLineBreak(text, end, next.start) ? next : null;
}

/**
 * How police and prosecutors introduce a private person: "identified only as Omar Garcia", "police
 * arrested Juan Gonzalez", "detuvieron en Tijuana a Rosa Rodríguez" (the person arrested, marked in
 * Spanish by "a", after a place or a time but no clause break), "fue detenido Omar García".
 */
const SUSPECT_BEFORE =
  /(?:\b(?:identified|identificad[oa]s?)(?:\s+(?:only|solo|sólo|únicamente))?\s+(?:as|como)|\b(?:arrested|detained|captured)|(?:detuv(?:o|ieron)|captur(?:ó|aron)|aprehendi(?:ó|eron)|arrest(?:ó|aron))\b[^.,;:!?]{0,40}\sal?|\b(?:detenid|capturad|aprehendid|arrestad)[oa]s?)\s+$/iu;

/**
 * And after the name: "Juan Gonzalez was arrested", "Rosa Rodríguez fue detenida", "Omar García,
 * presunto operador del cártel", "…, an alleged…" (an indefinite article already says private).
 */
const SUSPECT_AFTER =
  /^(?:,\s*(?:presunt[oa]|alleged)|\s+(?:was|were|has been|had been)\s+(?:arrested|detained|captured|charged|indicted|extradited)|\s+(?:fue|ha sido|había sido)\s+(?:detenid|capturad|aprehendid|arrestad|vinculad|extraditad)[oa])/iu;

/** Whether the name is a suspect's, by the words either side of it. */
const namedAsSuspect = (text: string, start: number, end: number) =>
  SUSPECT_BEFORE.test(text.slice(Math.max(0, start - 64), start)) ||
  SUSPECT_AFTER.test(text.slice(end, end + 40));

/**
 * The "N" that stands for a detainee's surnames, quoted or not ("Omar García "N""), or the alias
 * a suspect goes by ("Juan González, alias El Gordo", "a.k.a.").
 */
const SUSPECT = /^(?:\s+["“”'‘’«]?N(?![\p{L}\p{N}])|,?\s+(?:[Aa]lias|a\.k\.a\.|aka)\s)/u;

/** Before a place, hardly ever before a person unless it is theirs ("in Salazar's words"). */
const PLACE_WORDS = new Set(['in', 'near']);
/** The streets and neighbourhoods Mexican crime reports name after people ("la calle Moctezuma"). */
const STREET_WORDS = new Set(['calle', 'avenida', 'calzada', 'colonia', 'bulevar', 'boulevard']);
const ACCENTED = /[\u00C0-\u024F]|\p{M}/u;

/**
 * Whether a lone surname names a place here: after a street's word; and for a surname others share,
 * after "in" or "near", or written with an accent the person's name does not have (the Spanish press
 * writes the country "Mónaco", the official "Monaco"). "Near Sheinbaum" is near the person.
 */
function namesPlace(
  text: string,
  previous: Neighbour | null,
  start: number,
  end: number,
  alias: string,
  distinctive: boolean,
) {
  if (!distinctive && ACCENTED.test(text.slice(start, end)) && !ACCENTED.test(alias)) return true;
  if (previous === null || /^['’]s\b/u.test(text.slice(end, end + 3))) return false;
  return STREET_WORDS.has(previous.folded) || (!distinctive && PLACE_WORDS.has(previous.folded));
}

/**
 * The word before a name, except that a middle initial the press added after the official's own
 * given name ("Joseph R. Biden", "Kenneth L. Salazar") is part of the name, not another person's;
 * so is a middle name before both surnames ("Omar Hamid García Harfuch", "Marcelo Luis Ebrard
 * Casaubón"). Before one surname a second given name may start someone else's ("Juan Carlos
 * González" is not Juan González).
 */
function wordBeforeName(
  text: string,
  start: number,
  ownWords: Set<string>,
  kind: AliasKind,
): Neighbour | null {
  const before = previousWord(text, start);
  if (!before?.initial && !(kind === 'surnames' && before?.capitalised)) return before;
  const given = previousWord(text, before.start);
  return given && ownWords.has(given.folded) ? given : before;
}

/**
 * Surnames, and names that are not distinctive, can be the tail of someone else's name; a
 * distinctive full name is not, whatever capitalised word a headline puts before it.
 */
function guardedBefore(kind: AliasKind, ambiguity: AliasAmbiguity): boolean {
  return kind === 'surname' || kind === 'surnames' || ambiguity !== 'distinctive';
}

/**
 * Whether a capitalised neighbour makes the match part of another person's name. Titles, sentence
 * openers, acronyms and the official's own name words do not. At the start of a sentence, before a
 * distinctive name, only a known given name does ("Hunter Biden said" but not "Yesterday Biden
 * said"); before a shared one any other capitalised word does, since given names are more than any
 * list ("Mauricio Salazar dijo"). `before` is null for the word after the match, else whether the
 * name is distinctive.
 */
function partOfAnotherName(
  word: Neighbour | null,
  ownWords: Set<string>,
  before: boolean | null,
  inHeadline: () => boolean,
): boolean {
  if (!word?.capitalised || ownWords.has(word.folded)) return false;
  if (isTitle(word.folded) || TITLE_CONTINUATIONS.has(word.folded) || NOT_NAMES.has(word.folded))
    return false;
  if (word.initial) return true;
  // An acronym ("NSC Gupta") is no name, but a headline in capitals still has given names in it.
  if (word.allCaps) return GIVEN_NAMES.has(word.folded);
  // Where every word is capitalised, capitals say nothing: only a known given name does.
  if ((before && word.sentenceInitial) || inHeadline()) return GIVEN_NAMES.has(word.folded);
  if (before === false && word.sentenceInitial) return !OPENERS.has(word.folded);
  return true;
}

/** How many words a post written out in front of a name may have after its title word. */
const POST_REACH = 8;

/**
 * Whether a capitalised word before a name ends a post written out in front of it, as English
 * capitalises one: "Senior Director for the Western Hemisphere Juan González", "Head of the North
 * America Unit Roberto Velasco". A given name is never the end of one.
 */
function endsPost(text: string, word: Neighbour): boolean {
  if (GIVEN_NAMES.has(word.folded)) return false;
  let at: Neighbour | null = previousWord(text, word.start);
  for (let i = 0; at && i < POST_REACH; i++) {
    if (isPost(at.folded)) return true;
    if (!at.capitalised && !POST_GLUE.has(at.folded)) return false;
    at = previousWord(text, at.start);
  }
  return false;
}

/**
 * The title a word names: itself, or for a former one as Spanish writes it in one word
 * ("exembajador", "exalcalde") the title without its "ex"; null for any other word.
 */
function titleOf(folded: string): string | null {
  if (TITLES.has(folded)) return folded;
  return folded.startsWith('ex') && TITLES.has(folded.slice(2)) ? folded.slice(2) : null;
}

const isTitle = (folded: string) => titleOf(folded) !== null;

/** A post: a title word that is not mere courtesy. */
const isPost = (folded: string) => isTitle(folded) && !HONORIFICS.has(folded);

/**
 * A post among the few words right before the name, with only title words between: its word, a
 * former one's without its "ex" ("el exalcalde" held the post of "alcalde").
 */
function postBefore(text: string, before: Neighbour | null): string | null {
  let word = before;
  for (let i = 0; word && i < TITLE_REACH; i++) {
    const title = titleOf(word.folded);
    if (title) return HONORIFICS.has(word.folded) ? null : title;
    if (!TITLE_CONTINUATIONS.has(word.folded)) return null;
    word = previousWord(text, word.start);
  }
  return null;
}

/**
 * How many words after a name and its comma a post may come: "Ken Salazar, who served as U.S.
 * ambassador", "Juan González, the White House’s top Latin America adviser".
 */
const APPOSITION_REACH = 8;

/** A post in the clause after the name: "Juan González, the White House's top adviser". */
function hasTitleAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c /* , */) return false;
  // The clause ends at the next comma, colon or sentence; "U.S. ambassador" does not end it.
  const clause = text.slice(end + 1, end + 120).split(/[,;:!?]|\.\s+(?=\p{Lu}\p{Ll})/u)[0]!;
  const raw = (clause.match(/\p{L}[\p{L}\p{M}]+/gu) ?? []).slice(0, APPOSITION_REACH);
  const words = raw.map(foldString);
  // The post must be the clause's own, not someone it relates to: "a friend of the president".
  const relation = words.findIndex((word) => RELATIONS.has(word));
  if (!words.slice(0, relation < 0 ? words.length : relation).some(isPost)) return false;
  // And a post in a government: what it is of is named ("director de la DEA", "ambassador to
  // Mexico") or an institution ("secretario de seguridad"), not a common noun ("director de la
  // orquesta", "head of the museum").
  if (relation < 0) return true;
  let object = relation + 1;
  while (NOT_NAMES.has(words[object] ?? '')) object++;
  const what = words[object];
  return !what || /^\p{Lu}/u.test(raw[object]!) || isTitle(what) || TITLE_CONTINUATIONS.has(what);
}

/**
 * An apposition that gives an age or an indefinite description ("a farmer", "un comerciante"),
 * where a post would have made the clause titled: officials are introduced by their post. Spanish
 * "a" is also a preposition: "a través de un comunicado", "a quien".
 */
const PRIVATE_PERSON = /^,\s*(?:(?:de\s+)?\d{1,3}\b|(?:an?|una?)\s(?!trav|quien))/i;
const AGE = /^,\s*(?:de\s+)?\d/;

/**
 * After a bare surname an age says nothing: the press gives officials' ages too ("Harfuch, 43, has
 * become the face of…"), and a shared surname alone needs the full name anyway.
 */
const privatePerson = (after: string, kind: AliasKind) =>
  (PRIVATE_PERSON.test(after) && !(kind === 'surname' && AGE.test(after))) ||
  PEOPLE.has(foldString(APPOSITION_WORD.exec(after)?.[1] ?? ''));
/** The word an apposition opens with: "Rosa Rodríguez, vecina del barrio". */
const APPOSITION_WORD = /^,\s*(\p{L}+)/u;

/**
 * Nouns for what a person does, by their endings: "singer", "novelist", "actress", "cantante",
 * "delantero", "futbolista", "escritora", "actriz". Posts among them are title words, read before this.
 */
const DOER = /(?:er[oa]?|or|ista?|ian|ess|[ae]nte|[dst]ora|triz)$/;

/**
 * What a person does or who they are, in front of a name, instead of a post: "la cantante Rosa Rodríguez", "the
 * striker Juan González", "Singer Rosa Rodriguez", "el escritor mexicano Juan González". The press
 * introduces officials by their posts; a name that shares an official's is someone else's here.
 * The noun opens its phrase: an article or another small word (NOT_NAMES) comes before it.
 */
function described(text: string, previous: Neighbour | null): boolean {
  // Nationalities and other title continuations may sit either side: "the Mexican singer",
  // "el escritor mexicano".
  const skipContinuations = (word: Neighbour | null) => {
    let at = word;
    while (at && TITLE_CONTINUATIONS.has(at.folded) && !NOT_NAMES.has(at.folded))
      at = previousWord(text, at.start);
    return at;
  };
  const word = skipContinuations(previous);
  if (!word || !(PEOPLE.has(word.folded) || (DOER.test(word.folded) && word.folded.length >= 5)))
    return false;
  // "Later", "after", "durante", "primero" end like doers and are none.
  if (isTitle(word.folded) || NOT_NAMES.has(word.folded) || OPENERS.has(word.folded)) return false;
  return (
    word.sentenceInitial || NOT_NAMES.has(skipContinuations(previousWord(text, word.start))?.folded ?? '')
  );
}

const CREDIT_LABEL = /([\p{L}\p{M}]+):\s*$/u;

/**
 * A byline or a credit names the reporter, not an official who shares the name: "By Juan
 * González", "Por …", "Reporting by …", "Photo: Juan González/Reuters".
 */
function credited(text: string, previous: Neighbour | null, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 0x2f /* / */) return true;
  if (!previous) {
    const label = CREDIT_LABEL.exec(text.slice(Math.max(0, start - 16), start));
    return label !== null && CREDIT_LABELS.has(foldString(label[1]!));
  }
  if (previous.folded !== 'by' && previous.folded !== 'por') return false;
  return previous.sentenceInitial || CREDITED_WORK.has(previousWord(text, previous.start)?.folded ?? '');
}

// A naming after the surname counts, but any naming before it is closer in the reader's mind.
const NAMED_AFTER_PENALTY = 1e9;

/** The licensed option whose full naming is closest before the surname (else closest after). */
function nearest(options: Option[], position: number, named: Map<number, number[]>): Option {
  if (options.length === 1) return options[0]!;
  let best = options[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    // Positions are sorted (see resolveEntities): the closest namings sit either side of `position`.
    const positions = named.get(option.entity)!;
    const low = firstNotBefore(positions.length, (index) => positions[index]! <= position);
    for (const at of [positions[low - 1], positions[low]]) {
      if (at === undefined) continue;
      const distance = at <= position ? position - at : NAMED_AFTER_PENALTY + at - position;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = option;
      }
    }
  }
  return best;
}
