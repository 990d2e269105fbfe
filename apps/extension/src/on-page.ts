import { languageOfTag } from '@enlace/core';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type MessageKey, type MessageTable, t, useMessages } from './i18n.js';
import { type FoundEntity, isToContent, type PageFound, type ToBackground } from './messages.js';
import { type OpenedBy, watchCardTriggers } from './page/card-trigger.js';
import { createElementKinds } from './page/element-kind.js';
import { adoptHighlightSheet, createPainter } from './page/highlight.js';
import { MentionIndex, mentionAtPoint, type PageMention } from './page/hit-test.js';
import { createIdleQueue } from './page/idle-queue.js';
import { createStepper, stepOf } from './page/keyboard.js';
import { matchInContext } from './page/match-in-context.js';
import { createScanner } from './page/scanner.js';
import { pageMatcher } from './page-matcher.js';
import { countFound } from './popup/group-found.js';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from './settings/settings.js';
import { runsOn } from './settings/sites.js';
import { createCardLayer } from './ui/card-layer.js';
import type { CardView } from './ui/card-view.js';

const TYPE_LABEL: Record<PageMention['mention']['type'], MessageKey> = {
  official: 'typeOfficial',
  framework: 'typeFramework',
  agreement: 'typeAgreement',
};

/** How long the count may settle before the badge hears of it. */
const COUNT_DELAY_MS = 250;

/** What reading a page needs of its context: the statement viewer, an extension page, passes its own. */
export type PageContext = Pick<ContentScriptContext, 'signal' | 'isInvalid' | 'onInvalidated'>;

/** How long a mention the popup asked for stays flashed. */
const FLASH_MS = 1500;

/**
 * Reads, highlights and explains this frame's page until the extension is disabled or updated,
 * starting over whenever the reader's settings change, so open tabs follow them without a reload.
 */
export function runOnPage(ctx: PageContext): void {
  const topFrame = window === window.top;
  const host = location.hostname;
  let session: Session | null = null;
  // Called at document_start: the highlight rules go in while the page has next to nothing to
  // restyle, and reading waits for the parsed page.
  adoptHighlightSheet(document, ctx.signal);
  const parsed = domParsed(document);

  let applied = 0;
  const apply = async (settings: Settings) => {
    const ticket = ++applied;
    // The stored look usually arrives while the page is still being parsed: cheap to restyle then.
    adoptHighlightSheet(document, ctx.signal, { quiet: settings.quiet });
    const language = settings.language;
    const table =
      language === 'auto'
        ? null
        : await (
            browser.runtime.sendMessage({
              type: 'messages',
              language,
            } satisfies ToBackground) as Promise<MessageTable | null>
          ).catch(() => null);
    await parsed;
    // A newer change arrived meanwhile, or the extension went away: that one wins.
    if (ticket !== applied || ctx.isInvalid) return;
    useMessages(table);
    session?.stop();
    session = runsOn(settings, host) ? startSession(ctx, settings) : null;
    if (session) return;
    // Switched off here: the badge forgets this frame's mentions.
    browser.runtime
      .sendMessage({ type: 'mentions', count: 0, reset: topFrame } satisfies ToBackground)
      .catch(() => {});
  };

  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (response: PageFound | boolean) => void,
  ) => {
    if (!isToContent(message)) return;
    if (message.type === 'step') session?.step(message.direction);
    if (message.type === 'reveal' && topFrame !== message.inFrames) {
      const shown = session?.reveal(message.entityId) ?? false;
      // Frames answer only when they showed it: the first answer is the one the popup gets.
      if (topFrame || shown) sendResponse(shown);
    }
    // Only the top frame answers the popup: one answer per tab.
    if (topFrame && message.type === 'found')
      sendResponse({ host, running: session !== null, found: session?.found() ?? [] });
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);
  loadSettings().then(apply, () => apply(DEFAULT_SETTINGS));

  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    session?.stop();
    session = null;
  });
}

interface Session {
  step(direction: 1 | -1): void;
  found(): FoundEntity[];
  /** Whether this frame has a mention of the entity to show. */
  reveal(entityId: string): boolean;
  stop(): void;
}

