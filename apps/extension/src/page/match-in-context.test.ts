import type { Mention } from '@enlace/core';
import { describe, expect, it } from 'vitest';
import { matchInContext } from './match-in-context.js';

// A matcher with the document rule that matters here: the bare surname counts only when the
// document also has the full name.
const find = (text: string): Mention[] => {
  const mentions: Mention[] = [];
  const licensed = text.includes('Omar García Harfuch');
  for (const match of text.matchAll(/Omar García Harfuch|Harfuch/g)) {
    if (match[0] === 'Harfuch' && !licensed) continue;
    if (match[0] === 'Harfuch' && text.slice(match.index - 12, match.index) === 'Omar García ') continue;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      entityId: 'official/omar-garcia-harfuch',
      type: 'official',
      matched: match[0],
    });
  }
  return mentions;
};

const known = (text: string) => [{ mention: { ...find(text)[0]! } }];

describe('matchInContext', () => {
  it('reads a piece alone when nothing is known yet', () => {
    expect(matchInContext(find, 'Harfuch llegó.', [])).toEqual([]);
  });

  it('lets names found elsewhere on the page license a bare surname, with offsets into the piece', () => {
    const mentions = matchInContext(find, 'Harfuch llegó.', known('Omar García Harfuch'));
    expect(mentions).toEqual([expect.objectContaining({ start: 0, end: 7, text: 'Harfuch' })]);
  });

  it('never returns the context’s own mentions', () => {
    const mentions = matchInContext(find, 'Sin nombres.', known('Omar García Harfuch'));
    expect(mentions).toEqual([]);
  });
});
