import { createMatcher, knowledgeBase, type Mention } from '@enlace/core';
import { matchData } from '../scripts/match-data.js';
import { collectText } from '../src/page/collect-text.js';
import { createElementKinds } from '../src/page/element-kind.js';
import { createPainter, HIGHLIGHT_TYPES, highlightCss, highlightName } from '../src/page/highlight.js';
import { matchInContext } from '../src/page/match-in-context.js';
import { spanFor, type TextSpan } from '../src/page/ranges.js';
import { partition } from '../src/page/scanner.js';

// The content script's own pieces, over the same match data it is built with, run in one go so
// that the cost is measured rather than spread over idle callbacks.
const matcher = createMatcher(matchData(knowledgeBase));

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The floor: a bare TreeWalker pass that only collects the page's text. */
function floor(): { ms: number; chars: number; nodes: number } {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push((node as Text).data);
  const chars = pieces.join('').length;
  return { ms: performance.now() - started, chars, nodes: pieces.length };
}

async function extension() {
  const kinds = createElementKinds();
  const painter = createPainter(document);
  const started = performance.now();
  const found: Array<{ mention: Mention; span: TextSpan }> = [];
  let collectMs = 0;
  for (const group of partition(document.body, kinds)) {
    const before = performance.now();
    const collected = collectText(group, kinds);
    collectMs += performance.now() - before;
    for (const mention of matchInContext((text) => matcher.findMentions(text), collected.text, found)) {
      const span = spanFor(collected.segments, mention.start, mention.end);
      if (span) found.push({ mention, span });
    }
  }
  const matched = performance.now();
  for (let i = found.length - 1; i >= 0; i--) painter.paint(found[i]!.mention.type, found[i]!.span);
  await nextFrame();
  const painted = performance.now();
  painter.dispose();
  await nextFrame();
  const cleared = performance.now();

  // The same ranges registered with CSS.highlights directly, under the same ::highlight rules
  // (without them nothing would be painted): the floor for painting.
  const direct = performance.now();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const highlights = new Map(HIGHLIGHT_TYPES.map((type) => [type, new Highlight()]));
  for (const [type, highlight] of highlights) CSS.highlights.set(highlightName(type), highlight);
  for (const { mention, span } of found) highlights.get(mention.type)!.add(span.range);
  await nextFrame();
  const directMs = performance.now() - direct;
  CSS.highlights.clear();
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  await nextFrame();

  return {
    collectMatchMs: matched - started,
    collectMs,
    paintMs: painted - matched,
    clearMs: cleared - painted,
    directPaintMs: directMs,
    mentions: found.length,
  };
}

Object.assign(window, { enlaceBench: { floor, extension } });
