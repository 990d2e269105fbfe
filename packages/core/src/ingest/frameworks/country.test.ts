import { describe, expect, it } from 'vitest';
import type { Statement } from '../../corpus/statement.js';
import type { Language } from '../../model.js';
import { prepareStatement } from '../prepare.js';
import { extractFrameworks, firstSubject, headAndComplement, subjectCuts } from './extract.js';

const statement = (text: string, language: Language): Statement => ({
  file: 'statement.md',
  id: 'statement',
  title: 'A statement',
  publisher: 'A ministry',
  date: '2024-05-02',
  language,
  url: null,
  related: [],
  text,
  bodyEnd: text.length,
  fieldLines: {},
});

const frameworksOf = (text: string, language: Language) =>
  extractFrameworks([prepareStatement(statement(text, language))], []);

/** Whose instrument a statement's one framework is, read from the sentence that names it. */
describe('a framework’s country', () => {
  it.each([
    {
      name: 'a declaration guided by a region-wide response',
      lang: 'en',
      text: 'The leaders committed to forge a region-wide response, guided by the Caracas Declaration on Refugees.',
      country: 'multilateral',
    },
    {
      name: 'a compact adopted at the Summit of the Americas',
      lang: 'en',
      text: 'Mexico endorsed the Panama Compact on Mobility, adopted at the Summit of the Americas.',
      country: 'multilateral',
    },
    {
      name: 'a hemispheric declaration, in Spanish',
      lang: 'es',
      text: 'Ambos gobiernos respaldaron la Declaración de Quito sobre Movilidad Humana, de alcance hemisférico.',
      country: 'multilateral',
    },
    {
      name: 'a bilateral framework',
      lang: 'en',
      text: 'Both countries reviewed progress under the Panama Framework for Border Security.',
      country: 'binational',
    },
    {
      name: 'a bilateral group, in Spanish',
      lang: 'es',
      text: 'Los dos países instalaron el Grupo Bilateral de Seguridad Portuaria.',
      country: 'binational',
    },
    {
      name: 'one country’s strategy',
      lang: 'en',
      text: 'The United States released its National Port Security Strategy in April.',
      country: 'US',
    },
  ] as const)('$lang: $name', ({ text, lang, country }) => {
    expect(frameworksOf(text, lang).map((framework) => framework.country)).toEqual([country]);
  });
});

/** The short form a Spanish name is given again by, only where the page names it in full. */
describe('a framework’s head and first complement', () => {
  it.each([
    {
      text: 'Ambos países instalaron el Grupo de Implementación de Seguridad en septiembre.',
      short: ['Grupo de Implementación', 'Grupo de Implementacion'],
    },
    {
      text: 'Ambos países firmaron el Programa de Cooperación sobre Seguridad Fronteriza en 2024.',
      short: ['Programa de Cooperación', 'Programa de Cooperacion'],
    },
    // A place's name, article and all, is no complement to cut at.
    {
      text: 'Ambos países respaldaron la Declaración de Los Ángeles sobre Migración y Protección.',
      short: [],
    },
    {
      text: 'Ambos países celebraron el Diálogo de Alto Nivel sobre Seguridad en octubre.',
      short: ['Diálogo de Alto Nivel', 'Dialogo de Alto Nivel'],
    },
    { text: 'Ambos países adoptaron la Estrategia Nacional de Control de Drogas.', short: [] },
  ])('$text', ({ text, short }) => {
    const [framework] = frameworksOf(text, 'es');
    const found = framework!.aliases.filter((alias) => alias.ambiguity === 'needs-full-name');
    expect(found.map((alias) => alias.text)).toEqual(short);
    for (const alias of found) expect(alias.kind).toBe('short-name');
  });
});

describe('firstSubject', () => {
  it.each([
    [
      'Bicentennial Framework for Security, Public Health, and Safe Communities',
      'Bicentennial Framework for Security',
    ],
    [
      'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
      'Entendimiento Bicentenario sobre Seguridad',
    ],
    [
      'Programa de Cooperación sobre Seguridad Fronteriza y Aplicación de la Ley',
      'Programa de Cooperación sobre Seguridad Fronteriza',
    ],
    ['Los Angeles Declaration on Migration and Protection', 'Los Angeles Declaration on Migration'],
    ['Declaración de Los Ángeles sobre Migración y Protección', 'Declaración de Los Ángeles sobre Migración'],
    ['Grupo de Implementación de Seguridad', null],
    ['High-Level Security Dialogue', null],
    ['Act on Guns and Drugs', null],
    ['Programa de Cooperación sobre la Seguridad y la Salud', null],
    ['Strategy for the Security and Prosperity of the Americas', null],
  ])('%s → %s', (name, short) => {
    expect(firstSubject(name)).toBe(short);
  });
});

describe('subjectCuts', () => {
  it.each([
    [
      'Bicentennial Framework for Security, Public Health, and Safe Communities',
      'en',
      ['Bicentennial Framework for Security', 'Bicentennial Security Framework'],
    ],
    [
      'Los Angeles Declaration on Migration and Protection',
      'en',
      ['Los Angeles Declaration on Migration', 'Los Angeles Migration Declaration'],
    ],
    // Spanish keeps the subject after the head; two subject words do not move.
    [
      'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
      'es',
      ['Entendimiento Bicentenario sobre Seguridad'],
    ],
    ['National Plan of Security, Health and Trade', 'en', ['National Plan of Security']],
    ['Strategic Framework for Border Security and Trade', 'en', ['Strategic Framework for Border Security']],
    ['High-Level Security Dialogue', 'en', []],
  ] as const)('%s (%s) → %j', (name, language, cuts) => {
    expect(subjectCuts(name, language)).toEqual(cuts);
  });
});

describe('headAndComplement', () => {
  it.each([
    ['Grupo de Implementación de Seguridad', 'Grupo de Implementación'],
    ['Diálogo de Alto Nivel sobre Seguridad', 'Diálogo de Alto Nivel'],
    ['Diálogo de Alto Nivel en Seguridad', 'Diálogo de Alto Nivel'],
    ['Declaración de Los Ángeles sobre Migración y Protección', null],
    ['Estrategia Nacional de Control de Drogas', null],
    ['Grupo de Implementación', null],
    ['Programa de cooperación técnica de Seguridad', null],
    ['Plan de Acción Conjunta Regional contra el Tráfico', null],
  ])('%s → %s', (name, short) => {
    expect(headAndComplement(name)).toBe(short);
  });
});
