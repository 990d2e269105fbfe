import { createMatcher, type Matcher } from '@enlace/core';
import type { MatchData } from '../src/match-pack.js';
import { readText } from '../src/page/collect-text.js';
import { createElementKinds } from '../src/page/element-kind.js';
import { adoptHighlightSheet, createPainter, HIGHLIGHT_TYPES, highlightName } from '../src/page/highlight.js';
import { MentionIndex } from '../src/page/hit-test.js';
import { createIdleQueue } from '../src/page/idle-queue.js';
import { matchInContext } from '../src/page/match-in-context.js';
import { type PlacedMention, placeMentions } from '../src/page/place-mentions.js';
import { createScanner, MAX_UNIT_CHARS } from '../src/page/scanner.js';
import { pageMatcher } from '../src/page-matcher.js';

// The content script's own pieces and its own match data; other match data (the knowledge base
// with synthetic names added) comes in from the bench through `useMatchData`.
let matcher: Matcher = pageMatcher();

/** Passes after the first: the JIT is still settling on the second, so the median of these counts. */
const WARM_PASSES = 5;
const lang = 'en';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// This bundle is the page's first script, as the content script is at document_start.
adoptHighlightSheet(document, new AbortController().signal);

function useMatchData(data: MatchData | null): void {
  matcher = data ? createMatcher(data) : pageMatcher();
}

/** A bare TreeWalker pass that only collects the page's text. */
function walkText(): { ms: number; chars: number; nodes: number } {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push((node as Text).data);
  const chars = pieces.join('').length;
  return { ms: performance.now() - started, chars, nodes: pieces.length };
}

/** The floor, measured as the extension's passes are: the median of the passes after the first. */
function floor(): { ms: number; chars: number; nodes: number } {
  const first = walkText();
  const warm = Array.from({ length: WARM_PASSES }, () => walkText().ms).sort((a, b) => a - b);
  return { ...first, ms: warm[Math.floor(warm.length / 2)]! };
}

/** Collect, match and paint in one go, so that the cost is measured rather than spread over idle time. */
async function inOneGo() {
  const kinds = createElementKinds();
  const painter = createPainter(document);
  const started = performance.now();
  const found: PlacedMention[] = [];
  let collectMs = 0;
  let matchMs = 0;
  const reader = readText(document.body, kinds);
  for (;;) {
    const before = performance.now();
    const collected = reader.next(MAX_UNIT_CHARS);
    if (!collected) break;
    const collectedAt = performance.now();
    collectMs += collectedAt - before;
    const mentions = matchInContext((text) => matcher.findMentions(text, { lang }), collected.text, found);
    matchMs += performance.now() - collectedAt;
    for (const placed of placeMentions(collected, mentions, kinds)) found.push(placed);
  }
  const matched = performance.now();
  for (let i = found.length - 1; i >= 0; i--) painter.paint(found[i]!.mention.type, found[i]!.span);
  // The ranges near the viewport are registered when the observer first reports, after a frame;
  // they are drawn in the next.
  await nextFrame();
  await nextFrame();
  const painted = performance.now();
  painter.dispose();
  await nextFrame();
  const cleared = performance.now();

  // The same ranges registered with CSS.highlights directly, under the same ::highlight rules
  // (adopted at document start, as for the painter): the floor for painting.
  const direct = performance.now();
  const highlights = new Map(HIGHLIGHT_TYPES.map((type) => [type, new Highlight()]));
  for (const [type, highlight] of highlights) CSS.highlights.set(highlightName(type), highlight);
  for (const { mention, span } of found) highlights.get(mention.type)!.add(span.range);
  await nextFrame();
  const directMs = performance.now() - direct;
  CSS.highlights.clear();
  await nextFrame();

  return {
    collectMatchMs: matched - started,
    collectMs,
    matchMs,
    paintMs: painted - matched,
    clearMs: cleared - painted,
    directPaintMs: directMs,
    mentions: found.length,
  };
}

