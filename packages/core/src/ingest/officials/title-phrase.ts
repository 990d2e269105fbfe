import type { Country } from '../../model.js';
import type { Gender } from '../lexicon/given-names.js';
import {
  COUNTRY_WORDS,
  HEAD_WORDS,
  HEADS,
  type HeadConcept,
  INSTITUTIONS,
  type InstitutionConcept,
  MODIFIERS,
  type ModifierConcept,
} from '../lexicon/titles.js';
import { fold } from '../text/fold.js';
import type { Token } from '../text/tokens.js';

/** A title phrase taken apart: what the office is, of what, and whose country it belongs to. */
export interface TitleAnalysis {
  head: HeadConcept;
  plural: boolean;
  gender: Gender | null;
  modifiers: ModifierConcept[];
  /** Institutions named before the head in English ("Homeland Security Advisor"). */
  premodifiers: InstitutionConcept[];
  institution: InstitutionConcept | null;
  /** The words after "of/de/for/para", as written, when they are not a known institution. */
  institutionText: string | null;
  countries: Country[];
  /** The organisation the title names, as written, or null. */
  organization: string | null;
}

interface HeadHit {
  index: number;
  length: number;
  head: HeadConcept;
  plural: boolean;
  gender: Gender | null;
}

/** Finds a title head among the tokens (the leftmost; multi-word heads win over their parts). */
export function findHead(tokens: Token[]): HeadHit | null {
  for (let index = 0; index < tokens.length; index++) {
    for (const entry of HEAD_WORDS) {
      const words = entry.words.split(' ');
      if (words.every((word, offset) => tokens[index + offset]?.text.toLowerCase() === word)) {
        // "General" after "Attorney" is part of the head; as a bare word it is a rank, not a head.
        const head = HEADS.find((candidate) => candidate.id === entry.head)!;
        return {
          index,
          length: words.length,
          head,
          plural: entry.plural ?? false,
          gender: entry.gender ?? null,
        };
      }
    }
  }
  return null;
}

const HOST_PREPOSITIONS = new Set(['to', 'in', 'en', 'ante']);
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);
const OF = new Set(['of', 'for', 'de', 'del', 'para', 'from', 'on', 'at']);

export function analyzeTitle(tokens: Token[], text: string): TitleAnalysis | null {
  const hit = findHead(tokens);
  if (!hit) return null;
  const before = tokens.slice(0, hit.index);
  let after = tokens.slice(hit.index + hit.length);

  const modifiers: ModifierConcept[] = [];
  const premodifierWords: Token[] = [];
  for (const token of before) {
    const modifier = modifierOf(token.text);
    if (modifier) modifiers.push(modifier);
    else if (!ARTICLES.has(token.text.toLowerCase())) premodifierWords.push(token);
  }
  // Spanish adjectives follow the head ("secretaria ejecutiva", "fiscal general adjunto").
  while (after[0] && modifierOf(after[0].text) && !/^\p{Lu}/u.test(after[0].text)) {
    modifiers.push(modifierOf(after[0].text)!);
    after = after.slice(1);
  }
  let institutionTokens: Token[] = [];
  if (after[0] && OF.has(after[0].text.toLowerCase())) institutionTokens = after.slice(1);
  while (institutionTokens[0] && ARTICLES.has(institutionTokens[0].text.toLowerCase())) {
    institutionTokens = institutionTokens.slice(1);
  }
  const institutionText = spanText(text, institutionTokens);
  const institution = institutionText ? institutionAtStart(institutionText) : null;
  const premodifiers = findInstitutions(spanText(text, premodifierWords));

  const countries = new Set<Country>();
  for (const concept of [...premodifiers, ...findInstitutions(spanText(text, tokens))]) {
    if (concept.country) countries.add(concept.country);
  }
  for (const country of countryWords(tokens)) countries.add(country);

  return {
    head: hit.head,
    plural: hit.plural,
    gender: hit.gender,
    modifiers,
    premodifiers,
    institution,
    institutionText: institution ? null : institutionText,
    countries: [...countries],
    organization: institutionText ?? (premodifierWords.length > 0 ? spanText(text, premodifierWords) : null),
  };
}

/** Countries the phrase belongs to: "Mexico's Ambassador to the United States" is Mexico's only. */
export function countryWords(tokens: Token[]): Country[] {
  const found: Country[] = [];
  for (let index = 0; index < tokens.length; index++) {
    for (const entry of COUNTRY_WORDS) {
      const words = entry.words.split(' ');
      if (!words.every((word, offset) => fold(tokens[index + offset]?.text ?? '') === word)) continue;
      let previous = index - 1;
      while (previous >= 0 && ARTICLES.has(tokens[previous]!.text.toLowerCase())) previous--;
      if (previous >= 0 && HOST_PREPOSITIONS.has(tokens[previous]!.text.toLowerCase())) continue;
      found.push(entry.country);
      index += words.length - 1;
      break;
    }
  }
  return found;
}

function modifierOf(word: string): ModifierConcept | undefined {
  const lower = word.toLowerCase();
  return MODIFIERS.find((modifier) => modifier.words.includes(lower));
}

const comparable = (text: string) =>
  fold(text)
    .replace(/^(the|el|la|los|las)\s+/, '')
    .replace(/\s+/g, ' ');

const formsOf = (concept: InstitutionConcept) =>
  [concept.en, concept.es, ...concept.forms].map(comparable).sort((a, b) => b.length - a.length);

/** The institution the text starts with, if the lexicon knows it. */
export function institutionAtStart(text: string): InstitutionConcept | null {
  const target = comparable(text);
  let best: { concept: InstitutionConcept; length: number } | null = null;
  for (const concept of INSTITUTIONS) {
    for (const form of formsOf(concept)) {
      if ((target === form || target.startsWith(`${form} `)) && form.length > (best?.length ?? 0)) {
        best = { concept, length: form.length };
      }
    }
  }
  return best?.concept ?? null;
}

/** Every known institution named anywhere in the text, longest forms first, without overlaps. */
export function findInstitutions(text: string): InstitutionConcept[] {
  let target = ` ${comparable(text).replace(/[^\p{L}\p{N}.' -]+/gu, ' ')} `;
  const found: InstitutionConcept[] = [];
  const all = INSTITUTIONS.flatMap((concept) => formsOf(concept).map((form) => ({ concept, form })));
  all.sort((a, b) => b.form.length - a.form.length);
  for (const { concept, form } of all) {
    const at = target.indexOf(` ${form} `);
    if (at === -1) continue;
    if (!found.includes(concept)) found.push(concept);
    target = `${target.slice(0, at)} ${' '.repeat(form.length)} ${target.slice(at + form.length + 2)}`;
  }
  return found;
}

function spanText(text: string, tokens: Token[]): string {
  if (tokens.length === 0) return '';
  return text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}
