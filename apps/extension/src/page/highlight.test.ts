import { describe, expect, it } from 'vitest';
import { fakeMatch, PEOPLE } from '../test-support/fake-match.js';
import { collectText } from './collect-text.js';
import { createElementKinds } from './element-kind.js';
import { createPainter, highlightCss, MARK_TAG } from './highlight.js';
import { spanFor } from './ranges.js';

// happy-dom has no CSS.highlights, so this exercises the fallback; the real browser tests cover the API.
describe('the fallback painter', () => {
  const paintAll = (html: string) => {
    document.body.innerHTML = html;
    const collected = collectText([document.body], createElementKinds());
    const painter = createPainter(document);
    const spans = fakeMatch(PEOPLE)(collected.text).map((mention) => ({
      type: mention.type,
      span: spanFor(collected.segments, mention.start, mention.end)!,
    }));
    const painted = spans.reverse().map(({ type, span }) => ({ type, span: painter.paint(type, span) }));
    return { painter, painted: painted.reverse() };
  };

  it('wraps each mention, across nodes, without changing the text', () => {
    const html = '<p>Ayer <a href="#">Omar</a> García Harfuch y Marco Rubio hablaron.</p>';
    const { painted } = paintAll(html);
    expect(document.body.textContent).toBe('Ayer Omar García Harfuch y Marco Rubio hablaron.');
    expect(painted.map(({ span }) => span.range.toString())).toEqual(['Omar García Harfuch', 'Marco Rubio']);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((mark) => mark.textContent)).toEqual(['Omar', ' García Harfuch', 'Marco Rubio']);
    expect(marks[0]!.parentElement!.localName).toBe('a');
  });

  it('moves the focus mark and removes every mark when erased or disposed', () => {
    const html = '<p>Marco Rubio met <b>García</b> Harfuch.</p>';
    const { painter, painted } = paintAll(html);
    painter.focus(painted[1]!.span);
    expect([...document.querySelectorAll(`${MARK_TAG}[data-focus]`)].map((m) => m.textContent)).toEqual([
      'García',
      ' Harfuch',
    ]);
    painter.erase(painted[0]!.type, painted[0]!.span);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
    painter.dispose();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('styles every type for the Highlight API and the fallback', () => {
    const css = highlightCss();
    for (const type of ['official', 'framework', 'agreement']) {
      expect(css).toContain(`::highlight(enlace-${type})`);
      expect(css).toContain(`${MARK_TAG}[data-type="${type}"]`);
    }
  });
});
