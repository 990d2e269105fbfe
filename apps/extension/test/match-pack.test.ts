// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { type CompiledMatcher, createMatcher, knowledgeBase } from '@enlace/core';
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

  it('refuses numbers that do not add up rather than build a wrong matcher', () => {
    expect(() => unpackMatchData({ ...packed, numbers: packed.numbers.slice(0, -3) })).toThrow(/match data/);
    expect(() => unpackMatchData({ ...packed, numbers: `${packed.numbers}(` })).toThrow(/left over/);
  });

  it('compresses to well under what the same data does as JSON', () => {
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    expect(gzip(packed)).toBeLessThan(gzip(data) * 0.7);
  });
});
