import {
  type Alias,
  type CompiledMatcher,
  type Entity,
  entityPatterns,
  type KnowledgeBase,
} from '@enlace/core';
import { pageRef } from './page-ref.js';

/** What `createMatcher` reads: the compiled tables and, per entity, its id, type, aliases and key phrases. */
export type MatchData = Pick<KnowledgeBase, 'entities' | 'matcher'>;

/**
 * Match data as the content script ships it. Numbers as JSON arrays compress poorly, and most of the
 * trie is its edge labels in breadth-first order, which gzip cannot find repeats in. So the trie goes
 * as its accepting keys, sorted and front-coded (plain text that compresses like the aliases), the
 * numbers as one character each where they are small, and repeated names (types, alias kinds) as
 * indices into `words`. The keys of the names themselves are not shipped at all: they follow from
 * the aliases, which are. `unpackMatchData` lays the trie out again exactly as the core compiled it.
 */
export interface PackedMatchData {
  /** Every string, in reading order, each ended by a newline. */
  text: string;
  /** Every number, in reading order, as base-42 digits (see `DIGITS`). */
  numbers: string;
  /** Names that repeat: entity types, alias kinds and ambiguities, languages. */
  words: string[];
}

/**
 * Printable ASCII that needs no escape in a JavaScript or JSON string: `\`, `` ` ``, quotes, `$` and
 * space are left out, and `~` to make 84. The first 42 end a number, the next 42 are its leading digits.
 */
const DIGITS = '()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}';
const BASE = 42;
/** Each digit's value by character code; -1 for characters that are not digits. */
const DIGIT_VALUES = Array.from({ length: 128 }, (_, code) => DIGITS.indexOf(String.fromCharCode(code)));

export function packMatchData({ entities, matcher }: MatchData): PackedMatchData {
  const strings: string[] = [];
  const numbers: number[] = [];
  const words: string[] = [];
  const string = (value: string) => {
    if (value.includes('\n')) throw new Error(`match data: a newline in ${JSON.stringify(value)}`);
    strings.push(value);
  };
  const word = (value: string) => {
    const index = words.indexOf(value);
    numbers.push(index >= 0 ? index : words.push(value) - 1);
  };
  const list = (values: number[]) => numbers.push(values.length, ...values);

  numbers.push(entities.length);
  for (const [index, entity] of entities.entries()) {
    // Ids are page references, which follow from the order: not shipped.
    if (entity.id !== pageRef(index))
      throw new Error(`match data: entity ${index} is not named ${pageRef(index)}`);
    word(entity.type);
    numbers.push(entity.aliases.length);
    for (const alias of entity.aliases) {
      string(alias.text);
      word(alias.kind);
      word(alias.ambiguity);
      word(alias.language ?? '');
    }
    // Whose a framework is (foreign-frameworks.ts), and an official's, whose second surname a
    // Mexican page may add (alias-facts.ts).
    if (entity.type === 'framework' || entity.type === 'official') word(entity.country);
    if (entity.type === 'agreement') {
      numbers.push(Number(entity.date));
      for (const phrases of [entity.keyPhrases.en, entity.keyPhrases.es]) {
        numbers.push(phrases.length);
        for (const phrase of phrases) string(phrase);
      }
    }
  }

  numbers.push(matcher.format, matcher.entityCount);
  // The names' own patterns lead their keys' lists (see `entityPatterns`); a page derives them
  // again from the aliases, so only the word lists' patterns are shipped.
  const names = nameKeys(entities);
  const accepting = acceptingKeys(matcher).flatMap(({ key, patterns }) => {
    const own = names.get(key) ?? [];
    names.delete(key);
    if (own.some((value, i) => patterns[i] !== value)) {
      throw new Error(`match data: the patterns of "${key}" do not start with its aliases' own`);
    }
    return patterns.length > own.length ? [{ key, patterns: patterns.slice(own.length) }] : [];
  });
  for (const key of names.keys()) throw new Error(`match data: no state for the alias key "${key}"`);
  numbers.push(accepting.length);
  let previous = '';
  for (const { key, patterns } of accepting) {
    const shared = sharedPrefix(previous, key);
    numbers.push(shared);
    string(key.slice(shared));
    list(patterns);
    previous = key;
  }
  list(matcher.agreementPhrases);

  return { text: strings.map((s) => `${s}\n`).join(''), numbers: numbers.map(digits).join(''), words };
}

