import { describe, expect, it } from 'vitest';
import { languageOfTag } from './language-tag.js';

describe('languageOfTag', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['es_MX', 'es'],
    [' es ', 'es'],
    ['est', undefined],
    ['eng', undefined],
    ['fr-CA', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('reads %j as %j', (tag, expected) => {
    expect(languageOfTag(tag)).toBe(expected);
  });
});
