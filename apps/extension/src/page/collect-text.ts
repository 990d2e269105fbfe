import type { ElementKinds } from './element-kind.js';

/**
 * Put between blocks so that names never join across paragraphs, list items or cells. The line
 * breaks end a sentence; the object replacement character between them is neither a letter nor
 * whitespace, so no whitespace folding can turn the boundary into the space inside a name.
 */
export const BLOCK_SEPARATOR = '\n\uFFFC\n';

const LINE_BREAK = /[\n\r\t\f]/;
const LINE_BREAKS = /[\n\r\t\f]/g;

/** One text node's place in the collected text: its data is `text.slice(start, start + node.length)`. */
export interface Segment {
  node: Text;
  start: number;
}

export interface CollectedText {
  text: string;
  /** In document order, `start` strictly increasing. */
  segments: Segment[];
  /** Open shadow roots met on the way; their text is collected on its own. */
  shadowRoots: ShadowRoot[];
}

/** Reads a unit of the page a piece at a time. */
export interface TextReader {
  /**
   * The next piece: the text from where the last one stopped to the first block boundary after
   * `limit` characters (or the unit's end), so a name is never cut in two. Null once all is read.
   */
  next(limit: number): CollectedText | null;
}

/**
 * The text under `root`, with the text node behind every character. Skipped and block elements
 * become separators. Text hidden by the page's CSS is read too; `placeMentions` leaves out the
 * mentions in it.
 */
export function collectText(root: Node, kinds: ElementKinds): CollectedText {
  return readText(root, kinds).next(Number.POSITIVE_INFINITY) ?? { text: '', segments: [], shadowRoots: [] };
}

/**
 * Reads `root` in one walk, cut into pieces as it goes: measuring a huge page first, to know
 * where to cut, cost as much as reading it. The page may change between two pieces; the walk goes
 * on from where it stopped while that node is still in `root` (the mutation observer sends the
 * changed blocks to be read again), else from after the last text it read, else from the start.
 */
export function readText(root: Node, kinds: ElementKinds): TextReader {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter: a filter calls into script for every node, which cost more than the rest of the walk.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node: Node | null = root;
  let lastRead: Text | null = null;
  let done = false;
  // The blocks we are inside, each as the first node after it: reaching that node leaves it.
  const open: Array<Node | null> = [];

  const resume = (): Node | null => {
    if (node && root.contains(node)) return node;
    open.length = 0;
    if (lastRead && root.contains(lastRead)) {
      walker.currentNode = lastRead;
      return walker.nextNode();
    }
    return root;
  };

  return {
    next(limit) {
      if (done) return null;
      node = resume();
      if (node) walker.currentNode = node;
      const pieces: string[] = [];
      const segments: Segment[] = [];
      const shadowRoots: ShadowRoot[] = [];
      let length = 0;
      // A boundary is written only between two pieces of text, never at either end.
      let boundary = false;
      let last: Text | null = null;
      let lastData = '';
      /** At a block boundary: whether this piece is full. */
      const separate = () => {
        if (length === 0) return false;
        boundary = true;
        return length >= limit;
      };

      const add = (text: Text) => {
        let data = text.data;
        // The source's indentation between blocks adds nothing a separator does not already say;
        // on a large page it is a text node in three and would cost as much as the words.
        if ((boundary || length === 0) && isBlank(data)) return;
        // Source line breaks in running text render as spaces; the matcher must see them as the
        // reader does. One character for one, so offsets still map to the node.
        if (LINE_BREAK.test(data) && !(text.parentElement && kinds.keepsBreaks(text.parentElement)))
          data = data.replace(LINE_BREAKS, ' ');
        if (!boundary && last && touches(lastData, data) && crossesBlock(last, text, kinds)) boundary = true;
        if (boundary) {
          pieces.push(BLOCK_SEPARATOR);
          length += BLOCK_SEPARATOR.length;
          boundary = false;
        }
        segments.push({ node: text, start: length });
        pieces.push(data);
        length += data.length;
        last = text;
        lastData = data;
      };

      let full = false;
      while (node && !full) {
        while (open.length > 0 && open[open.length - 1] === node) {
          open.pop();
          full ||= separate();
        }
        if (full) break;
        if (node.nodeType === 3) {
          add(node as Text);
        } else if (node.nodeType === 1) {
          const element = node as Element;
          const kind = kinds.kind(element);
          if (kind === 'skip') {
            full = separate();
            node = skipSubtree(walker);
            continue;
          }
          if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
          if (kind === 'block') {
            if (separate()) break;
            open.push(nodeAfter(element, root));
          }
        }
        node = walker.nextNode();
      }
      if (last) lastRead = last;
      done = !node;
      if (length === 0 && done) return null;
      return { text: pieces.join(''), segments, shadowRoots };
    },
  };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether the text is empty or ASCII whitespace only. */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 0x20) return false;
  return true;
}

/** Whether the last character of one piece and the first of the next are both part of a word. */
function touches(before: string, after: string): boolean {
  // Most pieces end or begin with a space: settled without a regular expression.
  if (before.charCodeAt(before.length - 1) <= 0x20 || after.charCodeAt(0) <= 0x20) return false;
  return WORD_CHAR.test(before[before.length - 1]!) && WORD_CHAR.test(after[0]!);
}

/**
 * Whether an element left after `before` or entered before `after` is displayed as a block, so the
 * two words do not in fact touch. Asked only there: the tag decides everywhere else.
 */
function crossesBlock(before: Text, after: Text, kinds: ElementKinds): boolean {
  if (before.parentNode === after.parentNode) return false;
  for (
    let element = before.parentElement;
    element && !element.contains(after);
    element = element.parentElement
  )
    if (kinds.breaksLine(element)) return true;
  for (
    let element = after.parentElement;
    element && !element.contains(before);
    element = element.parentElement
  )
    if (kinds.breaksLine(element)) return true;
  return false;
}

/** Moves the walker past the current node's subtree; the node it lands on, or null at the end. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The first element or text node after `node`'s subtree, inside `root`; null when there is none. */
function nodeAfter(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    for (let next = at.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 1 || next.nodeType === 3) return next;
    }
  }
  return null;
}
