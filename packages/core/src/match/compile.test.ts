import { describe, expect, it } from 'vitest';
import type { Alias } from '../model.js';
import { compileMatcher } from './compile.js';
import { aliasVariants, caseRule } from './entity-patterns.js';
import { createMatcher } from './matcher.js';
import { CASE_ANY, CASE_CAPITALISED, CASE_EXACT } from './patterns.js';
import { fixtureEntities, fixtureKb } from './test-support/fixture-kb.js';

describe('aliasVariants', () => {
  it.each([
    { text: 'Omar García Harfuch', variants: ['omar garcia harfuch'] },
    { text: 'Lisa O. Monaco', variants: ['lisa o. monaco', 'lisa o monaco', 'lisa o.monaco'] },
    { text: 'EE.UU.', variants: ['ee.uu.', 'eeuu', 'ee. uu.'] },
    { text: 'Sherwood-Randall', variants: ['sherwood-randall', 'sherwood randall'] },
  ])('$text', ({ text, variants }) => {
    expect(aliasVariants(text).sort()).toEqual(variants.sort());
  });
});

describe('caseRule', () => {
  const alias = (text: string, kind: Alias['kind']): Alias => ({ text, kind, ambiguity: 'distinctive' });
  it.each([
    {
      name: 'several words: any case',
      alias: alias('Claudia Sheinbaum', 'given-first-surname'),
      rule: CASE_ANY,
    },
    { name: 'one word: capitalised', alias: alias('Sheinbaum', 'surname'), rule: CASE_CAPITALISED },
    {
      name: 'hyphenated surname: capitalised',
      alias: alias('Sherwood-Randall', 'surnames'),
      rule: CASE_CAPITALISED,
    },
    { name: 'acronym: exact', alias: alias('GIS', 'acronym'), rule: CASE_EXACT },
    {
      name: 'capitals without the acronym kind: exact',
      alias: alias('UTOC', 'short-name'),
      rule: CASE_EXACT,
    },
  ])('$name', ({ alias: a, rule }) => {
    expect(caseRule(a)).toBe(rule);
  });
});

describe('compileMatcher', () => {
  it('survives JSON and matches the same afterwards', () => {
    const revived = createMatcher({
      entities: fixtureEntities,
      matcher: JSON.parse(JSON.stringify(fixtureKb.matcher)),
    });
    const text = 'Claudia Sheinbaum y el GIS acordaron acelerar las extradiciones con EE.UU.';
    expect(revived.findMentions(text)).toEqual(createMatcher(fixtureKb).findMentions(text));
    expect(revived.findMentions(text).length).toBe(3);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compileMatcher(fixtureEntities))).toBe(JSON.stringify(fixtureKb.matcher));
  });

  it('compiles an empty knowledge base into a matcher that finds nothing', () => {
    expect(createMatcher({ entities: [], matcher: compileMatcher([]) }).findMentions('Sheinbaum')).toEqual(
      [],
    );
  });

  it('refuses a matcher compiled for other entities', () => {
    expect(() => createMatcher({ entities: fixtureEntities.slice(1), matcher: fixtureKb.matcher })).toThrow(
      /built for \d+ entities/,
    );
  });

  it('refuses a knowledge base without a compiled matcher', () => {
    const matcher = { format: 1 } as unknown as typeof fixtureKb.matcher;
    expect(() => createMatcher({ entities: [], matcher })).toThrow(/no compiled matcher/);
  });
});
