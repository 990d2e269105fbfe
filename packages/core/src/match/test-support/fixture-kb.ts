import type {
  Agreement,
  Alias,
  AliasAmbiguity,
  AliasKind,
  Country,
  Entity,
  Framework,
  Official,
} from '../../model.js';
import { compileMatcher } from '../compile.js';
import { createMatcher, type Matcher } from '../matcher.js';

/**
 * A small hand-written knowledge base for the matcher's tests, modelled on the seed statements: the
 * naming forms and ambiguities the press produces, without depending on the ingest pipeline.
 */

type AliasSpec = [text: string, kind: AliasKind, ambiguity?: AliasAmbiguity, language?: 'en' | 'es'];

const aliases = (specs: AliasSpec[]): Alias[] =>
  specs.map(([text, kind, ambiguity = 'distinctive', language]) => ({
    text,
    kind,
    ambiguity,
    ...(language ? { language } : {}),
  }));

const official = (slug: string, country: Country, specs: AliasSpec[]): Official => ({
  id: `official/${slug}`,
  type: 'official',
  name: specs[0]![0],
  aliases: aliases(specs),
  evidence: [],
  sourceIds: [],
  country,
  roles: [],
});

const framework = (slug: string, specs: AliasSpec[]): Framework => ({
  id: `framework/${slug}`,
  type: 'framework',
  name: specs[0]![0],
  aliases: aliases(specs),
  evidence: [],
  sourceIds: [],
  kind: 'framework',
  names: {},
  acronyms: [],
  country: 'binational',
  dates: [],
});

const agreement = (slug: string, en: string[], es: string[]): Agreement => ({
  id: `agreement/${slug}`,
  type: 'agreement',
  name: en[0]!,
  aliases: [],
  evidence: [],
  sourceIds: [],
  summary: { en: en[0]!, es: es[0]! },
  parties: ['MX', 'US'],
  date: '2026-01-23',
  eventId: null,
  frameworkId: null,
  keyPhrases: { en, es },
});

