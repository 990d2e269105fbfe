// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { type CompiledMatcher, createMatcher, type Entity, knowledgeBase } from '@enlace/core';
import { describe, expect, it } from 'vitest';
import { matchData } from '../scripts/match-data.js';
import { packMatchData, unpackMatchData } from '../src/match-pack.js';
import { asOnPage } from '../src/test-support/as-on-page.js';

const data = matchData(knowledgeBase.entities);
const packed = packMatchData(data);

describe('packed match data', () => {
  it('unpacks to exactly the entities and compiled matcher it was packed from', () => {
    expect(unpackMatchData(packed)).toStrictEqual(data);
  });

  it('finds the same mentions as the whole knowledge base in every statement of the corpus', () => {
    const unpacked = createMatcher(unpackMatchData(packed));
    const whole = createMatcher(knowledgeBase);
    let mentions = 0;
    for (const source of knowledgeBase.sources) {
      for (const lang of [undefined, source.language]) {
        const found = unpacked.findMentions(source.text, { lang });
        expect(found).toEqual(asOnPage(whole.findMentions(source.text, { lang }), knowledgeBase.entities));
        mentions += found.length;
      }
    }
    expect(mentions).toBeGreaterThan(100);
  });

  it('lays out a trie of its own as the core does: breadth-first, children in code order, numbers of any size', () => {
    // Keys "b", "ab" and "ac": the root's children a, b; a's children b, c.
    const matcher: CompiledMatcher = {
      format: 1,
      entityCount: 0,
      childCounts: [2, 2, 0, 0, 0],
      labels: 'abbc',
      acceptStates: [2, 3, 4],
      acceptFirst: [0, 1, 3, 4],
      patterns: [0, 41, 42, 9, 1763, 1764, 8, 0, 0, 3, 74_088, 2 ** 40],
      agreementPhrases: [0, 1, 2, 3, 4],
    };
    const small = { entities: [], matcher };
    expect(unpackMatchData(packMatchData(small))).toStrictEqual(small);
  });

  // "Mexico" folds to the key of a country term: one state, the name's pattern first.
  const monaco: Entity = {
    id: 'official/lisa-monaco',
    type: 'official',
    name: 'Lisa O. Monaco',
    aliases: [
      { text: 'Lisa O. Monaco', kind: 'full-name', ambiguity: 'distinctive' },
      { text: 'Mexico', kind: 'surname', ambiguity: 'needs-full-name' },
    ],
    evidence: [],
    sourceIds: [],
    country: 'US',
    roles: [],
  };

  it('ships the names as their aliases only, and derives their keys again, next to a word list’s on the same key', () => {
    const own = matchData([monaco]);
    const packedOwn = packMatchData(own);
    expect(unpackMatchData(packedOwn)).toStrictEqual(own);
    expect(packedOwn.text).toContain('Lisa O. Monaco\n');
    // Its folded variants ("lisa o monaco", "lisa o.monaco") are not shipped; the country term is.
    expect(packedOwn.text).not.toMatch(/lisa o/);
    // And the case this test is for is there: a state holding the name's pattern and a word list's.
    const { acceptFirst, patterns } = own.matcher;
    // The low three bits of a pattern's flags are its class; 0 is a name (see core's patterns.ts).
    const classes = (i: number) =>
      patterns
        .filter((_, k) => k % 3 === 0 && k >= acceptFirst[i]! * 3 && k < acceptFirst[i + 1]! * 3)
        .map((flags) => flags & 7);
    const shared = acceptFirst
      .slice(0, -1)
      .findIndex((_, i) => classes(i)[0] === 0 && classes(i).some((c) => c !== 0));
    expect(shared).toBeGreaterThanOrEqual(0);
  });

  it.each([
    {
      name: 'an alias added',
      alias: { text: 'Lisa Monaco', kind: 'given-first-surname', ambiguity: 'distinctive' },
    },
    {
      name: 'an alias now an acronym',
      alias: { text: 'Mexico', kind: 'acronym', ambiguity: 'needs-full-name' },
    },
  ] as const)('refuses to pack a matcher compiled from other aliases ($name)', ({ alias }) => {
    const own = matchData([monaco]);
    const [entity] = own.entities;
    const changed = { ...own, entities: [{ ...entity!, aliases: [entity!.aliases[0]!, alias] }] };
    expect(() => packMatchData(changed)).toThrow(/match data: (no state|the patterns)/);
  });

  it('ships no ids, since they follow from the order, and refuses entities named otherwise', () => {
    const own = matchData([monaco]);
    expect(packMatchData(own).text.split('\n')[0]).toBe('Lisa O. Monaco');
    const renamed = { ...own, entities: [{ ...own.entities[0]!, id: monaco.id }] };
    expect(() => packMatchData(renamed)).toThrow(/entity 0 is not named 0/);
  });

  it('refuses numbers that do not add up rather than build a wrong matcher', () => {
    expect(() => unpackMatchData({ ...packed, numbers: packed.numbers.slice(0, -3) })).toThrow(/match data/);
    expect(() => unpackMatchData({ ...packed, numbers: `${packed.numbers}(` })).toThrow(/left over/);
  });

  it('compresses to well under what the same data does as JSON', () => {
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    expect(gzip(packed)).toBeLessThan(gzip(data) * 0.7);
  });
});
