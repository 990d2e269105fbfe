import type { Language } from '../../model.js';
import { FUNCTION_WORDS, NAME_PARTICLES } from '../lexicon/function-words.js';
import { isGivenName } from '../lexicon/given-names.js';
import { isCommonSurname } from '../lexicon/surnames.js';
import {
  COUNTRY_WORDS,
  HEAD_WORDS,
  HONORIFICS,
  MODIFIERS,
  TITLE_GLUE,
  TITLE_VOCABULARY,
} from '../lexicon/titles.js';
import { fold } from '../text/fold.js';
import { isCapitalised, type Token, tokenize } from '../text/tokens.js';
import { analyzeTitle, findHead, type TitleAnalysis } from './title-phrase.js';

/** What a part-of-speech tagger knows about a word at an offset (English only; empty for Spanish). */
export interface WordTags {
  firstName: boolean;
  person: boolean;
  place: boolean;
}

export interface TitleSpan {
  start: number;
  end: number;
  text: string;
  analysis: TitleAnalysis;
  /** The head came from an earlier plural title in the same list ("the Secretaries of X, A; from Y, B"). */
  inherited: boolean;
}

/** One place where a statement names a person, with the title phrase around the name. */
export interface PersonMention {
  /** Name words as written, without honorifics. */
  words: string[];
  start: number;
  end: number;
  honorifics: string[];
  title: TitleSpan | null;
  /** True when the name is a full name (given name and surname), false for a surname reference. */
  full: boolean;
  /** Index of the first and one past the last token of the name in the sentence's tokens. */
  first: number;
  last: number;
}

const HONORIFIC_WORDS = new Set(HONORIFICS.flatMap((entry) => entry.words));
const HEAD_FIRST_WORDS = new Set(HEAD_WORDS.map((entry) => entry.words.split(' ')[0]!));
const MODIFIER_WORDS = new Set(MODIFIERS.flatMap((modifier) => modifier.words));
const COUNTRY_NAME_WORDS = new Set(COUNTRY_WORDS.flatMap((entry) => entry.words.split(' ')));
const ORGANISATION_WORDS = new Set(
  `administration congress palace palacio center centre centro group grupo framework marco dialogue
  diálogo program programme programa declaration declaración strategy estrategia act law ley
  agreement acuerdo understanding entendimiento initiative iniciativa plan commission comisión
  committee comité court corte senate senado party partido army navy university universidad`.split(/\s+/),
);

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

function isTitleWord(token: Token): boolean {
  const word = lower(token);
  return (
    HEAD_FIRST_WORDS.has(word) ||
    MODIFIER_WORDS.has(word) ||
    TITLE_VOCABULARY.has(word) ||
    HONORIFIC_WORDS.has(word) ||
    HONORIFIC_WORDS.has(`${word}.`)
  );
}

/** Could this word be part of a person's name? */
function nameCapable(token: Token, tags: WordTags | undefined): boolean {
  const text = token.text;
  if (!isCapitalised(text) || !/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(text)) return false;
  const word = text.toLowerCase();
  const folded = fold(text);
  if (isGivenName(folded) && !FUNCTION_WORDS.has(word)) return true;
  if (/^\p{Lu}{2,}$/u.test(text.replace(/\./g, '')) && text.length > 2) return false;
  if (FUNCTION_WORDS.has(word) || isTitleWord(token) || ORGANISATION_WORDS.has(word)) return false;
  if (COUNTRY_NAME_WORDS.has(folded) || folded.endsWith("'s")) return false;
  if (tags?.place && !tags.person) return false;
  return true;
}

const isInitial = (token: Token | undefined) => token !== undefined && /^\p{Lu}\.$/u.test(token.text);

/** Maximal runs of name-like words, joined by name particles ("de la") and middle initials. */
function nameRuns(tokens: Token[], tags: Map<number, WordTags>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let index = 0;
  while (index < tokens.length) {
    if (!nameCapable(tokens[index]!, tags.get(tokens[index]!.start)) || isInitial(tokens[index])) {
      index++;
      continue;
    }
    const first = index;
    let last = index + 1;
    for (;;) {
      let next = last;
      while (NAME_PARTICLES.has(tokens[next]?.text ?? '') && next - last < 2) next++;
      if (
        isInitial(tokens[next]) &&
        tokens[next + 1] &&
        nameCapable(tokens[next + 1]!, tags.get(tokens[next + 1]!.start))
      ) {
        last = next + 1;
        continue;
      }
      const token = tokens[next];
      if (token && nameCapable(token, tags.get(token.start)) && !isInitial(token)) {
        last = next + 1;
        continue;
      }
      break;
    }
    runs.push([first, last]);
    index = last;
  }
  return runs;
}

