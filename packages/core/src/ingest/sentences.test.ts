import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'en',
      'Dr. Sherwood-Randall met the U.S. delegation. It went well.',
      ['Dr. Sherwood-Randall met the U.S. delegation.', 'It went well.'],
    ],
    [
      'en',
      'A headline without a stop\n\nThe text follows.',
      ['A headline without a stop', 'The text follows.'],
    ],
    [
      'es',
      'México y EE.UU. acordaron acelerar. La reunión fue en Washington D. C.',
      ['México y EE.UU. acordaron acelerar.', 'La reunión fue en Washington D. C.'],
    ],
    [
      'es',
      '¿Qué se acordó? El Sr. Pérez habló “claro”. Fin.',
      ['¿Qué se acordó?', 'El Sr. Pérez habló “claro”.', 'Fin.'],
    ],
    [
      'es',
      'Se reunieron el 3 de febrero. Luego, el día 4.',
      ['Se reunieron el 3 de febrero.', 'Luego, el día 4.'],
    ],
  ] as const)('%s: %s', (language, text, expected) => {
    const spans = splitSentences(text, language);
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(expected);
  });

  it('keeps offsets in UTF-16 code units, also after astral characters', () => {
    const text = 'El 🇲🇽 acuerdo se firmó. La reunión siguió.';
    const [, second] = splitSentences(text, 'es');
    expect(text.slice(second![0], second![1])).toBe('La reunión siguió.');
  });

  it('stops at the end of the statement proper', () => {
    const text = 'The statement.\n\nSHARE:\nTAGS:';
    expect(splitSentences(text, 'en', text.indexOf('SHARE'))).toEqual([[0, 14]]);
  });
});
