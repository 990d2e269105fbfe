import type { KnowledgeBase, Source } from '@enlace/core';

const EN_TEXT =
  'Secretary of State Marco Rubio met Secretary of Security Omar García Harfuch in Mexico City. ' +
  'The delegations agreed to expand joint work against fentanyl trafficking under the Security Implementation Group.';
const ES_TEXT =
  'El secretario de Seguridad y Protección Ciudadana, Omar García Harfuch, recibió al secretario Marco Rubio. ' +
  'Ambas delegaciones acordaron ampliar el trabajo conjunto contra el tráfico de fentanilo.';

const span = (text: string, part: string, sourceId: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the fixture`);
  return { sourceId, start, end: start + part.length };
};

const sentences = (text: string): Array<[number, number]> => {
  const cut = text.indexOf('. ') + 1;
  return [
    [0, cut],
    [cut + 1, text.length],
  ];
};

const sources: Source[] = [
  {
    id: 'state-2025-09-03',
    title: 'Secretary Rubio’s Meeting with Mexican Security Officials',
    publisher: 'U.S. Department of State',
    date: '2025-09-03',
    language: 'en',
    url: 'https://www.state.gov/example',
    related: [],
    text: EN_TEXT,
    sentences: sentences(EN_TEXT),
  },
  {
    id: 'sspc-2025-09-03',
    title: 'Reunión de seguridad <b>México–EE. UU.</b>',
    publisher: 'SSPC',
    date: '2025-09-03',
    language: 'es',
    url: null,
    related: [],
    text: ES_TEXT,
    sentences: sentences(ES_TEXT),
  },
];

/** A hand-made knowledge base: two statements, an official, a framework and an agreement. */
export const fixtureKb = {
  format: 1,
  version: '0.0.0',
  builtAt: '2025-09-03',
  sources,
  entities: [
    {
      id: 'official/omar-garcia-harfuch',
      type: 'official',
      name: 'Omar García Harfuch',
      aliases: [],
      evidence: [
        span(EN_TEXT, 'Omar García Harfuch', 'state-2025-09-03'),
        span(ES_TEXT, 'Omar García Harfuch', 'sspc-2025-09-03'),
      ],
      sourceIds: ['state-2025-09-03', 'sspc-2025-09-03'],
      country: 'MX',
      roles: [
        {
          title: 'Secretary of Security',
          titleLanguage: 'en',
          titles: { en: 'Secretary of Security', es: 'Secretario de Seguridad' },
          organization: null,
          date: '2025-09-03',
          evidence: [span(EN_TEXT, 'Secretary of Security', 'state-2025-09-03')],
        },
        {
          title: 'secretario de Seguridad y Protección Ciudadana',
          titleLanguage: 'es',
          titles: {
            en: 'Secretary of Security and Citizen Protection',
            es: 'secretario de Seguridad y Protección Ciudadana',
          },
          organization: 'SSPC',
          date: '2025-10-01',
          evidence: [span(ES_TEXT, 'secretario de Seguridad y Protección Ciudadana', 'sspc-2025-09-03')],
        },
      ],
    },
    {
      id: 'framework/security-implementation-group',
      type: 'framework',
      name: 'Security Implementation Group',
      aliases: [],
      evidence: [span(EN_TEXT, 'Security Implementation Group', 'state-2025-09-03')],
      sourceIds: ['state-2025-09-03'],
      kind: 'group',
      names: { en: 'Security Implementation Group', es: 'Grupo de Implementación de Seguridad' },
      acronyms: [],
      country: 'binational',
      dates: [{ event: 'installed', date: '2025-09', evidence: [] }],
    },
    {
      id: 'agreement/fentanyl-joint-work',
      type: 'agreement',
      name: 'Joint work against fentanyl trafficking',
      aliases: [],
      evidence: [
        span(EN_TEXT, 'agreed to expand joint work against fentanyl trafficking', 'state-2025-09-03'),
        span(
          ES_TEXT,
          'acordaron ampliar el trabajo conjunto contra el tráfico de fentanilo',
          'sspc-2025-09-03',
        ),
      ],
      sourceIds: ['state-2025-09-03', 'sspc-2025-09-03'],
      summary: {
        en: 'Expand joint work against fentanyl trafficking.',
        es: 'Ampliar el trabajo conjunto contra el tráfico de fentanilo.',
      },
      parties: ['MX', 'US'],
      date: '2025-09-03',
      eventId: 'event/2025-09-03-mexico-city',
      frameworkId: 'framework/security-implementation-group',
      keyPhrases: { en: ['fentanyl'], es: ['fentanilo'] },
    },
    {
      id: 'agreement/meet-regularly',
      type: 'agreement',
      name: 'Meet regularly',
      aliases: [],
      evidence: [],
      sourceIds: [],
      summary: { en: 'Meet every three months.', es: 'Reunirse cada tres meses.' },
      parties: ['MX', 'US'],
      date: '2025-09-03',
      eventId: null,
      frameworkId: null,
      keyPhrases: { en: ['meet regularly'], es: ['reunirse periódicamente'] },
    },
  ],
  events: [
    {
      id: 'event/2025-09-03-mexico-city',
      name: { en: 'Security meeting in Mexico City', es: 'Reunión de seguridad en la Ciudad de México' },
      date: '2025-09-03',
      place: 'Mexico City',
      sourceIds: ['state-2025-09-03', 'sspc-2025-09-03'],
      participantIds: ['official/omar-garcia-harfuch'],
    },
  ],
} as unknown as KnowledgeBase;
