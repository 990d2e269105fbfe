// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createMatcher, knowledgeBase } from '@enlace/core';
import { describe, expect, it } from 'vitest';
import { matchData } from '../scripts/match-data.js';
import { asOnPage } from '../src/test-support/as-on-page.js';

// The demo articles' text, tags dropped: realistic pages with every kind of mention.
const article = (name: string) =>
  readFileSync(new URL(`../demo/${name}`, import.meta.url), 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the content script’s match data', () => {
  // Unaccented too: the accent-only variants of aliases are left out of the match data.
  it.each([
    ['en.html', false],
    ['es.html', false],
    ['es.html', true],
  ])('finds exactly what the whole knowledge base finds in %s (unaccented: %s)', (name, unaccented) => {
    const text = unaccented ? article(name).normalize('NFD').replace(/\p{M}/gu, '') : article(name);
    const slim = createMatcher(matchData(knowledgeBase.entities)).findMentions(text);
    expect(slim.length).toBeGreaterThan(5);
    expect(slim.some((mention) => mention.type === 'agreement')).toBe(true);
    expect(slim).toEqual(asOnPage(createMatcher(knowledgeBase).findMentions(text), knowledgeBase.entities));
  });

  it('knows whose each framework is, so another country’s dialogue of the same name is not ours', () => {
    const slim = createMatcher(matchData(knowledgeBase.entities));
    const names = (text: string) => slim.findMentions(text).map((mention) => mention.text);
    expect(names('Canada and the U.S. held a High-Level Security Dialogue in Ottawa.')).toEqual([]);
    expect(names('Mexico and the U.S. held a High-Level Security Dialogue in Ottawa.')).toEqual([
      'High-Level Security Dialogue',
    ]);
    expect(names('The U.S. and Guatemala reaffirmed the Los Angeles Declaration.')).toEqual([
      'Los Angeles Declaration',
    ]);
  });

  it('knows a Mexican official’s country, so the second surname a page adds is part of the name', () => {
    const slim = createMatcher(matchData(knowledgeBase.entities));
    const names = (text: string) => slim.findMentions(text).map((mention) => mention.text);
    expect(
      names('La presidenta Claudia Sheinbaum Pardo habló del tráfico de armas con Joe Biden Jr.'),
    ).toEqual(['Claudia Sheinbaum Pardo']);
  });

  it('knows each agreement’s year, so a sentence dated earlier does not report it', () => {
    const slim = createMatcher(matchData(knowledgeBase.entities));
    const agreements = (text: string) =>
      slim.findMentions(text).filter((mention) => mention.type === 'agreement');
    expect(
      agreements('In 2026, Mexico and the United States agreed to accelerate extraditions.'),
    ).toHaveLength(1);
    expect(agreements('In 2019, Mexico and the United States agreed to accelerate extraditions.')).toEqual(
      [],
    );
  });

  it('leaves statements, evidence and roles to the background', () => {
    const data = JSON.stringify(matchData(knowledgeBase.entities));
    expect(data).not.toContain('"sources"');
    expect(data).not.toContain('"evidence"');
    expect(data).not.toContain('"roles"');
    for (const entity of knowledgeBase.entities)
      if (entity.type === 'agreement')
        for (const phrase of entity.keyPhrases.en) expect(data).not.toContain(phrase);
    expect(data.length).toBeLessThan(JSON.stringify(knowledgeBase).length * 0.6);
  });
});
