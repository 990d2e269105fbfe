import { afterEach, describe, expect, it } from 'vitest';
import { fakeMatch, PEOPLE } from '../test-support/fake-match.js';
import { textsIn, useHighlightApi } from '../test-support/highlight-api.js';
import { BLOCK_SEPARATOR as SEP } from './collect-text.js';
import { createElementKinds } from './element-kind.js';
import { createPainter, highlightName } from './highlight.js';
import { MentionIndex } from './hit-test.js';
import { createIdleQueue } from './idle-queue.js';
import { createScanner, MAX_UNIT_CHARS } from './scanner.js';

const running: Array<{ stop(): void }> = [];

function start(html: string, match = fakeMatch(PEOPLE)) {
  document.body.innerHTML = html;
  const index = new MentionIndex();
  const controller = new AbortController();
  const queue = createIdleQueue(window, controller.signal);
  const scanner = createScanner({
    doc: document,
    kinds: createElementKinds(),
    painter: createPainter(document),
    index,
    queue,
    match,
  });
  scanner.start();
  running.push({
    stop() {
      scanner.stop();
      controller.abort();
    },
  });
  // Mutation records arrive in a microtask; the scan they cause runs in the idle queue.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await queue.drained();
  };
  const texts = () => index.ordered().map((found) => found.span.range.toString());
  return { index, scanner, settle, texts };
}

describe('the scanner', () => {
  const registry = useHighlightApi();
  afterEach(() => {
    for (const scanner of running.splice(0)) scanner.stop();
    document.body.innerHTML = '';
  });

  it('finds every mention on the page, in shadow roots too', async () => {
    const page = start('<p>Marco Rubio</p><div id="host"></div><p><a>Omar</a> García Harfuch</p>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Security Implementation Group</p>';
    await page.settle();
    expect(page.texts()).toEqual(['Marco Rubio', 'Security Implementation Group', 'Omar García Harfuch']);
    expect(page.scanner.shadowRoots).toEqual([root]);
  });

  it('reads only the block that changed', async () => {
    const filler = '<p>Nothing to see in this paragraph at all.</p>'.repeat(50);
    const page = start(`<main>${filler}<p>Marco Rubio</p></main>`);
    await page.settle();
    const before = page.scanner.collectedChars;
    const added = document.createElement('p');
    added.textContent = 'Later, García Harfuch spoke.';
    document.querySelector('main')!.append(added);
    await page.settle();
    expect(page.scanner.collectedChars - before).toBe(added.textContent.length);
    expect(page.texts()).toEqual(['Marco Rubio', 'García Harfuch']);
  });

  it('follows edited text and removed content', async () => {
    const page = start('<p id="a">Marco Rubio</p><p id="b">Omar García Harfuch</p>');
    await page.settle();
    const a = document.getElementById('a')!;
    a.firstChild!.textContent = 'Marco';
    document.getElementById('b')!.remove();
    await page.settle();
    expect(page.index.size).toBe(0);
    a.firstChild!.textContent = 'Marco Rubio y García Harfuch';
    await page.settle();
    expect(page.texts()).toEqual(['Marco Rubio', 'García Harfuch']);
    // What the edit replaced is taken back: nothing is painted twice.
    expect(textsIn(registry.get(highlightName('official')))).toEqual(['Marco Rubio', 'García Harfuch']);
  });

  it('ignores changes where it never reads', async () => {
    const page = start('<div contenteditable="true"><p>x</p></div>');
    await page.settle();
    document.querySelector('p')!.textContent = 'Marco Rubio';
    await page.settle();
    expect(page.index.size).toBe(0);
  });

  it('reads a huge page a piece at a time, each cut at the first block boundary past the limit', async () => {
    const paragraph = 'a'.repeat(1000);
    const pieces: string[] = [];
    const match = fakeMatch(PEOPLE);
    const page = start(`<div>${`<p>${paragraph}</p>`.repeat(40)}<p>Marco Rubio</p></div>`, (text) => {
      pieces.push(text);
      return match(text);
    });
    await page.settle();
    // 16 paragraphs and their separators pass 16,000 characters: each full piece ends there.
    const full = Array(16).fill(paragraph).join(SEP);
    expect(full.length).toBeGreaterThanOrEqual(MAX_UNIT_CHARS);
    expect(pieces).toEqual([full, full, [...Array(8).fill(paragraph), 'Marco Rubio'].join(SEP)]);
    expect(page.texts()).toEqual(['Marco Rubio']);
  });
});
