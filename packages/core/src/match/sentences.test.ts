import { describe, expect, it } from 'vitest';
import { lineAround, sentenceAround } from './sentences.js';

/** Splits a text by asking for the sentence around each position, the way the matcher uses it. */
const split = (text: string) => {
  const sentences: string[] = [];
  for (let position = 0; position < text.length; ) {
    const [start, end] = sentenceAround(text, position);
    expect(start).toBeLessThanOrEqual(position);
    expect(end).toBeGreaterThan(position);
    sentences.push(text.slice(start, end).trim());
    position = end;
  }
  return sentences;
};

describe('sentenceAround', () => {
  it.each([
    { name: 'two sentences (en)', text: 'They met. They agreed.', sentences: ['They met.', 'They agreed.'] },
    {
      name: 'question and answer (es)',
      text: '¿Qué acordaron? Acelerar.',
      sentences: ['¿Qué acordaron?', 'Acelerar.'],
    },
    {
      name: 'an initial',
      text: 'Lisa O. Monaco spoke. Then.',
      sentences: ['Lisa O. Monaco spoke.', 'Then.'],
    },
    {
      name: 'U.S. inside a sentence',
      text: 'The U.S. Congress acted. Fine.',
      sentences: ['The U.S. Congress acted.', 'Fine.'],
    },
    {
      name: 'D.C. inside a sentence',
      text: 'En Washington, D.C. se pactaron acciones.',
      sentences: ['En Washington, D.C. se pactaron acciones.'],
    },
    {
      name: 'EE.UU. inside a sentence (es)',
      text: 'México y EE.UU. acordaron. Bien.',
      sentences: ['México y EE.UU. acordaron.', 'Bien.'],
    },
    {
      name: 'a title abbreviation',
      text: 'Dr. Sherwood-Randall led. Yes.',
      sentences: ['Dr. Sherwood-Randall led.', 'Yes.'],
    },
    {
      name: 'a closing quote',
      text: '“We agreed.” Then they left.',
      sentences: ['“We agreed.”', 'Then they left.'],
    },
    {
      name: 'a line break ends a headline',
      text: 'Headline without period\nBody text.',
      sentences: ['Headline without period', 'Body text.'],
    },
    { name: 'lower case after a period does not split', text: 'approx. five', sentences: ['approx. five'] },
    {
      name: 'a decimal number',
      text: 'It costs $3.4 billion. Yes.',
      sentences: ['It costs $3.4 billion.', 'Yes.'],
    },
  ])('$name', ({ text, sentences }) => {
    expect(split(text)).toEqual(sentences);
  });

  it('finds the same sentence from any position inside it', () => {
    const text = 'One. Two three. Four.';
    for (let p = 5; p < 16; p++) expect(sentenceAround(text, p)).toEqual([5, 16]);
  });
});

describe('lineAround', () => {
  const text = 'Marcelo Ebrard spoke.\nLa calle Ebrard fue cerrada.\nFin';
  const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
  it.each([
    {
      name: 'the whole line, within reach',
      span: at('calle'),
      reach: 100,
      line: 'La calle Ebrard fue cerrada.',
    },
    { name: 'cut at the reach on both sides', span: at('calle'), reach: 2, line: 'a calle E' },
    { name: 'the first line', span: at('spoke'), reach: 100, line: 'Marcelo Ebrard spoke.' },
    { name: 'the last line, to the end of the text', span: at('Fin'), reach: 100, line: 'Fin' },
  ])('$name', ({ span: [start, end], reach, line }) => {
    const [from, to] = lineAround(text, start, end, reach);
    expect(text.slice(from, to)).toBe(line);
  });
});
