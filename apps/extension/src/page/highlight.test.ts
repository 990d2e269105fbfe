import { describe, expect, it } from 'vitest';
import { fakeMatch, PEOPLE } from '../test-support/fake-match.js';
import { textsIn, useHighlightApi } from '../test-support/highlight-api.js';
import { collectText } from './collect-text.js';
import { createElementKinds } from './element-kind.js';
import { createPainter, FOCUS_HIGHLIGHT, highlightCss, highlightName } from './highlight.js';
import { spanFor } from './ranges.js';

describe('the painter', () => {
  const registry = useHighlightApi();
  const paintAll = (html: string) => {
    document.body.innerHTML = html;
    const collected = collectText(document.body, createElementKinds());
    const painter = createPainter(document);
    const painted = fakeMatch(PEOPLE)(collected.text).map((mention) => ({
      type: mention.type,
      span: spanFor(collected.segments, mention.start, mention.end)!,
    }));
    for (const { type, span } of painted) painter.paint(type, span);
    return { painter, painted };
  };

  it('registers each mention by type, across nodes, and leaves the page as it was', () => {
    const html = '<p>Ayer <a href="#">Omar</a> García Harfuch y Marco Rubio hablaron.</p>';
    paintAll(html);
    expect(document.body.innerHTML).toBe(html);
    expect(textsIn(registry.get(highlightName('official')))).toEqual(['Omar García Harfuch', 'Marco Rubio']);
    expect(textsIn(registry.get(highlightName('framework')))).toEqual([]);
  });

  it('moves the focus and takes back every range when erased or disposed', () => {
    const html = '<p>Marco Rubio met <b>García</b> Harfuch.</p>';
    const { painter, painted } = paintAll(html);
    painter.focus(painted[1]!.span);
    expect(textsIn(registry.get(FOCUS_HIGHLIGHT))).toEqual(['García Harfuch']);
    expect(registry.get(FOCUS_HIGHLIGHT)!.priority).toBeGreaterThan(0);
    painter.focus(null);
    expect(textsIn(registry.get(FOCUS_HIGHLIGHT))).toEqual([]);
    painter.erase(painted[0]!.type, painted[0]!.span);
    expect(textsIn(registry.get(highlightName('official')))).toEqual(['García Harfuch']);
    painter.dispose();
    expect([...registry.keys()]).toEqual([]);
    expect(document.body.innerHTML).toBe(html);
  });

  it('styles a root that refuses constructed sheets with a <style> of its own, and takes it back', () => {
    // Firefox refuses a sheet built in the content script's world for a page's document.
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new DOMException('refused', 'NotAllowedError');
      },
    });
    try {
      const { painter } = paintAll('<p>Marco Rubio met García Harfuch.</p>');
      const styles = [...document.documentElement.querySelectorAll(':scope > style')];
      expect(styles).toHaveLength(1);
      expect(styles[0]!.textContent).toContain(`::highlight(${highlightName('official')})`);
      expect(document.body.innerHTML).toBe('<p>Marco Rubio met García Harfuch.</p>');
      painter.dispose();
      expect(document.documentElement.querySelectorAll(':scope > style')).toHaveLength(0);
    } finally {
      delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it('styles every type and the focus', () => {
    for (const quiet of [false, true]) {
      const css = highlightCss(quiet);
      for (const type of ['official', 'framework', 'agreement'] as const) {
        expect(css).toContain(`::highlight(${highlightName(type)})`);
      }
      expect(css).toContain(`::highlight(${FOCUS_HIGHLIGHT})`);
      expect(css.includes('transparent')).toBe(quiet);
    }
  });
});
