import type { Mention } from '@enlace/core';
import { type CollectedText, readText } from './collect-text.js';
import type { ElementKinds } from './element-kind.js';
import type { Painter } from './highlight.js';
import type { MentionIndex, PageMention } from './hit-test.js';
import type { IdleQueue } from './idle-queue.js';
import { type Changes, observeChanges } from './observe.js';
import { placeMentions } from './place-mentions.js';

/**
 * Text read and matched in one idle-time task: about 5 ms of collecting and matching on a slow
 * machine, so a task stays inside a frame. Most articles fit in one or two; a huge page is cut, at
 * the first block boundary past this size, into pieces read with the names already found
 * (match-in-context).
 */
export const MAX_UNIT_CHARS = 16_000;

export interface ScannerOptions {
  doc: Document;
  kinds: ElementKinds;
  painter: Painter;
  index: MentionIndex;
  queue: IdleQueue;
  match: (text: string) => Mention[];
  /** Called after every change to the set of mentions. */
  onUpdate?: () => void;
}

export interface Scanner {
  /** Reads the whole page once, then keeps up with its changes. */
  start(): void;
  stop(): void;
  /** The open shadow roots found so far, for hit-testing inside them. */
  readonly shadowRoots: readonly ShadowRoot[];
  /** Characters read so far: an incremental update adds only the changed blocks' text. */
  readonly collectedChars: number;
}

export function createScanner(options: ScannerOptions): Scanner {
  const { doc, kinds, painter, index, queue, match } = options;
  const shadowRoots: ShadowRoot[] = [];
  let collectedChars = 0;
  let stopped = false;

  const update = () => options.onUpdate?.();

  const erase = (gone: readonly PageMention[]) => {
    if (gone.length === 0) return false;
    // Erasing only unregisters ranges: nothing in the page changes.
    for (const found of gone) {
      painter.erase(found.mention.type, found.span);
      index.delete(found);
    }
    return true;
  };

  const scanPiece = (piece: CollectedText) => {
    // Tasks can overlap (a block queued twice): each one first clears what it is about to redo.
    erase(mentionsStartingIn(piece, index));
    collectedChars += piece.text.length;
    for (const root of piece.shadowRoots) addShadowRoot(root);
    const found = placeMentions(piece, match(piece.text), kinds);
    // Painting may add our <style> to a root that refuses constructed sheets: not a page change.
    observer.unobserved(() => {
      for (const { mention, span } of found) {
        painter.paint(mention.type, span);
        index.add({ mention, span });
      }
    });
    update();
  };

  // Read as it is cut: reading a huge page in one task would block it.
  const enqueue = (unit: Node) => {
    const reader = readText(unit, kinds);
    const next = () => {
      if (stopped || !unit.isConnected) return;
      const piece = reader.next(MAX_UNIT_CHARS);
      if (!piece) return;
      queue.push(next);
      scanPiece(piece);
    };
    queue.push(next);
  };

  const addShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.includes(root)) return;
    shadowRoots.push(root);
    observer.observe(root);
    enqueue(root);
  };

  const onChanges = ({ dirty, removed }: Changes) => {
    if (stopped) return;
    const erased =
      removed &&
      erase([...index.values()].filter((found) => !found.span.nodes.every((node) => node.isConnected)));
    for (const unit of outermost(dirty.flatMap((node) => unitOf(node, kinds, doc) ?? []))) enqueue(unit);
    if (erased) update();
  };

  const observer = observeChanges(kinds, (flush) => queue.push(flush), onChanges);

  return {
    start() {
      observer.observe(doc);
      enqueue(doc.body ?? doc.documentElement);
    },
    stop() {
      stopped = true;
      observer.disconnect();
    },
    get shadowRoots() {
      return shadowRoots;
    },
    get collectedChars() {
      return collectedChars;
    },
  };
}

/**
 * The mentions whose first text node the piece read, looked up by text node: the cost is the size
 * of the piece, where testing every mention on the page made a huge page's scan quadratic.
 */
function mentionsStartingIn(piece: CollectedText, index: MentionIndex): PageMention[] {
  const found: PageMention[] = [];
  for (const { node } of piece.segments)
    for (const mention of index.at(node)) if (mention.span.nodes[0] === node) found.push(mention);
  return found;
}

/**
 * The block a change belongs to, read again as a whole so names that span inline elements are
 * found; null when the change is somewhere we never read (a form field, hidden content).
 */
function unitOf(node: Node, kinds: ElementKinds, doc: Document): Node | null {
  let unit: Node | null = null;
  let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (node.nodeType === 1 && kinds.kind(node as Element) === 'block') unit = node;
  for (; element; element = element.parentElement) {
    const kind = kinds.kind(element);
    if (kind === 'skip') return null;
    if (!unit && kind === 'block') unit = element;
  }
  if (unit) return unit;
  const root = node.getRootNode();
  return root.nodeType === 11 ? root : (doc.body ?? doc.documentElement);
}

/** Drops units inside other units, and duplicates; by ancestors, as a storm can dirty thousands. */
function outermost(units: Node[]): Node[] {
  const unique = new Set(units);
  return [...unique].filter((unit) => {
    for (let up = unit.parentNode; up; up = up.parentNode) if (unique.has(up)) return false;
    return true;
  });
}