export function unpackMatchData(packed: PackedMatchData): MatchData {
  const strings = packed.text.split('\n');
  let nextString = 0;
  let at = 0;
  const string = () => strings[nextString++]!;
  const number = () => {
    let value = 0;
    for (;;) {
      const digit = at < packed.numbers.length ? DIGIT_VALUES[packed.numbers.charCodeAt(at++)]! : -1;
      if (digit < 0) throw new Error('match data: the numbers end early');
      if (digit < BASE) return value * BASE + digit;
      value = value * BASE + digit - BASE;
    }
  };
  const word = () => packed.words[number()]!;
  const list = () => Array.from({ length: number() }, number);

  const entities = Array.from({ length: number() }, (_, index) => {
    const id = pageRef(index);
    const type = word();
    const aliases = Array.from({ length: number() }, (): Alias => {
      const text = string();
      const kind = word() as Alias['kind'];
      const ambiguity = word() as Alias['ambiguity'];
      const language = word() as Alias['language'] | '';
      return language ? { text, kind, ambiguity, language } : { text, kind, ambiguity };
    });
    const phrases = () => Array.from({ length: number() }, string);
    // Only what matching reads (see `MatchData`): cards come from the background's whole entities.
    if (type === 'framework' || type === 'official') return { id, type, aliases, country: word() } as Entity;
    return (
      type === 'agreement'
        ? { id, type, aliases, date: String(number()), keyPhrases: { en: phrases(), es: phrases() } }
        : { id, type, aliases }
    ) as Entity;
  });

  const format = number() as CompiledMatcher['format'];
  const entityCount = number();
  const keys = nameKeys(entities);
  for (let count = number(), key = ''; count > 0; count--) {
    key = key.slice(0, number()) + string();
    keys.set(key, [...(keys.get(key) ?? []), ...list()]);
  }
  let previous = '';
  const accepting = [...keys.keys()].sort().map((key): SortedKey => {
    const shared = sharedPrefix(previous, key);
    previous = key;
    return { key, shared, patterns: keys.get(key)! };
  });
  const agreementPhrases = list();
  if (at !== packed.numbers.length || nextString !== strings.length - 1) {
    throw new Error('match data: numbers or strings left over');
  }
  return { entities, matcher: { format, entityCount, ...layTrie(accepting), agreementPhrases } };
}

interface AcceptingKey {
  /** The folded text that leads from the root to an accepting state. */
  key: string;
  /** That state's pattern triples. */
  patterns: number[];
}

/** The entities' own patterns by folded key, as `compileMatcher` lists them first in each state. */
function nameKeys(entities: readonly Entity[]): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  for (const { folded, payload } of entityPatterns(entities)) {
    if (folded) keys.set(folded, [...(keys.get(folded) ?? []), ...payload]);
  }
  return keys;
}

/** The accepting states of a compiled trie as the text that reaches each one, in code-unit order. */
function acceptingKeys(matcher: CompiledMatcher): AcceptingKey[] {
  const parent = [0];
  for (let state = 0, edge = 0; state < matcher.childCounts.length; state++) {
    for (let k = 0; k < matcher.childCounts[state]!; k++) parent[++edge] = state;
  }
  const keyOf = (state: number) => {
    let key = '';
    for (let s = state; s !== 0; s = parent[s]!) key = matcher.labels[s - 1]! + key;
    return key;
  };
  return matcher.acceptStates
    .map((state, i) => ({
      key: keyOf(state),
      patterns: matcher.patterns.slice(matcher.acceptFirst[i]! * 3, matcher.acceptFirst[i + 1]! * 3),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** An accepting key as packed: `shared` leading code units with the key before it in sorted order. */
interface SortedKey extends AcceptingKey {
  shared: number;
}

/**
 * The `CompiledMatcher` layout of a trie holding these sorted keys: breadth-first from the root,
 * each state's children in ascending code order, edge k leading to state k + 1 (see `compiled.ts`).
 * Breadth-first with ordered children puts each level's states in the sorted order of their
 * prefixes, and a key adds exactly the states past what it shares with the key before it, so the
 * layout is counted from the keys without building the trie: this runs on every page load.
 */
function layTrie(keys: SortedKey[]): Omit<CompiledMatcher, 'format' | 'entityCount' | 'agreementPhrases'> {
  let depth = 0;
  for (const { key } of keys) depth = Math.max(depth, key.length);
  // States per level, then where each level starts.
  const levelStart = new Array<number>(depth + 2).fill(0);
  for (const { key, shared } of keys) for (let d = shared + 1; d <= key.length; d++) levelStart[d + 1]!++;
  levelStart[1] = 1;
  for (let d = 1; d <= depth; d++) levelStart[d + 1]! += levelStart[d]!;
  const states = levelStart[depth + 1]!;
  const childCounts = new Array<number>(states).fill(0);
  const labels = new Array<string>(states - 1);
  const acceptState = new Array<number>(keys.length);
  const placed = levelStart.slice();
  // The state of each level on the path of the key being read.
  const path = [0];
  keys.forEach(({ key, shared }, index) => {
    for (let d = shared + 1; d <= key.length; d++) {
      const state = placed[d]!++;
      path[d] = state;
      childCounts[path[d - 1]!]!++;
      labels[state - 1] = key[d - 1]!;
    }
    acceptState[index] = path[key.length]!;
  });
  const order = keys.map((_, index) => index).sort((a, b) => acceptState[a]! - acceptState[b]!);
  const acceptStates: number[] = [];
  const acceptFirst: number[] = [];
  const patterns: number[] = [];
  for (const index of order) {
    acceptStates.push(acceptState[index]!);
    acceptFirst.push(patterns.length / 3);
    for (const value of keys[index]!.patterns) patterns.push(value);
  }
  acceptFirst.push(patterns.length / 3);
  return { childCounts, labels: labels.join(''), acceptStates, acceptFirst, patterns };
}

/** How many leading code units two strings share. */
function sharedPrefix(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** A non-negative integer in `DIGITS`, most significant first. */
function digits(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`match data: cannot pack ${value}`);
  let out = DIGITS[value % BASE]!;
  for (let rest = Math.floor(value / BASE); rest > 0; rest = Math.floor(rest / BASE)) {
    out = DIGITS[BASE + (rest % BASE)]! + out;
  }
  return out;
}
