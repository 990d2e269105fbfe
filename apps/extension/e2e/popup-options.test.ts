import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, installHint, type Launched, launchWithExtension } from '../scripts/chromium.js';
import { countOf, highlightSummary, hoverMention, settledHighlights } from '../scripts/inspect.js';
import { type Served, serveDirectory } from '../scripts/serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, '.output/chrome-mv3');

/** The little of the extension API these tests call in the service worker. */
interface ChromeApi {
  tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id: number }>> };
  storage: { sync: { clear(): Promise<void> } };
}

let browser: Launched;
let served: Served;
const pages: Page[] = [];

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint());
  served = await serveDirectory(root);
  browser = await launchWithExtension({ executablePath, extensionDir, headless: true });
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
  // Each test starts from the default settings.
  await browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.clear(),
  );
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(new URL(path, served.url).href, { waitUntil: 'load' });
  await settledHighlights(page);
  await page.bringToFront();
  // Without the tabs permission a tab's address is hidden; the page in front is the active tab.
  const tabId = await browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
  return { page, tabId };
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Waits until the page's highlights of a type number `count` (or satisfy `test`). */
async function waitForCount(page: Page, type: string, test: (count: number) => boolean): Promise<number> {
  for (let tries = 0; tries < 100; tries++) {
    const count = countOf(await highlightSummary(page), type);
    if (test(count)) return count;
    await page.waitForTimeout(100);
  }
  return countOf(await highlightSummary(page), type);
}

const groups = (popup: Page) =>
  popup.$$eval('.popup__group', (sections) =>
    sections.map((section) => ({
      type: (section as HTMLElement).dataset.type,
      heading: section.querySelector('h2')?.textContent,
      total: Number(section.querySelector('h2 .popup__count')?.textContent),
      entities: [...section.querySelectorAll('.popup__entity')].map((button) => ({
        name: button.querySelector('.popup__name')?.textContent,
        count: Number(button.querySelector('.popup__count')?.textContent),
      })),
    })),
  );

describe('popup and options in Chromium', () => {
  it('lists what the tab found, by type with counts, and scrolls to a mention when clicked', async () => {
    const { page, tabId } = await openArticle('demo/en.html');
    const summary = await highlightSummary(page);
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.popup__entity');
    const found = await groups(popup);
    expect(found.map((group) => group.type)).toEqual(['official', 'framework', 'agreement']);
    for (const group of found) {
      expect(group.total).toBe(countOf(summary, group.type!));
      expect(group.total).toBe(group.entities.reduce((sum, entity) => sum + entity.count, 0));
    }
    expect(found[0]!.entities.map((entity) => entity.name)).toContain('Omar García Harfuch');

    await popup.click('.popup__entity >> text=Omar García Harfuch');
    await page.waitForFunction(() => (CSS.highlights.get('enlace-focus')?.size ?? 0) === 1);
    const focus = await highlightSummary(page);
    expect(focus['enlace-focus']![0]).toMatch(/García Harfuch/);
  });

  it('counts every frame of the tab, as the badge does', async () => {
    const { page, tabId } = await openArticle('e2e/fixtures/embedded.html');
    await settledHighlights(page.frame({ url: /embedded-frame\.html$/ })!);
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    // The top frame names Sheinbaum and the group; the frame names Trevilla and the group again.
    await popup.waitForSelector('.popup__entity >> text=Ricardo Trevilla');
    const found = await groups(popup);
    expect(found.reduce((sum, group) => sum + group.total, 0)).toBe(4);
    // In the interface's language: the group's English name.
    expect(found.find((group) => group.type === 'framework')!.entities).toEqual([
      { name: 'Security Implementation Group', count: 2 },
    ]);

    // A name only the frame holds is shown in the frame.
    await popup.click('.popup__entity >> text=Ricardo Trevilla');
    const frame = page.frame({ url: /embedded-frame\.html$/ })!;
    await frame.waitForFunction(() => (CSS.highlights.get('enlace-focus')?.size ?? 0) === 1);
  });

  it('says so when the tab is a page it cannot read', async () => {
    const blank = await browser.context.newPage();
    pages.push(blank);
    await blank.goto('about:blank');
    await blank.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id;
    });
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('text=can’t read this page');
  });

  it('turns highlighting off for the site and back on, without reloading', async () => {
    const { page, tabId } = await openArticle('demo/en.html');
    const before = countOf(await highlightSummary(page), 'official');
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    const site = popup.getByRole('switch');
    await popup.waitForSelector('.popup__entity');
    expect(await site.isChecked()).toBe(true);

    await site.uncheck();
    expect(await waitForCount(page, 'official', (count) => count === 0)).toBe(0);
    await popup.waitForSelector('text=Highlighting is off on this site.');

    await site.check();
    expect(await waitForCount(page, 'official', (count) => count === before)).toBe(before);
    await popup.waitForSelector('.popup__entity');
  });

  it('applies an option to an open tab at once', async () => {
    const { page } = await openArticle('demo/en.html');
    const frameworks = countOf(await highlightSummary(page), 'framework');
    const options = await openExtensionPage('options.html');
    await options.uncheck('input[name="type-official"]');
    expect(await waitForCount(page, 'official', (count) => count === 0)).toBe(0);
    expect(await waitForCount(page, 'framework', (count) => count === frameworks)).toBe(frameworks);

    await options.check('input[name="quiet"]');
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some(
          (rule) => rule.cssText.includes('enlace-framework') && rule.cssText.includes('transparent'),
        ),
      ),
    );
    await options.waitForSelector('text=Knowledge base');
  });

  it('switches the whole interface to Spanish in an English-speaking browser', async () => {
    const { page, tabId } = await openArticle('demo/en.html');
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('text=Interface language');
    await options.selectOption('select[name="language"]', 'es');
    // The options page speaks Spanish once it has reloaded.
    await options.waitForSelector('text=Idioma de la interfaz');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');

    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.popup__entity');
    expect((await groups(popup))[0]!.heading).toMatch(/^Funcionarios/);
    expect(await popup.getByRole('switch').evaluate((input) => input.parentElement?.textContent)).toBe(
      'Resaltar en 127.0.0.1',
    );

    // The open tab's cards follow without a reload; the article itself stays in English.
    await page.bringToFront();
    await settledHighlights(page);
    const card = await hoverMention(page, 'Omar García Harfuch');
    expect(card.label).toBe('Funcionario: Omar García Harfuch');
    expect(card.text).toContain('Leer el comunicado');
  });
});