/**
 * The content script as it runs on a page: the scanner reading in idle-time slices. Reports the
 * time until every mention is painted, the longest slice the idle queue ran, and every task and
 * animation frame of 50 ms or more the page saw meanwhile (the page itself is idle, so they are
 * the extension's work and the browser's painting of it).
 */
async function asItRuns() {
  const started = performance.now();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  // Long tasks leave out the rendering of a frame unless script ran in it; long animation frames
  // include it, with how much of each was rendering (style, layout, highlight markers, paint).
  const longFrames: Array<{ ms: number; renderMs: number }> = [];
  const frames = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { renderStart: number }>) {
      // A frame that began earlier renders what the bench did before (registering and clearing
      // every range directly), not the scanner's work.
      if (entry.startTime < started) continue;
      const end = entry.startTime + entry.duration;
      longFrames.push({
        ms: Math.round(entry.duration),
        renderMs: Math.round(entry.renderStart > 0 ? end - entry.renderStart : 0),
      });
    }
  });
  frames.observe({ type: 'long-animation-frame' });
  let longestSliceMs = 0;
  const timed = {
    requestIdleCallback: (run: IdleRequestCallback, options?: IdleRequestOptions) =>
      requestIdleCallback((deadline) => {
        const started = performance.now();
        run(deadline);
        longestSliceMs = Math.max(longestSliceMs, performance.now() - started);
      }, options),
    setTimeout: setTimeout.bind(window),
  } as unknown as Window;
  const controller = new AbortController();
  const queue = createIdleQueue(timed, controller.signal);
  const index = new MentionIndex();
  const painter = createPainter(document);
  const scanner = createScanner({
    doc: document,
    kinds: createElementKinds(),
    painter,
    index,
    queue,
    match: (text) => matchInContext((piece) => matcher.findMentions(piece, { lang }), text, index.values()),
  });
  scanner.start();
  await queue.drained();
  await nextFrame();
  await nextFrame();
  const ms = performance.now() - started;
  // Long task entries arrive after their task; give the last ones time to be reported.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  frames.disconnect();
  const mentions = index.size;
  scanner.stop();
  controller.abort();
  painter.dispose();
  await nextFrame();
  return { ms, mentions, longestSliceMs, longTasks, longFrames };
}

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}

/** mark.js (loaded into the page by the bench) highlighting the same aliases, painted to the next frame. */
async function markJs(aliases: string[]) {
  const Mark = (window as unknown as { Mark: new (context: Element) => MarkInstance }).Mark;
  const started = performance.now();
  await new Promise<void>((resolve) =>
    new Mark(document.body).mark(aliases, {
      // Whole names, accents folded, across inline elements: what the extension does.
      accuracy: { value: 'exactly', limiters: ',.;:!?"\'“”‘’()«»¿¡'.split('') },
      diacritics: true,
      separateWordSearch: false,
      acrossElements: true,
      done: () => resolve(),
    }),
  );
  await nextFrame();
  return { ms: performance.now() - started, marks: document.querySelectorAll('mark[data-markjs]').length };
}

/**
 * Passes in one go with the given match data. The first pays for compiling the matcher's code and
 * building its tables, as a content script does once per page; the others give the steady cost.
 */
async function passes(data: MatchData | null) {
  useMatchData(data);
  const cold = await inOneGo();
  const warm: Array<Awaited<ReturnType<typeof inOneGo>>> = [];
  for (let i = 0; i < WARM_PASSES; i++) warm.push(await inOneGo());
  useMatchData(null);
  const median = (key: keyof (typeof warm)[number]) =>
    warm.map((pass) => pass[key]).sort((a, b) => a - b)[Math.floor(warm.length / 2)]!;
  return {
    collectMatchMs: median('collectMatchMs'),
    collectMs: median('collectMs'),
    matchMs: median('matchMs'),
    paintMs: median('paintMs'),
    clearMs: median('clearMs'),
    directPaintMs: median('directPaintMs'),
    mentions: cold.mentions,
    coldCollectMatchMs: cold.collectMatchMs,
  };
}

Object.assign(window, { enlaceBench: { floor, passes, asItRuns, markJs } });
