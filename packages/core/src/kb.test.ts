import { describe, expect, it } from 'vitest';
import { textFragment, viewKnowledgeBase } from './kb.js';
import { compileMatcher } from './match/compile.js';
import type { KnowledgeBase, Source } from './model.js';

const text = 'First sentence here. The second one names Omar García Harfuch, the secretary. Third.';
const source: Source = {
  id: 'test-statement',
  title: 'A statement',
  publisher: 'Test',
  date: '2025-02-27',
  language: 'en',
  url: 'https://example.org/statement#top',
  related: [],
  text,
  sentences: [
    [0, 20],
    [21, 77],
    [78, 84],
  ],
};
const kb: KnowledgeBase = {
  format: 1,
  version: '0.0.0',
  builtAt: '2025-02-27',
  sources: [source],
  entities: [],
  events: [],
  matcher: compileMatcher([]),
};

describe('viewKnowledgeBase().quote', () => {
  const view = viewKnowledgeBase(kb);
  const nameStart = text.indexOf('Omar');

  it.each([
    {
      name: 'a span inside one sentence quotes that sentence',
      start: nameStart,
      end: nameStart + 4,
      quote: text.slice(21, 77),
    },
    { name: 'a span that is the sentence quotes it', start: 0, end: 20, quote: 'First sentence here.' },
    { name: 'a span across two sentences quotes both', start: 15, end: 30, quote: text.slice(0, 77) },
  ])('$name', ({ start, end, quote }) => {
    expect(view.quote({ sourceId: source.id, start, end }).sentence).toBe(quote);
  });

  it.each([
    { name: 'unknown source', evidence: { sourceId: 'nope', start: 0, end: 1 }, error: /unknown source/ },
    { name: 'span past the end', evidence: { sourceId: source.id, start: 80, end: 85 }, error: /outside/ },
    { name: 'empty span', evidence: { sourceId: source.id, start: 5, end: 5 }, error: /outside/ },
  ])('rejects $name', ({ evidence, error }) => {
    expect(() => view.quote(evidence)).toThrow(error);
  });
});

describe('textFragment', () => {
  it.each([
    { sentence: 'Third.', fragment: '#:~:text=Third.' },
    {
      sentence: 'Sherwood-Randall met, in Mexico & DC.',
      fragment: '#:~:text=Sherwood%2DRandall%20met%2C%20in%20Mexico%20%26%20DC.',
    },
    {
      sentence: 'one two three four five six seven eight nine ten eleven',
      fragment: '#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven',
    },
  ])('$sentence', ({ sentence, fragment }) => {
    expect(textFragment(sentence)).toBe(fragment);
  });

  it('links the original without its own fragment, or not at all when the address is unknown', () => {
    const view = viewKnowledgeBase(kb);
    expect(view.originalLink({ sourceId: source.id, start: 78, end: 84 })).toBe(
      'https://example.org/statement#:~:text=Third.',
    );
    const unknown = viewKnowledgeBase({ ...kb, sources: [{ ...source, url: null }] });
    expect(unknown.originalLink({ sourceId: source.id, start: 78, end: 84 })).toBeNull();
  });
});
