import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, installHint, type Launched, launchWithExtension } from '../scripts/chromium.js';
import { hoverMention, settledHighlights } from '../scripts/inspect.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, '.output/chrome-mv3');

let browser: Launched;
const pages: Page[] = [];

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint());
  browser = await launchWithExtension({ executablePath, extensionDir, headless: true });
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

afterAll(async () => {
  await browser?.close();
});

async function openViewer(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(`chrome-extension://${browser.extensionId}/viewer.html${query}`);
  return page;
}

describe('the statement viewer in Chromium', () => {
  it('lists every statement with its publisher, date and language', async () => {
    const viewer = await openViewer();
    await viewer.waitForSelector('.statements__item');
    const items = await viewer.$$eval('.statements__item', (all) =>
      all.map((item) => ({
        title: item.querySelector('a')?.textContent,
        href: item.querySelector('a')?.getAttribute('href'),
        meta: item.querySelector('.statement__meta')?.textContent,
      })),
    );
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.href).toContain('viewer.html?source=');
      expect(item.meta).toMatch(/(English|Spanish)/);
    }
  });

  it('shows a statement with its entities highlighted and their cards working', async () => {
    const list = await openViewer();
    const href = await list.$eval('.statements__item a', (link) => link.getAttribute('href')!);
    const viewer = await openViewer(href.slice(href.indexOf('?')));
    const summary = await settledHighlights(viewer);
    const names = Object.entries(summary)
      .filter(([name]) => name !== 'enlace-focus')
      .flatMap(([, texts]) => texts);
    expect(names.length).toBeGreaterThan(0);
    const card = await hoverMention(viewer, names[0]!);
    expect(card.label).toMatch(/^(Official|Framework|Agreement): /);
  });

  it('finds officials, frameworks and agreements regardless of accents, each with its card', async () => {
    const viewer = await openViewer('?view=entities');
    await viewer.waitForSelector('.entities__item');
    const all = await viewer.$$eval('.entities__item', (items) => items.length);
    await viewer.fill('input[type="search"]', 'garcia harfuch');
    await viewer.waitForFunction((total) => document.querySelectorAll('.entities__item').length < total, all);
    const found = await viewer.$$eval('.entities__item summary', (items) =>
      items.map((item) => item.textContent),
    );
    expect(found).toEqual(['Omar García Harfuch']);
    await viewer.click('.entities__item summary');
    const card = await viewer.waitForSelector('.entities .card[role="region"]');
    expect(await card.getAttribute('aria-label')).toBe('Official: Omar García Harfuch');
    expect(await card.textContent()).not.toContain('Highlighted because');
  });
});