export const fixtureEntities: Entity[] = [
  official('claudia-sheinbaum', 'MX', [
    ['Claudia Sheinbaum Pardo', 'full-name'],
    ['Claudia Sheinbaum', 'given-first-surname'],
    ['Sheinbaum', 'surname'],
    ['President Sheinbaum', 'title-surname', 'distinctive', 'en'],
    ['presidenta Sheinbaum', 'title-surname', 'distinctive', 'es'],
  ]),
  official('omar-garcia-harfuch', 'MX', [
    ['Omar García Harfuch', 'full-name'],
    ['García Harfuch', 'surnames'],
    ['Harfuch', 'surname'],
    ['García', 'surname', 'needs-full-name'],
  ]),
  official('juan-gonzalez', 'US', [
    ['Juan González', 'full-name', 'needs-domain'],
    ['González', 'surname', 'needs-full-name'],
  ]),
  official('luis-cresencio-sandoval', 'MX', [
    ['Luis Cresencio Sandoval González', 'full-name'],
    ['Luis Cresencio Sandoval', 'given-first-surname'],
    ['Sandoval', 'surname', 'needs-full-name'],
  ]),
  official('lisa-monaco', 'US', [
    ['Lisa O. Monaco', 'full-name'],
    ['Lisa Monaco', 'given-first-surname'],
    ['Monaco', 'surname', 'needs-full-name'],
  ]),
  official('ken-salazar', 'US', [
    ['Kenneth Salazar', 'full-name'],
    ['Ken Salazar', 'name'],
    ['Salazar', 'surname', 'needs-full-name'],
    ['Ambassador Salazar', 'title-surname', 'distinctive', 'en'],
  ]),
  official('joe-biden', 'US', [
    ['Joseph Biden', 'full-name'],
    ['Joe Biden', 'name'],
    ['Biden', 'surname'],
  ]),
  official('roberto-velasco', 'MX', [
    ['Roberto Velasco Álvarez', 'full-name'],
    ['Roberto Velasco', 'given-first-surname', 'needs-domain'],
    ['Velasco', 'surname', 'needs-full-name'],
  ]),
  official('rafael-ojeda', 'MX', [
    ['José Rafael Ojeda Durán', 'full-name'],
    ['Rafael Ojeda', 'given-first-surname'],
    ['Ojeda Durán', 'surnames'],
  ]),
  official('marcelo-ebrard', 'MX', [
    ['Marcelo Ebrard Casaubón', 'full-name'],
    ['Marcelo Ebrard', 'given-first-surname'],
    ['Ebrard Casaubón', 'surnames'],
    ['Ebrard', 'surname'],
    ['canciller Ebrard', 'title-surname', 'distinctive', 'es'],
  ]),
  official('rahul-gupta', 'US', [
    ['Rahul Gupta', 'full-name'],
    ['Gupta', 'surname', 'needs-full-name'],
  ]),
  official('elizabeth-sherwood-randall', 'US', [
    ['Elizabeth Sherwood-Randall', 'full-name'],
    ['Sherwood-Randall', 'surnames'],
  ]),
  official('raymundo-pedro-morales', 'MX', [
    ['Raymundo Pedro Morales Ángeles', 'full-name'],
    ['Raymundo Pedro Morales', 'given-first-surname'],
    ['Morales', 'surname', 'needs-full-name'],
  ]),
  official('rosa-icela-rodriguez', 'MX', [
    ['Rosa Icela Rodríguez Velázquez', 'full-name'],
    ['Rosa Icela Rodríguez', 'given-first-surname'],
    ['Rodríguez', 'surname', 'needs-full-name'],
  ]),
  // An official who holds an elected post.
  official('samuel-ruiz', 'MX', [
    ['Samuel Ruiz', 'name'],
    ['Ruiz', 'surname', 'needs-full-name'],
    ['gobernador Ruiz', 'title-surname', 'distinctive', 'es'],
  ]),
  framework('bicentennial-framework', [
    [
      'U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities',
      'name',
      'distinctive',
      'en',
    ],
    ['Bicentennial Framework', 'short-name', 'distinctive', 'en'],
    [
      'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
      'name',
      'distinctive',
      'es',
    ],
    ['Entendimiento Bicentenario', 'short-name', 'distinctive', 'es'],
  ]),
  framework('security-implementation-group', [
    ['Security Implementation Group', 'name', 'distinctive', 'en'],
    ['Grupo de Implementación de Seguridad', 'name', 'distinctive', 'es'],
    ['GIS', 'acronym', 'distinctive', 'es'],
    ['high-level implementation group', 'name', 'distinctive', 'en'],
  ]),
  framework('high-level-security-dialogue', [
    ['High-Level Security Dialogue', 'name', 'distinctive', 'en'],
    ['Diálogo de Alto Nivel sobre Seguridad', 'name', 'distinctive', 'es'],
  ]),
  agreement(
    'accelerate-extraditions',
    ['accelerate extraditions', 'accelerate the transfers of high-value targets'],
    ['acelerar las extradiciones', 'acelerar los traslados de objetivos de alto valor'],
  ),
  agreement(
    'arms-trafficking-actions',
    ['strengthen joint actions against arms trafficking'],
    [
      'reforzar las acciones contra el tráfico de armas',
      'fortalecer las acciones conjuntas contra el tráfico de armas',
    ],
  ),
  agreement(
    'priority-targets-information',
    ['accelerate the exchange of information on priority targets'],
    ['acelerar el intercambio de información sobre objetivos prioritarios'],
  ),
  agreement(
    'periodic-meetings',
    ['hold periodic meetings of the high-level bilateral security working group'],
    ['mantener reuniones periódicas del grupo de trabajo de seguridad binacional de alto nivel'],
  ),
];

export const fixtureKb = { entities: fixtureEntities, matcher: compileMatcher(fixtureEntities) };

export const fixtureMatcher: Matcher = createMatcher(fixtureKb);
