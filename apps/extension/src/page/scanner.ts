import type { Mention } from '@enlace/core';
import { collectText } from './collect-text.js';
import type { ElementKinds } from './element-kind.js';
import type { Painter } from './highlight.js';
import type { MentionIndex, PageMention } from './hit-test.js';
import type { IdleQueue } from './idle-queue.js';
import { type Changes, observeChanges } from './observe.js';
import { placeMentions } from './place-mentions.js';

/**
 * Text read and matched in one idle-time task: about 5 ms of collecting and matching on a slow
 * machine, so a task stays inside a frame. Most articles fit in one or two; a huge page is cut at
 * block boundaries into pieces this size, read with the names already found (match-in-context).
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

  const scanGroup = (group: readonly Node[]) => {
    if (stopped) return;
    const nodes = group.filter((node) => node.isConnected);
    if (nodes.length === 0) return;
    // Tasks can overlap (a block queued twice): each one first clears what it is about to redo.
    erase(mentionsStartingIn(nodes, index));
    const collected = collectText(nodes, kinds);
    collectedChars += collected.text.length;
    for (const root of collected.shadowRoots) addShadowRoot(root);
    const found = placeMentions(collected, match(collected.text), kinds);
    // Painting may add our <style> to a root that refuses constructed sheets: not a page change.
    observer.unobserved(() => {
      for (const { mention, span } of found) {
        painter.paint(mention.type, span);
        index.add({ mention, span });
      }
    });
    update();
  };

  // Cut as it is read: cutting a huge page up front walks all of its text in one task.
  const enqueue = (unit: Node) => {
    const groups = partition(unit, kinds);
    const next = () => {
      const group = groups.next();
      if (group.done) return;
      queue.push(next);
      scanGroup(group.value);
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
 * The mentions whose first text node is in `nodes`, looked up by text node: the cost is the size
 * of the group, where testing every mention on the page made a huge page's scan quadratic.
 */
function mentionsStartingIn(nodes: readonly Node[], index: MentionIndex): PageMention[] {
  const found: PageMention[] = [];
  for (const node of nodes) {
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 0x4 /* SHOW_TEXT */);
    for (
      let text: Node | null = node.nodeType === 3 ? node : walker.nextNode();
      text;
      text = walker.nextNode()
    ) {
      for (const mention of index.at(text as Text)) if (mention.span.nodes[0] === text) found.push(mention);
    }
  }
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

/**
 * Cuts a unit into runs of siblings of at most MAX_UNIT_CHARS, descending only into a child that
 * is larger on its own: as few pieces as possible, so the matcher sees names in their context.
 * Lazily, a run at a time, so each costs about what reading it does.
 */
export function* partition(unit: Node, kinds: ElementKinds): Generator<Node[], void, undefined> {
  if (!unit.firstChild || textLength(unit, MAX_UNIT_CHARS) <= MAX_UNIT_CHARS) {
    yield [unit];
    return;
  }
  let run: Node[] = [];
  let runChars = 0;
  // The children as they are now: the page may move them between two runs. Read by sibling
  // links, which are several times cheaper than iterating a NodeList.
  const children: ChildNode[] = [];
  for (let child: ChildNode | null = unit.firstChild; child; child = child.nextSibling) children.push(child);
  for (const child of children) {
    const kind = child.nodeType === 1 ? kinds.kind(child as Element) : 'inline';
    if (kind === 'skip') continue;
    // The browser's own copy of the text is measured: a walker for each of thousands of
    // paragraphs cost four times as much. Only a child larger than a piece is then descended
    // into, so each level of a huge page is copied once.
    const chars = child.textContent?.length ?? 0;
    if (chars > MAX_UNIT_CHARS && kind === 'block' && child.firstChild) {
      if (run.length > 0) yield run;
      run = [];
      runChars = 0;
      yield* partition(child, kinds);
      continue;
    }
    if (runChars + chars > MAX_UNIT_CHARS && run.length > 0) {
      yield run;
      run = [];
      runChars = 0;
    }
    run.push(child);
    runChars += chars;
  }
  if (run.length > 0) yield run;
}

/**
 * The length of the text under `node`, counted only until it passes `limit`: a huge unit is measured
 * as far as it needs to be, not copied whole (`textContent`) at every level of the descent.
 */
function textLength(node: Node, limit: number): number {
  if (node.nodeType === 3) return (node as Text).length;
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 0x4 /* SHOW_TEXT */);
  let length = 0;
  for (let text = walker.nextNode(); text && length <= limit; text = walker.nextNode())
    length += (text as Text).length;
  return length;
}
