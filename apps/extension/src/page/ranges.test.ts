import { describe, expect, it } from 'vitest';
import { collectText } from './collect-text.js';
import { createElementKinds } from './element-kind.js';
import { spanFor } from './ranges.js';

function setUp(html: string) {
  document.body.innerHTML = html;
  return collectText(document.body, createElementKinds());
}

describe('spanFor', () => {
  it.each([
    ['one text node', '<p>Secretary Marco Rubio said</p>', 'Marco Rubio', 1],
    ['across a link', '<p><a href="#">Omar</a> García Harfuch</p>', 'Omar García Harfuch', 2],
    ['across three nodes', '<p>El <b>Omar</b> <i>García</i> Harfuch dijo</p>', 'Omar García Harfuch', 4],
    ['at the very start', '<p>Marco Rubio</p>', 'Marco Rubio', 1],
    ['in a later paragraph', '<p>Uno.</p><p>Dos, <em>Marco Rubio</em>.</p>', 'Marco Rubio', 1],
    ['with astral characters before it', '<p>🇲🇽🇺🇸 Marco Rubio</p>', 'Marco Rubio', 1],
  ])('%s', (_name, html, wanted, nodeCount) => {
    const collected = setUp(html);
    const start = collected.text.indexOf(wanted);
    const span = spanFor(collected.segments, start, start + wanted.length)!;
    expect(span.range.toString()).toBe(wanted);
    expect(span.nodes).toHaveLength(nodeCount);
  });

  it('returns null for an empty span or one past the text', () => {
    const collected = setUp('<p>Marco Rubio</p>');
    expect(spanFor(collected.segments, 3, 3)).toBeNull();
    expect(spanFor(collected.segments, 50, 60)).toBeNull();
    expect(spanFor([], 0, 1)).toBeNull();
  });

  it('snaps a span that begins in a separator to the next text', () => {
    const collected = setUp('<p>Uno</p><p>Marco Rubio</p>');
    const end = collected.text.length;
    expect(spanFor(collected.segments, 3, end)!.range.toString()).toBe('Marco Rubio');
  });
});
