import type { Bilingual, Language } from '../../model.js';
import type { Gender } from '../lexicon/given-names.js';
import type { TitleAnalysis } from './title-phrase.js';

// Words of an unknown institution that translate on their own; proper names stay as written.
const GLUE: Record<Language, Record<string, string>> = {
  en: {
    de: 'of',
    del: 'of the',
    en: 'in',
    para: 'for',
    y: 'and',
    e: 'and',
    la: 'the',
    el: 'the',
    los: 'the',
    las: 'the',
    ante: 'to',
    méxico: 'Mexico',
    'estados unidos': 'the United States',
    'ee.uu.': 'the United States',
  },
  es: {
    of: 'de',
    to: 'en',
    in: 'en',
    for: 'para',
    and: 'y',
    at: 'en',
    the: '',
    mexico: 'México',
    'the united states embassy': 'la Embajada de Estados Unidos',
    'united states embassy': 'la Embajada de Estados Unidos',
    embassy: 'embajada',
    'the united states': 'Estados Unidos',
    'united states': 'Estados Unidos',
    'u.s.': 'Estados Unidos',
  },
};

function translateGlue(text: string, to: Language): string {
  const table = GLUE[to];
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  let out = text;
  for (const key of keys) {
    const pattern = new RegExp(`(^|\\s)${key.replace(/\./g, '\\.')}(?=\\s|$)`, 'giu');
    out = out.replace(pattern, (_match, space: string) => `${space}${table[key]}`);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The title in English and in Spanish. The statement's own language keeps the words as written
 * (plural heads made singular, leading articles dropped); the other is rendered from the concepts.
 */
export function renderTitles(
  analysis: TitleAnalysis,
  language: Language,
  written: string,
  gender: Gender,
): Bilingual {
  const own = cleanWritten(written, analysis, language);
  return language === 'en'
    ? { en: own, es: renderSpanish(analysis, gender) }
    : { en: renderEnglish(analysis), es: own };
}

function cleanWritten(written: string, analysis: TitleAnalysis, language: Language): string {
  let out = written
    .replace(/^(the|el|la|los|las)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (analysis.plural) {
    out =
      language === 'en'
        ? out
            .replace(/\b(Secretar|secretar)ies\b/, '$1y')
            .replace(/\b(\p{L}+)s\b/u, (word, stem: string) =>
              word.toLowerCase() === `${analysis.head.en.toLowerCase()}s` ? stem : word,
            )
        : out.replace(/\b(\p{L}+?)(e?s)\b/u, (word, stem: string) =>
            word.toLowerCase().startsWith(analysis.head.es.m.split(' ')[0]!) ? stem : word,
          );
  }
  return out;
}

function renderEnglish(analysis: TitleAnalysis): string {
  const words = [...analysis.modifiers.map((modifier) => modifier.en), analysis.head.en];
  let out = words.join(' ');
  const of =
    analysis.institution?.en ??
    (analysis.institutionText ? translateGlue(analysis.institutionText, 'en') : null);
  if (of) out += ` of ${of}`;
  for (const premodifier of analysis.premodifiers) out += ` of ${premodifier.en}`;
  return capitalise(out);
}

function renderSpanish(analysis: TitleAnalysis, gender: Gender): string {
  const words = [analysis.head.es[gender], ...analysis.modifiers.map((modifier) => modifier.es[gender])];
  // "Foreign Secretary" already says which secretariat; the Spanish form needs it spelled out.
  if (analysis.head.id === 'foreign-minister') return `${analysis.head.es[gender]}`;
  let out = words.join(' ');
  const named = [
    ...analysis.premodifiers.map((premodifier) => premodifier.es),
    ...(analysis.institution ? [analysis.institution.es] : []),
    ...(analysis.institutionText ? [translateGlue(analysis.institutionText, 'es')] : []),
  ];
  for (const name of named) out += ` de ${name}`;
  return out
    .replace(/\bde el\b/g, 'del')
    .replace(/\s+/g, ' ')
    .trim();
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
