import { describe, expect, it } from 'vitest';
import { NEAR_MARGIN, watchNearViewport } from './near-viewport.js';

/** An observer the test drives: it reports what the test says is near, as the browser would. */
function fakeObserver() {
  const made: FakeObserver[] = [];
  class FakeObserver {
    readonly targets = new Set<Element>();
    disconnected = false;
    constructor(
      readonly callback: IntersectionObserverCallback,
      readonly init: IntersectionObserverInit,
    ) {
      made.push(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.disconnected = true;
      this.targets.clear();
    }
    report(target: Element, isIntersecting: boolean) {
      const entry = { target, isIntersecting } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
  }
  return { Ctor: FakeObserver as unknown as typeof IntersectionObserver, made };
}

function setUp() {
  document.body.innerHTML = '<p id="top">a</p><p id="far">b</p>';
  const shown = new Set<string>();
  const { Ctor, made } = fakeObserver();
  const near = watchNearViewport<string>(
    document,
    { show: (item) => shown.add(item), hide: (item) => shown.delete(item) },
    Ctor,
  );
  const top = document.getElementById('top')!;
  const far = document.getElementById('far')!;
  return { near, shown, observer: made[0]!, top, far };
}

describe('watchNearViewport', () => {
  it('watches the frame’s own viewport, two viewport heights each way', () => {
    const { observer } = setUp();
    expect(observer.init).toEqual({ root: document, rootMargin: NEAR_MARGIN });
    expect(NEAR_MARGIN).toBe('200%');
  });

  it('shows nothing until its element is reported near, and hides it when it goes far', () => {
    const { near, shown, observer, top, far } = setUp();
    near.add(top, 'Marco Rubio');
    near.add(far, 'Omar García Harfuch');
    expect([...observer.targets]).toEqual([top, far]);
    expect(shown.size).toBe(0);

    observer.report(top, true);
    expect([...shown]).toEqual(['Marco Rubio']);
    near.add(top, 'Claudia Sheinbaum');
    expect([...shown].sort()).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);

    // The reader scrolls down.
    observer.report(top, false);
    observer.report(far, true);
    expect([...shown]).toEqual(['Omar García Harfuch']);
  });

  it('shows an element’s items at once when the reader is taken there', () => {
    const { near, shown, far } = setUp();
    near.add(far, 'Omar García Harfuch');
    near.showNow(far);
    expect([...shown]).toEqual(['Omar García Harfuch']);
  });

  it('stops watching an element when its last item goes, and everything when disposed', () => {
    const { near, shown, observer, top, far } = setUp();
    near.add(top, 'Marco Rubio');
    near.add(far, 'Omar García Harfuch');
    observer.report(top, true);
    near.delete(top, 'Marco Rubio');
    expect(shown.size).toBe(0);
    expect([...observer.targets]).toEqual([far]);
    near.dispose();
    expect(observer.disconnected).toBe(true);
    observer.report(far, true);
    expect(shown.size).toBe(0);
  });

  it('shows everything where there is no IntersectionObserver', () => {
    const shown: string[] = [];
    const near = watchNearViewport<string>(
      document,
      { show: (item) => shown.push(item), hide: () => {} },
      null,
    );
    near.add(document.body, 'Marco Rubio');
    expect(shown).toEqual(['Marco Rubio']);
  });
});
