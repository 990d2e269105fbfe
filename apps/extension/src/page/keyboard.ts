import type { PageMention } from './hit-test.js';

/**
 * The in-page shortcut, also declared as the extension's commands: Alt+Shift+E for the next
 * mention, Alt+Shift+Q for the previous one. Read from `code`, since Alt changes `key` on macOS.
 */
export function stepOf(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'KeyE') return 1;
  if (event.code === 'KeyQ') return -1;
  return 0;
}

export interface StepperOptions {
  /** Mentions in document order. */
  list(): PageMention[];
  /** Shows the keyboard focus on one mention, or none. */
  focus(found: PageMention | null): void;
  open(found: PageMention, anchor: DOMRect): void;
  announce(found: PageMention | null, position: number, total: number): void;
}

export interface Stepper {
  step(direction: 1 | -1): void;
  /** Forgets the focused mention (the card closed, or highlighting stopped). */
  reset(): void;
}

/** Steps through the page's mentions like find-in-page, wrapping at either end. */
export function createStepper(options: StepperOptions): Stepper {
  let current: PageMention | null = null;

  return {
    step(direction) {
      const list = options.list();
      if (list.length === 0) {
        current = null;
        options.focus(null);
        options.announce(null, 0, 0);
        return;
      }
      const at = current ? list.indexOf(current) : -1;
      const next =
        at >= 0
          ? (at + direction + list.length) % list.length
          : direction === 1
            ? firstAfterViewportTop(list)
            : list.length - 1;
      const found = list[next]!;
      current = found;
      const element = found.span.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      options.focus(found);
      const rect = found.span.range.getClientRects()[0] ?? found.span.range.getBoundingClientRect();
      options.open(found, rect);
      options.announce(found, next + 1, list.length);
    },
    reset() {
      current = null;
      options.focus(null);
    },
  };
}

// Starting from where the reader is, like find-in-page does.
function firstAfterViewportTop(list: PageMention[]): number {
  const index = list.findIndex((found) => found.span.range.getBoundingClientRect().top >= 0);
  return Math.max(index, 0);
}
