import { describe, expect, it } from 'vitest';
import { fixtureMatcher } from './test-support/fixture-kb.js';

interface Row {
  name: string;
  text: string;
  /** `[span text, agreement ids]` per agreement mention; empty when none may match. */
  expected: Array<[string, string[]]>;
}

const EXTRADITIONS = 'agreement/accelerate-extraditions';
const ARMS = 'agreement/arms-trafficking-actions';
const TARGETS = 'agreement/priority-targets-information';
const MEETINGS = 'agreement/periodic-meetings';

/** Words that are no concept, `length` characters with the space that ends them. */
const filler = (length: number) => `${'xxxxxxxxx '.repeat(length).slice(0, length - 1)} `;
/** The key words 150 characters apart, and the cue 240 after them: about as far as either may be. */
const FAR_PHRASE = filler(150 - 'accelerate '.length - 'extraditions'.length);
const FAR_CUE = filler(240);

function check(row: Row) {
  const mentions = fixtureMatcher.findMentions(row.text, { types: ['agreement'] });
  for (const mention of mentions) {
    expect(row.text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.entityId).toBe(mention.entityIds?.[0]);
  }
  expect(mentions.map((m) => [m.text, m.entityIds])).toEqual(row.expected);
}

describe('agreements reported in the page’s own words', () => {
  it.each<Row>([
    {
      name: 'agreed + accelerate extraditions (en)',
      text: 'Mexico and the United States agreed to accelerate extraditions.',
      expected: [['agreed to accelerate extraditions', [EXTRADITIONS]]],
    },
    {
      name: 'a synonym: speed up (en)',
      text: 'The two countries pledged to speed up extraditions of cartel leaders, officials in Washington said.',
      expected: [['pledged to speed up extraditions', [EXTRADITIONS]]],
    },
    {
      name: 'a cue after the key words (en)',
      text: 'Extraditions will be expedited, U.S. and Mexican officials said.',
      expected: [['Extraditions will be expedited', [EXTRADITIONS]]],
    },
    {
      name: 'acordaron reforzar … tráfico de armas (es)',
      text: 'México y Estados Unidos acordaron reforzar las acciones contra el tráfico de armas.',
      expected: [['acordaron reforzar las acciones contra el tráfico de armas', [ARMS]]],
    },
    {
      name: 'se comprometieron a agilizar las extradiciones (es)',
      text: 'Los gobiernos de México y EE.UU. se comprometieron a agilizar las extradiciones.',
      expected: [['se comprometieron a agilizar las extradiciones', [EXTRADITIONS]]],
    },
    {
      name: 'English words for an agreement whose key phrase is Spanish too',
      text: 'The U.S. and Mexico vowed to bolster joint measures against weapons smuggling.',
      expected: [['vowed to bolster joint measures against weapons smuggling', [ARMS]]],
    },
    {
      name: 'one sentence, two agreements (es)',
      text: 'México y Estados Unidos (EE.UU.) acordaron acelerar el intercambio de información sobre objetivos prioritarios y reforzar las acciones contra el tráfico de armas, durante la reunión.',
      expected: [
        [
          'acordaron acelerar el intercambio de información sobre objetivos prioritarios y reforzar las acciones contra el tráfico de armas',
          [TARGETS, ARMS],
        ],
      ],
    },
    {
      name: 'a long phrase said with most of its words (en)',
      text: 'U.S. and Mexican officials agreed to hold regular meetings of the bilateral working group.',
      expected: [['agreed to hold regular meetings of the bilateral working group', [MEETINGS]]],
    },
    {
      name: 'the country named in another sentence of the page (es)',
      text: 'La delegación mexicana viajó a Washington. Ambas partes acordaron acelerar las extradiciones.',
      expected: [['acordaron acelerar las extradiciones', [EXTRADITIONS]]],
    },
    {
      // Only the cue's sentence is delimited, and only where a phrase's head is in its reach: here
      // the head is 390 characters before the cue, as far as a match allows, and farther than the
      // other key word.
      name: 'a cue that reports key words far before it',
      text: `Mexico and the United States: accelerate ${FAR_PHRASE}extraditions${FAR_CUE}agreed.`,
      expected: [[`accelerate ${FAR_PHRASE}extraditions${FAR_CUE}agreed`, [EXTRADITIONS]]],
    },
    {
      name: 'a name before the key words stays a name',
      text: 'Mexico agreed with Omar García Harfuch to accelerate extraditions.',
      expected: [['to accelerate extraditions', [EXTRADITIONS]]],
    },
    {
      name: 'one agreement made, another ruled out in the same sentence (en)',
      text: 'Mexico and the United States agreed to accelerate extraditions, ruling out holding regular meetings of the bilateral working group.',
      expected: [['agreed to accelerate extraditions', [EXTRADITIONS]]],
    },
    {
      name: 'one agreement refused, another made in the same sentence (es)',
      text: 'México y Estados Unidos no acordaron mantener reuniones periódicas del grupo de trabajo, pero acordaron reforzar las acciones contra el tráfico de armas.',
      expected: [['acordaron reforzar las acciones contra el tráfico de armas', [ARMS]]],
    },
  ])('$name', check);
});

describe('sentences that must not be agreements', () => {
  it.each<Row>([
    {
      name: 'other countries (en)',
      text: 'France and Germany agreed to share information on arms trafficking.',
      expected: [],
    },
    {
      name: 'other countries on a page about Mexico (en)',
      text: 'Mexico and the United States met in Washington. France and Germany agreed to strengthen joint actions against arms trafficking.',
      expected: [],
    },
    {
      name: 'other countries (es)',
      text: 'Colombia y Ecuador acordaron reforzar las acciones contra el tráfico de armas.',
      expected: [],
    },
    {
      name: 'a mere mention of the topic (en)',
      text: 'Arms trafficking between Mexico and the United States remains a concern.',
      expected: [],
    },
    {
      name: 'a mere mention of the topic (es)',
      text: 'El tráfico de armas entre México y Estados Unidos sigue creciendo.',
      expected: [],
    },
    {
      name: 'no commitment cue (en)',
      text: 'Mexico and the United States discussed extraditions and how to accelerate them.',
      expected: [],
    },
    {
      name: 'cue and key words in different sentences (en)',
      text: 'Mexico and the US agreed to meet again. Extraditions were accelerated last year.',
      expected: [],
    },
    {
      name: 'half of a key phrase (en)',
      text: 'Mexico and the United States agreed to discuss arms.',
      expected: [],
    },
    {
      name: 'a page not about Mexico or the United States (en)',
      text: 'The two clubs agreed to accelerate extraditions of the data, the league said.',
      expected: [],
    },
  ])('$name', check);
});

describe('agreements and the types option', () => {
  it('finds no agreement when only officials are asked for', () => {
    const text = 'Mexico and the United States agreed to accelerate extraditions.';
    expect(fixtureMatcher.findMentions(text, { types: ['official'] })).toEqual([]);
  });
  it('returns agreements with names, in order and without overlap', () => {
    const text = 'Claudia Sheinbaum said Mexico and the United States agreed to accelerate extraditions.';
    const mentions = fixtureMatcher.findMentions(text);
    expect(mentions.map((m) => [m.type, m.text])).toEqual([
      ['official', 'Claudia Sheinbaum'],
      ['agreement', 'agreed to accelerate extraditions'],
    ]);
  });
});
