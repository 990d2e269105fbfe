import { describe, expect, it } from 'vitest';
import type { Alias, Framework, Language } from '../../model.js';
import { addTranslatedHeads } from './translated-heads.js';

const short = (text: string, language: Language): Alias => ({
  text,
  kind: 'short-name',
  ambiguity: 'distinctive',
  language,
});

function framework(aliases: Alias[]): Framework {
  return {
    id: 'framework/x',
    type: 'framework',
    name: 'x',
    aliases,
    evidence: [],
    sourceIds: [],
    kind: 'framework',
    names: {},
  } as unknown as Framework;
}

describe('names made by translating an instrument’s head', () => {
  it.each([
    {
      name: 'different heads: each translated into the other language',
      aliases: [short('Bicentennial Framework', 'en'), short('Entendimiento Bicentenario', 'es')],
      added: ['Bicentennial Understanding', 'Marco Bicentenario'],
    },
    {
      name: 'accents folded in the added Spanish name too',
      aliases: [short('Migration Dialogue', 'en'), short('Entendimiento Migratorio', 'es')],
      added: ['Migration Understanding', 'Diálogo Migratorio', 'Dialogo Migratorio'],
    },
    {
      name: 'heads that already translate each other: nothing new',
      aliases: [short('Los Angeles Declaration', 'en'), short('Declaración de Los Ángeles', 'es')],
      added: [],
    },
    {
      name: 'a name in one language only: nothing to translate',
      aliases: [short('Bicentennial Framework', 'en')],
      added: [],
    },
    {
      name: 'a head no translation is known for',
      aliases: [short('Bipartisan Act', 'en'), short('Entendimiento Bicentenario', 'es')],
      added: [],
    },
  ])('$name', ({ aliases, added }) => {
    const target = framework([...aliases]);
    addTranslatedHeads(target);
    expect(target.aliases.slice(aliases.length).map((alias) => alias.text)).toEqual(added);
  });
});
