import type { ElementKinds } from './element-kind.js';
import { OWN_UI_TAG } from './element-kind.js';

/** What changed since the last report: nodes whose surrounding block must be read again. */
export interface Changes {
  dirty: Node[];
  /** Something was removed: mentions in detached nodes must go. */
  removed: boolean;
}

export interface ChangeObserver {
  observe(root: Document | ShadowRoot): void;
  /** Runs our own DOM writes (a highlight <style> where constructed sheets are refused) unreported. */
  unobserved<T>(write: () => T): T;
  disconnect(): void;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Attributes that can reveal hidden text; only acted on for elements found hidden.
  attributeFilter: ['hidden', 'class', 'style', 'open', 'contenteditable'],
};

/**
 * Watches the page for changed text and reports it in batches: every mutation in a task becomes
 * one report, handed to `report` through the caller's scheduler.
 */
export function observeChanges(
  kinds: ElementKinds,
  schedule: (flush: () => void) => void,
  report: (changes: Changes) => void,
): ChangeObserver {
  let dirty = new Set<Node>();
  let removed = false;
  let pending = false;

  const flush = () => {
    pending = false;
    const changes = { dirty: [...dirty].filter((node) => node.isConnected), removed };
    dirty = new Set();
    removed = false;
    if (changes.dirty.length > 0 || changes.removed) report(changes);
  };

  const record = (mutations: MutationRecord[]) => {
    for (const mutation of mutations) {
      const target = mutation.target;
      if (isOurs(target)) continue;
      if (mutation.type === 'characterData') {
        dirty.add(target);
      } else if (mutation.type === 'attributes') {
        const element = target as Element;
        if (mutation.attributeName === 'contenteditable' || kinds.wasHidden(element)) {
          kinds.forget(element);
          dirty.add(element);
          removed = true;
        }
      } else {
        for (const node of mutation.addedNodes) if (!isOurs(node)) dirty.add(node);
        for (const node of mutation.removedNodes) {
          if (isOurs(node)) continue;
          removed = true;
          // Removing inline content can join the words around it; a removed block joins nothing.
          if (node.nodeType === 3 || (node.nodeType === 1 && kinds.kind(node as Element) === 'inline')) {
            dirty.add(target);
          }
        }
      }
    }
    if ((dirty.size > 0 || removed) && !pending) {
      pending = true;
      schedule(flush);
    }
  };

  const observer = new MutationObserver(record);
  return {
    observe: (root) => observer.observe(root, OPTIONS),
    unobserved(write) {
      record(observer.takeRecords());
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    disconnect: () => observer.disconnect(),
  };
}

// The card's host element. Our <style> elements are written inside `unobserved`, so a page that
// rewrites or removes them is still seen.
function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === OWN_UI_TAG;
}
