/**
 * How far from the viewport an element's items are shown: two viewport heights each way, so a
 * reader scrolling at any usual speed never sees a mention before its highlight.
 */
export const NEAR_MARGIN = '200%';

export interface NearViewportOptions<T> {
  show(item: T): void;
  hide(item: T): void;
}

/** Shows the items of elements near the viewport and hides those of elements far from it. */
export interface NearViewport<T> {
  add(element: Element, item: T): void;
  delete(element: Element, item: T): void;
  /** Shows an element's items now: the reader is being taken there, and the observer reports a frame later. */
  showNow(element: Element): void;
  dispose(): void;
}

type Observer = typeof IntersectionObserver;

/**
 * Chromium rebuilds the markers of every registered highlight range in each frame that adds one:
 * with thousands registered, such a frame takes hundreds of milliseconds. Keeping only the ranges
 * near the viewport registered bounds that work by what a reader can reach, not by the page's size.
 * Without an observer everything is shown, as before.
 */
export function watchNearViewport<T>(
  doc: Document,
  options: NearViewportOptions<T>,
  Ctor: Observer | null = doc.defaultView?.IntersectionObserver ?? null,
): NearViewport<T> {
  const groups = new Map<Element, { items: Set<T>; near: boolean }>();
  const setNear = (group: { items: Set<T>; near: boolean }, near: boolean) => {
    if (group.near === near) return;
    group.near = near;
    for (const item of group.items) (near ? options.show : options.hide)(item);
  };
  const observer = Ctor
    ? new Ctor(
        (entries) => {
          for (const entry of entries) {
            const group = groups.get(entry.target);
            if (group) setNear(group, entry.isIntersecting);
          }
        },
        // The frame's own viewport: a frame's content is near when it is near the frame's scroll position.
        { root: doc, rootMargin: NEAR_MARGIN },
      )
    : null;

  return {
    add(element, item) {
      let group = groups.get(element);
      if (!group) {
        group = { items: new Set(), near: !observer };
        groups.set(element, group);
        observer?.observe(element);
      }
      group.items.add(item);
      if (group.near) options.show(item);
    },
    delete(element, item) {
      const group = groups.get(element);
      if (!group?.items.delete(item)) return;
      if (group.near) options.hide(item);
      if (group.items.size > 0) return;
      groups.delete(element);
      observer?.unobserve(element);
    },
    showNow(element) {
      const group = groups.get(element);
      if (group) setNear(group, true);
    },
    dispose() {
      observer?.disconnect();
      groups.clear();
    },
  };
}
