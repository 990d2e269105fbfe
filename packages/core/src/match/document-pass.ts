import type { AliasAmbiguity, AliasKind, Language } from '../model.js';
import type { AliasFacts } from './alias-facts.js';
import type { Automaton } from './automaton.js';
import { caseFits } from './case-rule.js';
import { GIVEN_NAMES, NOT_NAMES, TITLE_CONTINUATIONS, TITLES } from './lexicon.js';
import { inTitleCaseLine, type Neighbour, nextWord, previousWord } from './neighbours.js';
import { CLASS_MASK, VOCAB } from './patterns.js';
import type { ScanResult } from './scan.js';
import { firstAtOrAfter, firstNotBefore } from './sorted.js';

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
  facts: Array<AliasFacts | null>;
}

/** How far (UTF-16 units, either side) domain vocabulary counts as "nearby" a common full name. */
const DOMAIN_WINDOW = 600;
/** Vocabulary weight that makes a neighbourhood about US–Mexico security. */
const DOMAIN_THRESHOLD = 2;
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

interface Candidate {
  start: number;
  end: number;
  options: Option[];
}

/**
 * Judges the scan's candidates against the whole document, in three rounds:
 * 1. distinctive names are accepted outright;
 * 2. names common in the world (`needs-domain`) are accepted where the document names that entity
 *    distinctively, names another entity, or has the domain's vocabulary nearby;
 * 3. shared surnames and surnames that are places (`needs-full-name`) are accepted only when an
 *    earlier round accepted that very entity somewhere in the document; a title in front
 *    ("Deputy Attorney General Monaco") lets one through on domain evidence instead.
 * Before any of that, a name that is part of someone else's name is dropped: "Hunter Biden",
 * "Sandoval González".
 */
export function resolveEntities(
  text: string,
  scanned: ScanResult,
  context: DocumentContext,
  lang: Language | undefined,
): EntityHit[] {
  const { candidates, otherPeople } = collectCandidates(text, scanned, context, lang);
  const domain = domainIndex(scanned, context.automaton);
  const accepted: Array<EntityHit | null> = candidates.map(() => null);
  const named = new Map<number, number[]>();
  const accept = (index: number, option: Option) => {
    const candidate = candidates[index]!;
    accepted[index] = {
      start: candidate.start,
      end: candidate.end,
      entity: option.entity,
      alias: option.alias,
      facts: option.facts,
    };
  };
  const name = (index: number, option: Option) => {
    accept(index, option);
    const positions = named.get(option.entity) ?? [];
    positions.push(candidates[index]!.start);
    named.set(option.entity, positions);
  };

  // Where entities are named by more than a surname, in document order: a lone "Biden" on a
  // football page is a player, and must not make the page about this domain.
  const fullNamingAt: number[] = [];
  const fullNamingEntity: number[] = [];
  candidates.forEach((candidate, index) => {
    const option = candidate.options.find((o) => o.ambiguity === 'distinctive');
    if (!option) return;
    name(index, option);
    if (option.facts.kind !== 'surname') {
      fullNamingAt.push(candidate.start);
      fullNamingEntity.push(option.entity);
    }
  });
  const otherEntityNear = (from: number, to: number, entity: number) => {
    for (let k = firstAtOrAfter(fullNamingAt, from); k < fullNamingAt.length && fullNamingAt[k]! < to; k++) {
      if (fullNamingEntity[k] !== entity) return true;
    }
    return false;
  };
  const domainAround = (candidate: Candidate, entity: number) => {
    const from = candidate.start - DOMAIN_WINDOW;
    const to = candidate.end + DOMAIN_WINDOW;
    return otherEntityNear(from, to, entity) || domain.weightBetween(from, to) >= DOMAIN_THRESHOLD;
  };

  candidates.forEach((candidate, index) => {
    if (accepted[index]) return;
    // The entity's own distinctive naming elsewhere in the document is the strongest evidence.
    const option = candidate.options.find(
      (o) => o.ambiguity === 'needs-domain' && (named.has(o.entity) || domainAround(candidate, o.entity)),
    );
    if (option) name(index, option);
  });

  // The last round only reads the namings, so they can be sorted once for `nearest`.
  for (const positions of named.values()) positions.sort((a, b) => a - b);
  // "Governor Samuel García" between Omar García Harfuch and a bare "García" leaves the reader
  // unsure which García it is, and so is the matcher.
  const someoneElseBetween = (entity: number, at: number) => {
    const positions = named.get(entity)!;
    const lastNaming = positions[firstAtOrAfter(positions, at) - 1];
    const others = otherPeople.get(entity);
    if (lastNaming === undefined || !others) return false;
    const next = others[firstAtOrAfter(others, lastNaming)];
    return next !== undefined && next < at;
  };
  candidates.forEach((candidate, index) => {
    if (accepted[index]) return;
    const licensed = candidate.options.filter(
      (o) =>
        o.ambiguity === 'needs-full-name' &&
        named.has(o.entity) &&
        !someoneElseBetween(o.entity, candidate.start),
    );
    if (licensed.length > 0) {
      accept(index, nearest(licensed, candidate.start, named));
      return;
    }
    const titled = candidate.options.find(
      (o) => o.ambiguity === 'needs-full-name' && o.titled && domainAround(candidate, o.entity),
    );
    if (titled) accept(index, titled);
  });

  return accepted.filter((hit): hit is EntityHit => hit !== null);
}

