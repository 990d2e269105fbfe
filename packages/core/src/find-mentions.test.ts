import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions.js';
import knowledgeBase from './generated/kb-data.js';

/**
 * The matcher on the knowledge base the build ships: the rules tested on fixtures in src/match hold
 * on the real aliases, ambiguity marks and key phrases too.
 */

const ids = new Set(knowledgeBase.entities.map((entity) => entity.id));

describe('findMentions on the bundled knowledge base', () => {
  it.each([
    {
      name: 'full names in Spanish',
      text: 'La presidenta Claudia Sheinbaum habló con el secretario Omar García Harfuch sobre el fentanilo.',
      expected: [
        ['Claudia Sheinbaum', 'official/claudia-sheinbaum'],
        ['Omar García Harfuch', 'official/omar-garcia-harfuch'],
      ],
    },
    {
      name: 'a shared surname after the full name',
      text: 'Ken Salazar, the U.S. ambassador, met Marcelo Ebrard. Salazar said so.',
      expected: [
        ['Ken Salazar', 'official/kenneth-salazar'],
        ['Marcelo Ebrard', 'official/marcelo-ebrard-casaubon'],
        ['Salazar', 'official/kenneth-salazar'],
      ],
    },
    {
      name: 'a longer name that contains a known surname',
      text: 'Luis Cresencio Sandoval González habló sobre el fentanilo.',
      expected: [['Luis Cresencio Sandoval González', 'official/luis-cresencio-sandoval-gonzalez']],
    },
    { name: 'a sports page', text: 'Juan González scored twice for Cruz Azul.', expected: [] },
    {
      name: 'a travel page',
      text: 'Monaco hosts the Grand Prix. The casinos of Monaco glitter.',
      expected: [],
    },
    { name: 'another Biden', text: 'Hunter Biden testified.', expected: [] },
    {
      name: 'other countries',
      text: 'France and Germany agreed to share information on arms trafficking.',
      expected: [],
    },
    {
      name: 'generic framework words',
      text: 'the EU–China High-Level Dialogue and a new framework',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    const mentions = findMentions(text);
    for (const [, id] of expected) expect(ids.has(id!)).toBe(true);
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual(expected);
  });

  it.each([
    {
      text: 'Mexico and the United States agreed to accelerate extraditions.',
      span: 'agreed to accelerate extraditions',
    },
    {
      text: 'México y Estados Unidos acordaron reforzar las acciones contra el tráfico de armas.',
      span: 'acordaron reforzar las acciones contra el tráfico de armas',
    },
  ])('reports the agreement in "$span"', ({ text, span }) => {
    const [mention, ...rest] = findMentions(text);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ type: 'agreement', text: span });
    expect(knowledgeBase.entities.find((entity) => entity.id === mention!.entityId)?.type).toBe('agreement');
  });

  it('finds every source statement’s officials in the statement itself', () => {
    for (const source of knowledgeBase.sources) {
      const found = new Set(findMentions(source.text).map((m) => m.entityId));
      const officials = knowledgeBase.entities.filter(
        (entity) => entity.type === 'official' && entity.sourceIds.includes(source.id),
      );
      for (const official of officials)
        expect([source.id, found.has(official.id)]).toEqual([source.id, true]);
    }
  });
});
