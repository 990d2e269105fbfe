import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile.js';
import { createMatcher } from './matcher.js';
import { fixtureEntities, fixtureMatcher } from './test-support/fixture-kb.js';

const GENERATIONAL_SUFFIX = /^\s*(?:jr|sr|ii|iii|iv)(?![\p{L}\p{N}])/iu;

const names = fixtureEntities.flatMap((entity) => entity.aliases.map((alias) => alias.text));
const pieces = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(
    ' ',
    '\n',
    '\n\n',
    '’s',
    "'",
    '.',
    ', ',
    '-',
    '–',
    '\u00a0',
    '\u200b',
    '\u200d',
    '\u0301',
    '\ufeff',
  ),
  fc.constantFrom('agreed to accelerate extraditions', 'acordaron reforzar', 'Mexico', 'Hunter', 'fentanyl'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('findMentions properties', () => {
  it('offsets are in range, equal the text, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const mentions = fixtureMatcher.findMentions(text);
        let previousEnd = 0;
        for (const mention of mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          previousEnd = mention.end;
        }
      }),
      // A given name that a middle name would join to the surnames, inside the candidate before.
      { numRuns: 500, examples: [['García HarfuchOmar García Harfuch']] },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(fixtureMatcher.findMentions(text)).toEqual(fixtureMatcher.findMentions(text));
      }),
      { numRuns: 200 },
    );
  });

  // A matcher learns characters as it meets them; what it finds must not depend on what it has met.
  it('is deterministic from a fresh matcher, whose first text teaches it new letters', () => {
    const compiled = compileMatcher(fixtureEntities);
    fc.assert(
      fc.property(texts, (text) => {
        const fresh = createMatcher({ entities: fixtureEntities, matcher: compiled });
        const first = fresh.findMentions(text);
        expect(fresh.findMentions(text)).toEqual(first);
      }),
      {
        numRuns: 100,
        examples: [
          [', Ⰰ\u200dMarcelo Ebrard Casaubón\u200bRoberto Velasco ÁlvarezJoe Biden'],
          ['Mexicofentanyl\ufeffĈᓵ🚐ɐố\u200dRosa Icela Rodríguez Velázquez\u200bBicentennial Framework'],
        ],
      },
    );
  });

  it('never throws on arbitrary Unicode: surrogates (paired or lone), marks, zero-width', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(Array.isArray(fixtureMatcher.findMentions(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a known full name wherever it is put between spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        // A generational suffix after it makes it a relative's name ("… Harfuch Jr"): see the news rows.
        fc.pre(!GENERATIONAL_SUFFIX.test(after));
        const text = `${before} Omar García Harfuch ${after}`;
        const start = before.length + 1;
        expect(
          fixtureMatcher
            .findMentions(text)
            .some((m) => m.start === start && m.text === 'Omar García Harfuch'),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// Text built only from names and separators, so that normalising it changes accents and nothing else.
const nameTexts = fc
  .array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(' ', '. ', ', ', '\n\n', ' y ', ' and ')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

describe('findMentions on decomposed and astral text', () => {
  const sameInBothForms = (text: string) => {
    const entities = (input: string) =>
      fixtureMatcher.findMentions(input).map((mention) => {
        expect(input.slice(mention.start, mention.end)).toBe(mention.text);
        return `${mention.type}:${mention.entityId}:${mention.text.normalize('NFC')}`;
      });
    expect(entities(text.normalize('NFD'))).toEqual(entities(text.normalize('NFC')));
  };

  it('finds the same entities in NFD text as in NFC text, with offsets on the NFD text', () => {
    fc.assert(fc.property(nameTexts, sameInBothForms), { numRuns: 300 });
  });

  it('reads a title-case line the same in both forms when its accents put NFD past the headline reach', () => {
    // Found by the property above: 200 characters in NFC, 203 in NFD.
    sameInBothForms(
      'Claudia Sheinbaum PardoClaudia Sheinbaum and Ojeda DuránU.S.-Mexico Bicentennial Framework for Security, ' +
        'Public Health, and Safe CommunitiesOmar García HarfuchGarcíaLuis Cresencio Sandoval González',
    );
  });

  it('never cuts a surrogate pair or leaves a combining mark behind a mention', () => {
    const astral = fc.constantFrom('😀', '𝐀', '👩‍⚖️', 'e\u0301', '\u0301', '\u0303\u0301', '\u200b', '\u200d');
    const mixed = fc
      .array(fc.oneof(fc.constantFrom(...names), astral, fc.constantFrom(' ', '. ')), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, (text) => {
        for (const { start, end } of fixtureMatcher.findMentions(text)) {
          expect(isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))).toBe(
            false,
          );
          expect(isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))).toBe(
            false,
          );
          // A mark after the last letter belongs to it: "Harfuch\u0301" is not the name "Harfuch".
          // (Variation selectors are left out: the matcher ignores them like zero-width characters.)
          expect(/^\p{M}/u.test(text.slice(end))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