function startsWithGivenName(
  tokens: Token[],
  [first]: [number, number],
  tags: Map<number, WordTags>,
): boolean {
  const token = tokens[first]!;
  return isGivenName(fold(token.text)) || (tags.get(token.start)?.firstName ?? false);
}

/**
 * People named in one sentence, each with the title phrase before ("el secretario de Marina,
 * almirante X", "Deputy Attorney General X") or after it ("X, Executive Secretary of Y").
 */
export function findPeople(
  text: string,
  tokens: Token[],
  language: Language,
  tags: Map<number, WordTags> = new Map(),
): PersonMention[] {
  const runs = nameRuns(tokens, tags);
  // Runs that start with a given name are people for sure; they bound other people's titles.
  const strong = new Set<number>();
  for (const run of runs) {
    if (run[1] - run[0] >= 2 && startsWithGivenName(tokens, run, tags)) {
      for (let index = run[0]; index < run[1]; index++) strong.add(index);
    }
  }
  const mentions: PersonMention[] = [];
  let pluralHead: TitleAnalysis | null = null;
  for (const run of runs) {
    const [first, last] = run;
    const honorifics: string[] = [];
    let cursor = first - 1;
    while (cursor >= 0 && isHonorific(tokens, cursor)) {
      honorifics.unshift(tokens[cursor]!.text);
      cursor--;
    }
    let title = leftTitle(text, tokens, cursor, strong, language, pluralHead);
    if (!title) title = rightTitle(text, tokens, last, strong, language);
    if (title?.analysis.plural) pluralHead = title.analysis;
    const isStrong = strong.has(first);
    const anchored = title !== null || honorifics.length > 0;
    if (!isStrong && !anchored && last - first < 2) {
      // A lone capitalised word with nothing around it is kept only as a possible surname reference.
      if (!tags.get(tokens[first]!.start)?.person && language === 'en') continue;
    }
    const firstWord = fold(tokens[first]!.text);
    const full =
      last - first >= 2 &&
      (isStrong || (anchored && !(isCommonSurname(firstWord) && !isGivenName(firstWord))));
    mentions.push({
      words: tokens.slice(first, last).map((token) => token.text),
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      honorifics,
      title,
      full,
      first,
      last,
    });
  }
  return mentions;
}

function isHonorific(tokens: Token[], index: number): boolean {
  const word = lower(tokens[index]);
  if (!HONORIFIC_WORDS.has(word)) return false;
  // "Attorney General", "fiscal general", "director general": there "general" belongs to the title.
  if (word === 'general') {
    const before = lower(tokens[index - 1]);
    if (HEAD_FIRST_WORDS.has(before) || before === 'attorney') return false;
  }
  return true;
}

function isPhraseToken(token: Token, strong: Set<number>, index: number): boolean {
  if (strong.has(index)) return false;
  const text = token.text;
  const word = text.toLowerCase();
  if (text === '(' || text === ')') return true;
  if (/^\p{Lu}{2,}$/u.test(text)) return true;
  if (TITLE_GLUE.has(word) || isTitleWord(token)) return true;
  return isCapitalised(text) && /^[\p{L}]/u.test(text) && !FUNCTION_WORDS.has(word);
}

