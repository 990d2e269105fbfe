import type { Frame, Page, Worker } from 'playwright-core';

/** What is highlighted, by highlight name (`enlace-official`…), as the text of each range. */
export type HighlightSummary = Record<string, string[]>;

/** Reads `CSS.highlights` in the page: the highlights live in the page's document, not in the DOM. */
export function highlightSummary(page: Page | Frame): Promise<HighlightSummary> {
  return page.evaluate(() => {
    const summary: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      summary[name] = [...highlight].map((range) => range.toString().replace(/\s+/g, ' '));
    }
    return summary;
  });
}

export const countOf = (summary: HighlightSummary, type: string) => summary[`enlace-${type}`]?.length ?? 0;

/**
 * What the extension found in the page's top frame, by type, asked from the service worker as the
 * popup asks: every mention, whether or not it is near enough the viewport to be registered.
 */
export async function foundByType(worker: Worker, page: Page): Promise<Record<string, number>> {
  // Without the tabs permission a tab's address is hidden; the page in front is the active tab.
  await page.bringToFront();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: FoundApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const answer = await api.tabs.sendMessage(tab!.id, { type: 'found' });
    const counts: Record<string, number> = {};
    for (const { type, count } of answer?.found ?? []) counts[type] = (counts[type] ?? 0) + count;
    return counts;
  });
}

/** The little of the extension API `foundByType` calls. */
interface FoundApi {
  tabs: {
    query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id: number }>>;
    sendMessage(
      tabId: number,
      message: { type: 'found' },
    ): Promise<{ found: Array<{ type: string; count: number }> } | undefined>;
  };
}

/** Waits until the page has highlights and their number has not changed for a moment. */
export async function settledHighlights(page: Page | Frame, timeoutMs = 15_000): Promise<HighlightSummary> {
  const started = Date.now();
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const summary = await highlightSummary(page);
    const key = JSON.stringify(summary);
    const total = ['official', 'framework', 'agreement'].reduce(
      (sum, type) => sum + countOf(summary, type),
      0,
    );
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (total > 0 && Date.now() - stableSince >= 600) {
      return summary;
    }
    if (Date.now() - started > timeoutMs) return summary;
    await page.waitForTimeout(100);
  }
}

/** The centre of a highlighted mention's first line box, in viewport coordinates. */
export function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('enlace-')) continue;
      for (const range of highlight) {
        if (!(range instanceof Range) || range.toString().replace(/\s+/g, ' ') !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
}

export interface CardView {
  /** The dialog's accessible label, or null when no card is open. */
  label: string | null;
  text: string;
  links: Array<{ text: string; href: string; x: number; y: number }>;
  live: string;
  /** Whether keyboard focus is inside the card. */
  focused: boolean;
  /** Whether the card's own styles apply (it floats over the page). */
  styled: boolean;
}

/**
 * The card as the reader (and a screen reader) gets it; `reveal` scrolls the first link whose
 * address contains it into the card's view. It lives in a closed shadow root that page
 * scripts cannot open; the DevTools protocol can, which is how a test reads it.
 */
export async function readCard(page: Page, reveal?: string): Promise<CardView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findNode(root, (node) => node.localName === 'enlace-card');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return { label: null, text: '', links: [], live: '', focused: false, styled: false };
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      arguments: [{ value: reveal ?? null }],
      functionDeclaration: `function (reveal) {
        const dialog = this.querySelector('[role="dialog"]');
        // A long card scrolls: bring the link about to be clicked into its view first.
        if (dialog && reveal) [...dialog.querySelectorAll('a')].find((a) => a.href.includes(reveal))?.scrollIntoView({ block: 'nearest' });
        const links = dialog ? [...dialog.querySelectorAll('a')].map((a) => {
          const r = a.getBoundingClientRect();
          return { text: a.textContent, href: a.href, x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }) : [];
        return {
          label: dialog ? dialog.getAttribute('aria-label') : null,
          text: dialog ? dialog.textContent : '',
          links,
          live: this.querySelector('[aria-live]')?.textContent ?? '',
          focused: this.activeElement !== null,
          styled: dialog ? getComputedStyle(dialog).position === 'fixed' : false,
        };
      }`,
    });
    return result.value as CardView;
  } finally {
    await cdp.detach();
  }
}

/** A node of the DevTools protocol's DOM.getDocument tree (pierced, so shadow roots are in it). */
export interface DomNode {
  backendNodeId: number;
  localName?: string;
  /** Flat `[name, value, name, value, …]`. */
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** Polls the card until `ready` holds (cards open asynchronously: their data comes from the background). */
export async function waitForCard(
  page: Page,
  ready: (card: CardView) => boolean,
  timeoutMs = 5_000,
): Promise<CardView> {
  const started = Date.now();
  for (;;) {
    const card = await readCard(page);
    if (ready(card) || Date.now() - started > timeoutMs) return card;
    await page.waitForTimeout(50);
  }
}

/** Opens the card of a mention the way a reader does: the pointer rests on it. */
export async function hoverMention(page: Page, text: string): Promise<CardView> {
  const point = await mentionPoint(page, text);
  if (!point) throw new Error(`"${text}" is not highlighted`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  for (let tries = 0; tries < 30; tries++) {
    await page.waitForTimeout(100);
    const card = await readCard(page);
    if (card.label) return card;
  }
  throw new Error(`no card opened over "${text}"`);
}