interface Collected {
  candidates: Candidate[];
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
  const out: Candidate[] = [];
  const otherPeople = new Map<number, number[]>();
  const someoneElse = (entity: number, at: number) => {
    const positions = otherPeople.get(entity);
    if (!positions) otherPeople.set(entity, [at]);
    else if (positions[positions.length - 1] !== at) positions.push(at);
  };
  const { candidates } = scanned;
  for (let c = 0; c < candidates.length; c += 3) {
    const start = candidates[c]!;
    const end = candidates[c + 1]!;
    const accept = candidates[c + 2]!;
    const options: Option[] = [];
    let before: Neighbour | null | undefined;
    let after: Neighbour | null | undefined;
    let headline: boolean | undefined;
    const inHeadline = () => {
      if (headline === undefined) headline = inTitleCaseLine(text, start, end);
      return headline;
    };
    for (let p = acceptFirst[accept]!; p < acceptFirst[accept + 1]!; p++) {
      const facts = context.facts[p];
      if (!facts) continue;
      if (!caseFits(text, start, end, patterns[p * 3]!, facts.text)) continue;
      let ambiguity = facts.ambiguity;
      // A short name tagged with the other language is a different word there ("GIS" in English
      // is a geographic information system): it needs the full name like a shared surname does.
      if (lang && facts.language && facts.language !== lang && ambiguity === 'distinctive' && facts.oneWord) {
        ambiguity = 'needs-full-name';
      }
      // A title-surname alias carries its title; otherwise look for one in front of the name.
      let titled = facts.kind === 'title-surname';
      const words = facts.nameWords;
      if (words && facts.kind !== 'title-surname' && guardedBefore(facts.kind, ambiguity)) {
        if (before === undefined) before = wordBeforeName(text, start, words);
        if (partOfAnotherName(before, words, true, inHeadline)) {
          someoneElse(facts.entity, start);
          continue;
        }
        if (ambiguity !== 'distinctive') {
          // After a given name and a surname, a capitalised word is the second surname of the same
          // person ("Raymundo Pedro Morales Ángeles"); after a shorter name it may be someone
          // else's ("Juan González Pérez").
          if (!facts.long) {
            if (after === undefined) after = nextWord(text, end);
            if (partOfAnotherName(after, words, false, inHeadline)) {
              someoneElse(facts.entity, start);
              continue;
            }
          }
          titled ||= hasTitle(text, before);
        }
      }
      options.push({ entity: facts.entity, alias: facts.alias, facts, ambiguity, titled });
    }
    if (options.length > 0) out.push({ start, end, options });
  }
  return { candidates: out, otherPeople };
}

/**
 * The word before a name, except that a middle initial the press added after the official's own
 * given name ("Joseph R. Biden", "Kenneth L. Salazar") is part of the name, not another person's.
 */
function wordBeforeName(text: string, start: number, ownWords: Set<string>): Neighbour | null {
  const before = previousWord(text, start);
  if (!before?.initial) return before;
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
 * openers, acronyms and the official's own name words do not; at the start of a sentence only a
 * known given name does ("Hunter Biden said" but not "Yesterday Biden said").
 */
function partOfAnotherName(
  word: Neighbour | null,
  ownWords: Set<string>,
  before: boolean,
  inHeadline: () => boolean,
): boolean {
  if (!word?.capitalised || ownWords.has(word.folded)) return false;
  if (TITLES.has(word.folded) || TITLE_CONTINUATIONS.has(word.folded) || NOT_NAMES.has(word.folded))
    return false;
  if (word.initial) return true;
  // An acronym ("NSC Gupta") is no name, but a headline in capitals still has given names in it.
  if (word.allCaps) return GIVEN_NAMES.has(word.folded);
  // Where every word is capitalised, capitals say nothing: only a known given name does.
  if ((before && word.sentenceInitial) || inHeadline()) return GIVEN_NAMES.has(word.folded);
  return true;
}

/** A title word among the few words right before the name, with only title words between. */
function hasTitle(text: string, before: Neighbour | null): boolean {
  let word = before;
  for (let i = 0; word && i < TITLE_REACH; i++) {
    if (TITLES.has(word.folded)) return true;
    if (!TITLE_CONTINUATIONS.has(word.folded)) return false;
    word = previousWord(text, word.start);
  }
  return false;
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

interface DomainIndex {
  weightBetween(from: number, to: number): number;
}

function domainIndex(scanned: ScanResult, automaton: Automaton): DomainIndex {
  const positions: number[] = [];
  const cumulative: number[] = [0];
  const { hits } = scanned;
  for (let h = 0; h < hits.length; h += 3) {
    const p = hits[h + 2]!;
    if ((automaton.patterns[p * 3]! & CLASS_MASK) !== VOCAB) continue;
    positions.push(hits[h]!);
    cumulative.push(cumulative[cumulative.length - 1]! + automaton.patterns[p * 3 + 1]!);
  }
  const index = (x: number) => firstAtOrAfter(positions, x);
  return { weightBetween: (from, to) => cumulative[index(to)]! - cumulative[index(from)]! };
}