function leftTitle(
  text: string,
  tokens: Token[],
  end: number,
  strong: Set<number>,
  language: Language,
  pluralHead: TitleAnalysis | null,
): TitleSpan | null {
  let cursor = end;
  let afterComma = false;
  if (tokens[cursor]?.text === ',') {
    afterComma = true;
    cursor--;
  }
  let start = cursor + 1;
  while (cursor >= 0 && isPhraseToken(tokens[cursor]!, strong, cursor)) {
    start = cursor;
    cursor--;
  }
  const stop = tokens[cursor];
  let phrase = tokens.slice(start, afterComma ? end : end + 1);
  // "X, Title, Y": a title right after X's comma is X's (an apposition), not Y's; "X, and the
  // Title, Y" is Y's.
  const opensList = ['and', 'y', 'e', 'from'].includes(lower(phrase[0])) || ARTICLES.has(lower(phrase[0]));
  if (afterComma && stop?.text === ',' && strong.has(cursor - 1) && !opensList) return null;
  while (phrase[0] && (TITLE_GLUE.has(lower(phrase[0])) || phrase[0].text === ')')) phrase = phrase.slice(1);
  if (phrase.length === 0) return null;
  // Keep the phrase from its first title word on: "government, Ambassador" is not a title.
  const headIndex = lastHead(phrase);
  if (headIndex !== undefined) {
    let from = headIndex;
    while (from > 0 && isTitlePremodifier(phrase[from - 1]!)) from--;
    // "Special Presidential Advisor and Senior Director for X": two offices of one person.
    const joined = phrase.slice(0, Math.max(0, from - 1));
    if (
      lower(phrase[from - 1]) === 'and' &&
      joined.length > 0 &&
      joined.every(isTitleWord) &&
      findHead(joined)
    ) {
      from = 0;
    }
    return makeSpan(text, phrase.slice(from), language, false);
  }
  // "the Secretaries of Foreign Relations, A; from National Defense, B": B inherits the head.
  const listItem = stop === undefined || stop.text === ';' || stop.text === ',' || strong.has(cursor);
  if (pluralHead && listItem && phrase.some((token) => isCapitalised(token.text))) {
    return inheritTitle(text, phrase, pluralHead);
  }
  return null;
}

const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);

// The head nearest the name: in "Presidents Biden and President X" X's title is the second one.
function lastHead(phrase: Token[]): number | undefined {
  let found: number | undefined;
  for (let index = 0; index < phrase.length; index++) {
    const hit = findHead(phrase.slice(index));
    if (!hit) break;
    found = index + hit.index;
    index = found + hit.length - 1;
  }
  return found;
}

function isTitlePremodifier(token: Token): boolean {
  const word = token.text;
  if (TITLE_GLUE.has(word.toLowerCase()) && word !== 'of') return false;
  return isCapitalised(word) || isTitleWord(token) || /^\p{Lu}{2,}$/u.test(word) || word.endsWith("'s");
}

function inheritTitle(text: string, phrase: Token[], pluralHead: TitleAnalysis): TitleSpan | null {
  const synthetic = `${pluralHead.head.en} of ${text.slice(phrase[0]!.start, phrase.at(-1)!.end)}`;
  const rebuilt = analyzeTitle(tokenize(synthetic), synthetic);
  if (!rebuilt) return null;
  return {
    start: phrase[0]!.start,
    end: phrase.at(-1)!.end,
    // The title the list implies, not the words as written ("from National Defense").
    text: synthetic,
    analysis: { ...rebuilt, plural: false, gender: pluralHead.gender },
    inherited: true,
  };
}

function rightTitle(
  text: string,
  tokens: Token[],
  last: number,
  strong: Set<number>,
  language: Language,
): TitleSpan | null {
  if (tokens[last]?.text !== ',') return null;
  const firstWord = lower(tokens[last + 1]);
  if (firstWord === 'and' || firstWord === 'y' || firstWord === 'e') return null;
  let cursor = last + 1;
  while (cursor < tokens.length && isPhraseToken(tokens[cursor]!, strong, cursor)) cursor++;
  // A title followed straight by a name is that name's title.
  if (strong.has(cursor)) return null;
  if (tokens[cursor] && nameCapable(tokens[cursor]!, undefined) && isCapitalised(tokens[cursor]!.text))
    return null;
  let phrase = tokens.slice(last + 1, cursor);
  while (phrase[0] && TITLE_GLUE.has(lower(phrase[0]))) phrase = phrase.slice(1);
  while (phrase.length > 0 && TITLE_GLUE.has(lower(phrase.at(-1)))) phrase = phrase.slice(0, -1);
  const head = findHead(phrase);
  if (!head || head.index > 4) return null;
  return makeSpan(text, phrase, language, false);
}

function makeSpan(text: string, phrase: Token[], _language: Language, inherited: boolean): TitleSpan | null {
  while (phrase.length > 0 && (TITLE_GLUE.has(lower(phrase.at(-1))) || phrase.at(-1)!.text === '(')) {
    phrase = phrase.slice(0, -1);
  }
  const analysis = analyzeTitle(phrase, text);
  if (!analysis || phrase.length === 0) return null;
  return {
    start: phrase[0]!.start,
    end: phrase.at(-1)!.end,
    text: text.slice(phrase[0]!.start, phrase.at(-1)!.end),
    analysis,
    inherited,
  };
}
