import type { Country } from '../../model.js';
import { fold } from '../text/fold.js';
import type { Token } from '../text/tokens.js';
import type { PersonMention } from './find-people.js';
import { countryWords } from './title-phrase.js';

const DELEGATION_NOUNS = new Set([
  'delegation',
  'delegación',
  'delegacion',
  'comitiva',
  'delegations',
  'delegaciones',
]);
const ON_BEHALF = [
  ['on', 'behalf', 'of'],
  ['por', 'parte', 'de'],
  ['por', 'parte', 'del'],
  ['en', 'representación', 'de'],
];
const HOST_VERBS = [
  ['hosted', 'by'],
  ['received', 'by'],
  ['welcomed', 'by'],
  ['met', 'with'],
  ['spoke', 'with'],
  ['recibida', 'por'],
  ['recibidos', 'por'],
  ['recibidas', 'por'],
  ['se', 'reunió', 'con'],
  ['se', 'reunieron', 'con'],
];
const LIST_GAP =
  /^[\s,;]*(?:(?:and|y|e|as well as|así como|in addition to|además de)\b)?[\s,;]*(?:(?:from|de)\s+)?(?:(?:the|el|la|los|las)\s*)?$/iu;

const words = (tokens: Token[], at: number, sequence: string[]) =>
  sequence.every((word, offset) => tokens[at + offset]?.text.toLowerCase() === word);

/**
 * The country of each person a sentence names: from the title's own words ("de México", "U.S."),
 * else from the delegation the sentence lists ("La delegación mexicana estuvo encabezada por…",
 * "On behalf of the US government, …"), else from the host of that delegation ("were hosted by X
 * and senior Government of Mexico officials"), else from the other people in the same list.
 */
export function assignCountries(
  text: string,
  tokens: Token[],
  mentions: PersonMention[],
): Array<Country | null> {
  const countries: Array<Country | null> = mentions.map((mention) => {
    const own = mention.title?.analysis.countries ?? [];
    return own.length === 1 ? own[0]! : null;
  });

  const delegation = findDelegation(tokens);
  if (delegation) {
    const hostAt = findHostVerb(tokens, delegation.at);
    mentions.forEach((mention, index) => {
      if (countries[index] !== null) return;
      if (mention.first > delegation.at && (hostAt === null || mention.first < hostAt)) {
        countries[index] = delegation.country;
      } else if (hostAt !== null && mention.first > hostAt) {
        const segment = tokens.slice(hostAt);
        const named = countryWords(segment).filter((country) => country !== delegation.country);
        countries[index] = named[0] ?? (delegation.country === 'MX' ? 'US' : 'MX');
      }
    });
  }

  // People listed one after the other share the country of the list, where the list agrees on one.
  const groups: number[][] = [];
  mentions.forEach((mention, index) => {
    const previous = mentions[index - 1];
    const gapStart = previous ? Math.max(previous.end, previous.title?.end ?? 0) : 0;
    const gapEnd = Math.min(mention.start, mention.title?.start ?? mention.start);
    if (previous && gapEnd >= gapStart && LIST_GAP.test(text.slice(gapStart, gapEnd)))
      groups.at(-1)!.push(index);
    else groups.push([index]);
  });
  for (const group of groups) {
    const countriesKnown = group.map((index) => countries[index]).filter((country) => country !== null);
    const known = new Set(countriesKnown);
    // Two people of one country make a delegation list; one alone may be the other side's guest.
    if (known.size !== 1 || countriesKnown.length < 2) continue;
    const [country] = [...known];
    for (const index of group) countries[index] ??= country!;
  }
  return countries;
}

function findDelegation(tokens: Token[]): { at: number; country: Country } | null {
  for (let index = 0; index < tokens.length; index++) {
    const word = fold(tokens[index]!.text);
    if (DELEGATION_NOUNS.has(word) || DELEGATION_NOUNS.has(tokens[index]!.text.toLowerCase())) {
      const around = tokens.slice(Math.max(0, index - 2), index + 4);
      const [country] = countryWords(around);
      if (country) return { at: index, country };
    }
    for (const sequence of ON_BEHALF) {
      if (!words(tokens, index, sequence)) continue;
      const [country] = countryWords(tokens.slice(index + sequence.length, index + sequence.length + 5));
      if (country) return { at: index, country };
    }
  }
  return null;
}

function findHostVerb(tokens: Token[], from: number): number | null {
  for (let index = from; index < tokens.length; index++) {
    if (HOST_VERBS.some((sequence) => words(tokens, index, sequence))) return index;
  }
  return null;
}
