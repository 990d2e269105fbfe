import type { Mention } from '@enlace/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeMatch, PEOPLE } from '../test-support/fake-match.js';
import { collectText } from './collect-text.js';
import { createElementKinds } from './element-kind.js';
import { MentionIndex, mentionAtPoint, type PageMention } from './hit-test.js';
import { spanFor } from './ranges.js';

function indexed(html: string) {
  document.body.innerHTML = html;
  const collected = collectText(document.body, createElementKinds());
  const index = new MentionIndex();
  const found: PageMention[] = fakeMatch(PEOPLE)(collected.text).map((mention: Mention) => ({
    mention,
    span: spanFor(collected.segments, mention.start, mention.end)!,
  }));
  for (const item of [...found].reverse()) index.add(item);
  return { index, found };
}

const rect = (left: number, top: number, width: number, height: number) =>
  new DOMRect(left, top, width, height);

describe('MentionIndex', () => {
  it('finds a mention from any text node it covers, and lists mentions in document order', () => {
    const { index, found } = indexed('<p>Marco Rubio y <a>Omar</a> García Harfuch</p>');
    const [rubio, harfuch] = found;
    const nodes = harfuch!.span.nodes;
    expect(nodes.map((node) => node.data)).toEqual(['Omar', ' García Harfuch']);
    expect(index.at(nodes[0]!)).toEqual([harfuch]);
    expect(index.at(nodes[1]!)).toEqual([harfuch]);
    expect(index.at(rubio!.span.nodes[0]!)).toEqual([rubio]);
    expect(index.ordered()).toEqual([rubio, harfuch]);
  });

  it('forgets a deleted mention everywhere', () => {
    const { index, found } = indexed('<p><a>Omar</a> García Harfuch</p>');
    index.delete(found[0]!);
    expect(index.size).toBe(0);
    for (const node of found[0]!.span.nodes) expect(index.at(node)).toEqual([]);
  });
});

describe('mentionAtPoint', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    // biome-ignore lint/suspicious/noExplicitAny: removing the stub put on the document below.
    delete (document as any).caretPositionFromPoint;
  });

  it('confirms the caret’s mention against its line boxes, and returns the line under the point', () => {
    const { index, found } = indexed('<p><a>Omar</a> García Harfuch</p>');
    const harfuch = found[0]!;
    const lines = [rect(300, 10, 80, 20), rect(0, 30, 120, 20)];
    vi.spyOn(harfuch.span.range, 'getClientRects').mockReturnValue(lines as unknown as DOMRectList);
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: harfuch.span.nodes[1] }) });
    const hit = mentionAtPoint(document, 50, 40, index);
    expect(hit?.found).toBe(harfuch);
    expect(hit?.rect).toBe(lines[1]);
    // The caret snaps to the nearest text, even far past the line's end: no mention there.
    expect(mentionAtPoint(document, 500, 40, index)).toBeNull();
  });

  it('falls back to the element under the point when there is no caret API', () => {
    const { index, found } = indexed('<p>Dijo Marco Rubio ayer.</p>');
    const rubio = found[0]!;
    vi.spyOn(rubio.span.range, 'getClientRects').mockReturnValue([
      rect(40, 0, 90, 20),
    ] as unknown as DOMRectList);
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.querySelector('p'));
    expect(mentionAtPoint(document, 60, 10, index)?.found).toBe(rubio);
  });
});
