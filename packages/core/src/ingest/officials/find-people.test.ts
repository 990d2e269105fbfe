import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { assignCountries } from './country.js';
import { findPeople } from './find-people.js';

const people = (text: string, language: 'en' | 'es') => {
  const tokens = tokenize(text);
  const mentions = findPeople(text, tokens, language);
  const countries = assignCountries(text, tokens, mentions);
  return mentions.map((mention, index) => ({
    name: mention.words.join(' '),
    full: mention.full,
    title: mention.title?.text ?? null,
    honorifics: mention.honorifics,
    country: countries[index],
  }));
};

describe('findPeople', () => {
  it.each([
    [
      'es',
      'El secretario de Hacienda, Edgar Amador Zamora, habló.',
      'Edgar Amador Zamora',
      'secretario de Hacienda',
      'MX',
    ],
    [
      'es',
      'Lo anunció la gobernadora de Chihuahua, Maru Campos.',
      'Maru Campos',
      'gobernadora de Chihuahua',
      null,
    ],
    [
      'es',
      'Habló el embajador de Estados Unidos en México, Ronald Johnson.',
      'Ronald Johnson',
      'embajador de Estados Unidos en México',
      'US',
    ],
    [
      'es',
      'El secretario de Marina, almirante Pedro Ramírez, llegó.',
      'Pedro Ramírez',
      'secretario de Marina',
      null,
    ],
    ['en', 'Secretary of State Marco Rubio spoke.', 'Marco Rubio', 'Secretary of State', 'US'],
    [
      'en',
      'They met Laura Velázquez, Executive Secretary of the National Public Security System, in Mexico.',
      'Laura Velázquez',
      'Executive Secretary of the National Public Security System',
      'MX',
    ],
    [
      'en',
      "Mexico's Ambassador to the United States Juan Pérez arrived.",
      'Juan Pérez',
      "Mexico's Ambassador to the United States",
      'MX',
    ],
  ] as const)('%s: %s', (language, text, name, title, country) => {
    const found = people(text, language).find((person) => person.name === name);
    expect(found).toMatchObject({ full: true, title, country });
  });

  it.each([
    ['en', 'General', 'Secretary of National Defense General Luis Rodríguez spoke.', 'Luis Rodríguez'],
    ['es', 'general', 'El secretario, general Luis Rodríguez, habló.', 'Luis Rodríguez'],
    ['en', 'Dr.', 'Advisor Dr. Ana Torres spoke.', 'Ana Torres'],
  ] as const)('%s: "%s" is an honorific', (language, honorific, text, name) => {
    expect(people(text, language).find((person) => person.name === name)?.honorifics).toEqual([honorific]);
  });

  it('gives a delegation list its country, and the host the other', () => {
    const text =
      'A U.S. delegation led by Advisor Ana Torres and Director Paul Smith was hosted by President Luis Herrera.';
    expect(people(text, 'en').map((person) => [person.name, person.country])).toEqual([
      ['Ana Torres', 'US'],
      ['Paul Smith', 'US'],
      ['Luis Herrera', 'MX'],
    ]);
  });

  it('keeps a surname after a title as a reference, not a full name', () => {
    expect(people('Lo dijo la presidenta Sheinbaum.', 'es')).toEqual([
      expect.objectContaining({ name: 'Sheinbaum', full: false, title: 'presidenta' }),
    ]);
  });

  it.each([
    ['en', 'U.S. and Mexico Strengthen Joint Action Against Organized Crime'],
    ['en', 'The Los Angeles Declaration on Migration guides the response.'],
    ['es', 'Los Gabinetes de Seguridad de México y Estados Unidos acordaron nuevas acciones.'],
    ['es', 'Visitaron el Centro de Operaciones de Tecnologías No Tripuladas (UTOC).'],
  ] as const)('finds no full name in %s: %s', (language, text) => {
    expect(people(text, language).filter((person) => person.full)).toEqual([]);
  });
});
