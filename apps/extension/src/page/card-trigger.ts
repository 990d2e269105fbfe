import type { Hit, PageMention } from './hit-test.js';

export type OpenedBy = 'pointer' | 'focus' | 'keyboard';

export interface CardTriggerOptions {
  doc: Document;
  signal: AbortSignal;
  hitTest(x: number, y: number): Hit | null;
  /** The mention a focused element holds, if any (a link around a name). */
  mentionIn(element: Element): PageMention | null;
  open(found: PageMention, anchor: DOMRect, by: OpenedBy): void;
  close(): void;
  /** The mention whose card is open, and how it was opened. */
  current(): { found: PageMention; by: OpenedBy } | null;
  isInsideCard(event: Event): boolean;
  /** Open cards on a click or tap only, never on hover (a reader's setting). */
  clickOnly?: boolean;
}

export interface CardTrigger {
  /** The pointer is over the card: keep it open. */
  enterCard(): void;
  leaveCard(): void;
}

/** How long the pointer rests on a mention before its card opens. */
export const DWELL_MS = 300;
/** How long a card stays after the pointer leaves, so the pointer can travel into it. */
export const GRACE_MS = 350;

/**
 * When a card opens and closes: hover after a dwell, a tap, keyboard focus on an element holding a
 * mention; closes on leaving (after a grace period), a click elsewhere, Escape, or scrolling the
 * mention out of view.
 */
export function watchCardTriggers(options: CardTriggerOptions): CardTrigger {
  const { doc, signal } = options;
  const view = doc.defaultView!;
  const listen = { capture: true, passive: true, signal };
  let dwell: number | undefined;
  let grace: number | undefined;
  let dwellingOn: PageMention | null = null;
  let frame: number | undefined;
  let last: PointerEvent | null = null;
  let overCard = false;

  const stopDwell = () => {
    view.clearTimeout(dwell);
    dwell = undefined;
    dwellingOn = null;
  };
  const stopGrace = () => {
    view.clearTimeout(grace);
    grace = undefined;
  };
  const closeSoon = () => {
    if (grace !== undefined) return;
    grace = view.setTimeout(() => {
      grace = undefined;
      if (!overCard && options.current()?.by === 'pointer') options.close();
    }, GRACE_MS);
  };

  const onPointer = () => {
    frame = undefined;
    const event = last;
    if (!event || overCard) return;
    const hit = options.hitTest(event.clientX, event.clientY);
    const open = options.current();
    if (hit && open?.found === hit.found) {
      stopGrace();
      stopDwell();
      return;
    }
    if (!hit) {
      stopDwell();
      if (open?.by === 'pointer') closeSoon();
      return;
    }
    if (dwellingOn === hit.found) return;
    stopDwell();
    dwellingOn = hit.found;
    dwell = view.setTimeout(() => {
      dwell = undefined;
      dwellingOn = null;
      stopGrace();
      // The rect under the pointer when it came to rest: the right line of a wrapped mention.
      options.open(hit.found, hit.rect, 'pointer');
    }, DWELL_MS);
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
      if (options.clickOnly || options.isInsideCard(event)) return;
      last = event;
      if (frame === undefined) frame = view.requestAnimationFrame(onPointer);
    },
    listen,
  );

  doc.addEventListener(
    'pointerup',
    (event) => {
      if (options.isInsideCard(event)) return;
      if (event.pointerType === 'touch' || options.clickOnly) {
        const hit = options.hitTest(event.clientX, event.clientY);
        if (hit) {
          options.open(hit.found, hit.rect, 'pointer');
          return;
        }
      }
      if (options.current()) options.close();
    },
    listen,
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && options.current()) options.close();
    },
    listen,
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      if (options.isInsideCard(event)) return;
      const target = event.target as Element | null;
      if (!target?.matches?.(':focus-visible')) return;
      const found = options.mentionIn(target);
      if (!found) {
        if (options.current()?.by === 'focus') options.close();
        return;
      }
      const rect = found.span.range.getClientRects()[0];
      if (rect) options.open(found, rect, 'focus');
    },
    listen,
  );

  const onScroll = () => {
    const open = options.current();
    if (!open) return;
    const rects = [...open.found.span.range.getClientRects()];
    const visible = rects.find((rect) => rect.bottom > 0 && rect.top < view.innerHeight);
    if (!visible) options.close();
    else options.open(open.found, visible, open.by);
  };
  let scrollFrame: number | undefined;
  view.addEventListener(
    'scroll',
    () => {
      if (scrollFrame !== undefined) return;
      scrollFrame = view.requestAnimationFrame(() => {
        scrollFrame = undefined;
        onScroll();
      });
    },
    listen,
  );

  signal.addEventListener('abort', () => {
    stopDwell();
    stopGrace();
  });

  return {
    enterCard() {
      overCard = true;
      stopGrace();
    },
    leaveCard() {
      overCard = false;
      if (options.current()?.by === 'pointer') closeSoon();
    },
  };
}
