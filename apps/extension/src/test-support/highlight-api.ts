import { afterEach, beforeEach } from 'vitest';

/** A highlight as the page's registry holds it: a set of ranges. */
export type FakeHighlight = Set<AbstractRange> & { priority: number };

/**
 * The CSS Custom Highlight API for happy-dom, which has none: `CSS.highlights` as a map of named sets
 * of ranges, installed around each test of the calling file. happy-dom's IntersectionObserver never
 * reports, so it is taken away too: without one the painter registers every range at once.
 */
export function useHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const win = window as unknown as Record<string, unknown>;
  const saved = { CSS: win.CSS, Highlight: win.Highlight, IntersectionObserver: win.IntersectionObserver };
  beforeEach(() => {
    registry.clear();
    win.CSS = { highlights: registry };
    win.Highlight = class extends Set<AbstractRange> {
      priority = 0;
    };
    win.IntersectionObserver = undefined;
  });
  afterEach(() => {
    Object.assign(win, saved);
  });
  return registry;
}

/** The text of every range of a highlight, in the order they were added. */
export const textsIn = (highlight: FakeHighlight | undefined): string[] =>
  [...(highlight ?? [])].map((range) => (range as Range).toString());
