import type { Framework, Language } from '../../model.js';
import { stripAccents } from '../text/fold.js';

/** Head nouns the press translates word for word, English and Spanish. */
const HEAD_TRANSLATIONS: Array<[en: string, es: string]> = [
  ['framework', 'marco'],
  ['understanding', 'entendimiento'],
  ['declaration', 'declaración'],
  ['dialogue', 'diálogo'],
  ['group', 'grupo'],
  ['strategy', 'estrategia'],
  ['program', 'programa'],
  ['initiative', 'iniciativa'],
];

/**
 * Where the two languages name an instrument with different heads ("Bicentennial Framework",
 * "Entendimiento Bicentenario"), the press also translates one head into the other language:
 * "Bicentennial Understanding" in English, "Marco Bicentenario" in Spanish. Adds those names, from
 * the instrument's short names in each language (curated ones included, so this runs after
 * curation).
 */
export function addTranslatedHeads(framework: Framework): void {
  const shortName = (language: Language) =>
    framework.aliases
      .find((alias) => alias.kind === 'short-name' && alias.language === language)
      ?.text.split(' ');
  const en = shortName('en');
  const es = shortName('es');
  if (!en || !es || en.length < 2 || es.length < 2) return;
  const enHead = en.at(-1)!.toLowerCase();
  const esHead = es[0]!.toLowerCase();
  const inEnglish = HEAD_TRANSLATIONS.find(([, spanish]) => spanish === esHead)?.[0];
  const inSpanish = HEAD_TRANSLATIONS.find(([english]) => english === enHead)?.[1];
  if (!inEnglish || !inSpanish || inEnglish === enHead) return;
  const add = (words: string[], language: Language) => {
    const text = words.join(' ');
    for (const variant of new Set([text, stripAccents(text)]))
      if (!framework.aliases.some((alias) => alias.text === variant))
        framework.aliases.push({ text: variant, kind: 'short-name', ambiguity: 'distinctive', language });
  };
  add([...en.slice(0, -1), capitalise(inEnglish)], 'en');
  add([capitalise(inSpanish), ...es.slice(1)], 'es');
}

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);
