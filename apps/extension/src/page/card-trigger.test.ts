import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DWELL_MS, GRACE_MS, type OpenedBy, watchCardTriggers } from './card-trigger.js';
import type { Hit, PageMention } from './hit-test.js';

const found = { mention: { entityId: 'e' } } as unknown as PageMention;
const hit: Hit = { found, rect: new DOMRect(10, 10, 50, 20) };

function setUp(clickOnly = false) {
  const controller = new AbortController();
  let over: Hit | null = null;
  let open: { found: PageMention; by: OpenedBy } | null = null;
  const opened = vi.fn((item: PageMention, _rect: DOMRect, by: OpenedBy) => {
    open = { found: item, by };
  });
  const closed = vi.fn(() => {
    open = null;
  });
  const trigger = watchCardTriggers({
    doc: document,
    signal: controller.signal,
    hitTest: () => over,
    mentionIn: () => null,
    open: opened,
    close: closed,
    current: () => open,
    isInsideCard: () => false,
    clickOnly,
  });
  const move = (target: Hit | null) => {
    over = target;
    document.dispatchEvent(
      new PointerEvent('pointermove', { pointerType: 'mouse', clientX: 20, clientY: 20 }),
    );
    vi.advanceTimersToNextFrame();
  };
  const click = (target: Hit | null) => {
    over = target;
    document.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'mouse', clientX: 20, clientY: 20 }));
  };
  return { controller, trigger, move, click, opened, closed };
}

describe('watchCardTriggers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens after the pointer rests on a mention, not when it passes over', () => {
    const { move, opened, controller } = setUp();
    move(hit);
    vi.advanceTimersByTime(DWELL_MS / 2);
    move(null);
    vi.advanceTimersByTime(DWELL_MS);
    expect(opened).not.toHaveBeenCalled();
    move(hit);
    vi.advanceTimersByTime(DWELL_MS);
    expect(opened).toHaveBeenCalledWith(found, hit.rect, 'pointer');
    controller.abort();
  });

  it('stays open while the pointer travels into the card, and closes after it leaves', () => {
    const { move, trigger, closed, controller } = setUp();
    move(hit);
    vi.advanceTimersByTime(DWELL_MS);
    move(null);
    trigger.enterCard();
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(closed).not.toHaveBeenCalled();
    trigger.leaveCard();
    vi.advanceTimersByTime(GRACE_MS);
    expect(closed).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('closes on Escape', () => {
    const { move, closed, controller } = setUp();
    move(hit);
    vi.advanceTimersByTime(DWELL_MS);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(closed).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('stops listening when the extension goes away', () => {
    const { move, opened, controller } = setUp();
    controller.abort();
    move(hit);
    vi.advanceTimersByTime(DWELL_MS);
    expect(opened).not.toHaveBeenCalled();
  });

  it('with cards on click only, ignores hovering and opens on a click', () => {
    const { move, click, opened, controller } = setUp(true);
    move(hit);
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(opened).not.toHaveBeenCalled();
    click(hit);
    expect(opened).toHaveBeenCalledWith(found, hit.rect, 'pointer');
    controller.abort();
  });
});