/** One pass of reading and highlighting with one set of settings. */
function startSession(ctx: PageContext, settings: Settings): Session {
  const doc = document;
  const stopped = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stopped.signal]);
  const matcher = pageMatcher();
  const lang = languageOfTag(doc.documentElement.lang);
  const index = new MentionIndex();
  const painter = createPainter(doc, { quiet: settings.quiet });
  const topFrame = window === window.top;
  const types = new Set(settings.types);

  let lastCount = 0;
  let countTimer: number | undefined;
  const send = (message: ToBackground) => {
    browser.runtime.sendMessage(message).catch(() => {
      // The background is reloading with the extension; the next change reports again.
    });
  };
  const reportCount = () => {
    if (countTimer !== undefined) return;
    countTimer = window.setTimeout(() => {
      countTimer = undefined;
      if (index.size === lastCount) return;
      lastCount = index.size;
      send({
        type: 'mentions',
        count: lastCount,
        found: countFound([...index.values()].map((found) => found.mention)),
      });
    }, COUNT_DELAY_MS);
  };

  const scanner = createScanner({
    doc,
    kinds: createElementKinds(),
    painter,
    index,
    queue: createIdleQueue(window, signal),
    match: (text) =>
      matchInContext(
        (piece) => matcher.findMentions(piece, { lang }).filter((mention) => types.has(mention.type)),
        text,
        index.values(),
      ),
    onUpdate: reportCount,
  });

  let open: { found: PageMention; by: OpenedBy } | null = null;
  // Cards come from the background, which holds the statements and draws them; each is asked for once.
  const cards = new Map<string, Promise<CardView | null>>();
  const cardFor = (mention: PageMention['mention']) => {
    const { entityId, entityIds } = mention;
    // "Why this matched" quotes the page: an agreement's own words are the sentence's, in the page's language.
    const matched = mention.type === 'agreement' ? mention.text.replace(/\s+/g, ' ') : mention.matched;
    const key = `${entityId}\n${matched}\n${entityIds?.join(' ') ?? ''}`;
    let card = cards.get(key);
    if (!card) {
      const request: ToBackground = { type: 'card', entityId, matched, entityIds };
      card = (browser.runtime.sendMessage(request) as Promise<CardView | null>).catch(() => {
        // The background was restarting: ask again next time.
        cards.delete(key);
        return null;
      });
      cards.set(key, card);
    }
    return card;
  };
  let latest = 0;

  const layer = createCardLayer({
    doc,
    loadStyles: () =>
      browser.runtime.sendMessage({ type: 'card-styles' } satisfies ToBackground) as Promise<string>,
    onClose: () => closeCard(),
    onPointerEnter: () => trigger.enterCard(),
    onPointerLeave: () => trigger.leaveCard(),
    openViewer: (url) => send({ type: 'open-viewer', url }),
  });

  const openCard = async (found: PageMention, anchor: DOMRect, by: OpenedBy) => {
    const ticket = ++latest;
    const [card] = await Promise.all([cardFor(found.mention), layer.ready()]);
    // Another card was asked for meanwhile, or the extension went away: this one is stale.
    if (ticket !== latest || !card || signal.aborted) return;
    layer.show(card.markup, anchor, { focus: by === 'keyboard' && open?.found !== found });
    if (by !== 'keyboard') painter.focus(null);
    open = { found, by };
  };
  const closeCard = () => {
    latest++;
    if (!open) return;
    open = null;
    layer.hide();
    painter.focus(null);
  };

  const trigger = watchCardTriggers({
    doc,
    signal,
    hitTest: (x, y) => mentionAtPoint(doc, x, y, index, scanner.shadowRoots),
    mentionIn: (element) => firstMentionIn(element, index),
    open: openCard,
    close: closeCard,
    current: () => open,
    isInsideCard: (event) => layer.isInside(event),
    clickOnly: settings.clickOnly,
  });

  const stepper = createStepper({
    list: () => index.ordered(),
    focus: (found) => painter.focus(found?.span ?? null),
    open: (found, anchor) => openCard(found, anchor, 'keyboard'),
    announce: async (found, position, total) => {
      if (!found) return layer.announce(t('liveNone'));
      const name = (await cardFor(found.mention))?.name ?? found.mention.text;
      layer.announce(t('liveOpened', t(TYPE_LABEL[found.mention.type]), name, position, total));
    },
  });

  // The same shortcut as the extension's commands, for when the browser leaves the keys to the page.
  doc.addEventListener(
    'keydown',
    (event) => {
      const direction = stepOf(event);
      if (direction === 0) return;
      event.preventDefault();
      stepper.step(direction);
    },
    { capture: true, signal },
  );
  // The popup's "show me": each click goes to the entity's next mention, wrapping, and flashes it.
  const revealed = new Map<string, PageMention>();
  let flash: number | undefined;
  const reveal = (entityId: string) => {
    const list = index
      .ordered()
      .filter((found) => found.mention.entityId === entityId || found.mention.entityIds?.includes(entityId));
    if (list.length === 0) return false;
    const previous = revealed.get(entityId);
    const found = list[(previous ? list.indexOf(previous) + 1 : 0) % list.length]!;
    revealed.set(entityId, found);
    found.span.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    painter.focus(found.span);
    window.clearTimeout(flash);
    flash = window.setTimeout(() => {
      if (open?.found !== found) painter.focus(null);
    }, FLASH_MS);
    return true;
  };

  if (topFrame) send({ type: 'mentions', count: 0, reset: true });
  scanner.start();

  return {
    step: (direction) => stepper.step(direction),
    found: () => countFound([...index.values()].map((found) => found.mention)),
    reveal,
    stop() {
      stopped.abort();
      window.clearTimeout(countTimer);
      window.clearTimeout(flash);
      closeCard();
      scanner.stop();
      layer.dispose();
      painter.dispose();
    },
  };
}

/** Resolves once the page's markup has been parsed: there is nothing to read before. */
function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** The first mention inside a focused element, looking at a bounded number of its text nodes. */
function firstMentionIn(element: Element, index: MentionIndex): PageMention | null {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(), seen = 0; node && seen < 200; node = walker.nextNode(), seen++) {
    const found = index.at(node as Text)[0];
    if (found) return found;
  }
  return null;
}
