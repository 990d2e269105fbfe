import { knowledgeBase, viewKnowledgeBase } from '@enlace/core';
import { describe, expect, it } from 'vitest';
import { viewerUrl } from '../test-support/bilingual-browser.js';
import { type AgreementCard, buildCard, type OfficialCard } from './card-data.js';

const view = viewKnowledgeBase(knowledgeBase);

describe('the other agreements a sentence reports', () => {
  // "Both governments agreed to strengthen cooperation against arms trafficking and to share
  // intelligence on fentanyl precursors" reports these, the arms agreement first.
  const ids = [
    'agreement/2023-07-24-address-arms-trafficking',
    'agreement/2026-01-23-washington-d-c-share-information-exchange-security-actions',
    'agreement/2023-07-24-combat-drug-trafficking',
    'agreement/2025-02-27-washington-d-c-combat-drug-trafficking',
  ];

  it.each([
    {
      language: 'en' as const,
      also: ['Combat drug trafficking (July 24, 2023)', 'Combat drug trafficking (February 27, 2025)'],
    },
    {
      language: 'es' as const,
      also: [
        'Combatir el narcotráfico (24 de julio de 2023)',
        'Combatir el narcotráfico (27 de febrero de 2025)',
      ],
    },
  ])('tells the same commitment in two statements apart by its date ($language)', ({ language, also }) => {
    const card = buildCard(view, ids[0]!, 'agreed', { language, viewerUrl, entityIds: ids }) as AgreementCard;
    // A summary no other line shares is shown as it is.
    const shared = view.entity(ids[1]!);
    const alone = shared?.type === 'agreement' ? shared.summary[language] : '';
    expect(card.alsoAgreed.map((other) => other.summary)).toEqual([alone, ...also]);
  });
});

describe('an official’s roles', () => {
  it.each([
    {
      language: 'en' as const,
      roles: [
        [
          'senior director of Western Hemisphere Affairs of the National Security Council (NSC)',
          'Western Hemisphere Affairs of the National Security Council (NSC)',
        ],
      ],
    },
    // The title in Spanish, without the English organization beside it.
    { language: 'es' as const, roles: [['director principal de Asuntos del Hemisferio Occidental', '']] },
  ])('are told in the reader’s language, not in two at once ($language)', ({ language, roles }) => {
    const card = buildCard(view, 'official/juan-gonzalez', 'Juan González', {
      language,
      viewerUrl,
    }) as OfficialCard;
    expect(card.roles.map((role) => [role.title, role.organization])).toEqual(roles);
  });
});

describe('a card’s heading', () => {
  it.each([
    {
      id: 'framework/grupo-de-implementacion-de-seguridad',
      language: 'en' as const,
      name: 'Security Implementation Group',
    },
    {
      id: 'framework/grupo-de-implementacion-de-seguridad',
      language: 'es' as const,
      name: 'Grupo de Implementación de Seguridad',
    },
    {
      id: 'framework/bicentennial-framework',
      language: 'es' as const,
      name: 'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
    },
    {
      id: 'agreement/2026-01-23-washington-d-c-accelerate-extraditions',
      language: 'es' as const,
      name: 'Acelerar las extradiciones y los traslados de objetivos de alto valor',
    },
    { id: 'official/juan-gonzalez', language: 'es' as const, name: 'Juan González' },
  ])('is $id in the reader’s language ($language)', ({ id, language, name }) => {
    expect(buildCard(view, id, 'x', { language, viewerUrl })?.name).toBe(name);
  });
});
