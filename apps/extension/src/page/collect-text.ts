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

/**
 * The visible text of `nodes` (siblings, in order) as one string, with the text node behind every
 * character. Skipped and block elements become separators.
 */
export function collectText(nodes: readonly Node[], kinds: ElementKinds): CollectedText {
  const pieces: string[] = [];
  const segments: Segment[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;
  // A boundary is written only between two pieces of text, never at either end.
  let boundary = false;

  const separate = () => {
    if (length > 0) boundary = true;
  };

  const visit = (root: Node) => {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => {
        if (node.nodeType !== 1) return 1; /* FILTER_ACCEPT */
        if (kinds.kind(node as Element) !== 'skip') return 1;
        separate();
        return 2; /* FILTER_REJECT: the whole subtree */
      },
    });
    // Blocks we are inside; leaving one is a boundary too.
    const open: Element[] = [];
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      while (open.length > 0 && !open[open.length - 1]!.contains(node)) {
        open.pop();
        separate();
      }
      if (node.nodeType === 3) {
        const text = node as Text;
        let data = text.data;
        if (data.length === 0) continue;
        const parent = text.parentElement;
        if (parent && kinds.hidesText(parent)) continue;
        // Source line breaks in running text render as spaces; the matcher must see them as the
        // reader does. One character for one, so offsets still map to the node.
        if (LINE_BREAK.test(data) && !(parent && kinds.keepsBreaks(parent)))
          data = data.replace(LINE_BREAKS, ' ');
        if (boundary) {
          pieces.push(BLOCK_SEPARATOR);
          length += BLOCK_SEPARATOR.length;
          boundary = false;
        }
        segments.push({ node: text, start: length });
        pieces.push(data);
        length += data.length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      if (kinds.kind(element) === 'block') {
        separate();
        open.push(element);
      }
    }
    while (open.pop()) separate();
  };

  for (const node of nodes) {
    if (node.nodeType === 1 && kinds.kind(node as Element) === 'skip') continue;
    visit(node);
  }
  return { text: pieces.join(''), segments, shadowRoots };
}
