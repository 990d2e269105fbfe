import type { Mention } from '@enlace/core';
import type { TextSpan } from './ranges.js';

/** A mention as it is on the page: what matched, and where it is now. */
export interface PageMention {
  mention: Mention;
  span: TextSpan;
}

export interface Hit {
  found: PageMention;
  /** The line box of the mention under the point; a wrapped mention has one per line. */
  rect: DOMRect;
}

/** Every painted mention, by the text nodes it covers, in document order when listed. */
export class MentionIndex {
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly all = new Set<PageMention>();

  add(found: PageMention): void {
    this.all.add(found);
    for (const node of found.span.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(found);
      else this.byNode.set(node, [found]);
    }
  }

  delete(found: PageMention): void {
    this.all.delete(found);
    for (const node of found.span.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((other) => other !== found);
      if (rest.length > 0) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  at(node: Text): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  get size(): number {
    return this.all.size;
  }

  values(): IterableIterator<PageMention> {
    return this.all.values();
  }

  /** In document order, for stepping through mentions like find-in-page. */
  ordered(): PageMention[] {
    return [...this.all].sort((a, b) => compareComposed(a.span.range, b.span.range));
  }
}

/** Document order across shadow roots: a shadow root's text sits where its host is. */
function compareComposed(a: Range, b: Range): number {
  const rootA = a.startContainer.getRootNode();
  if (rootA === b.startContainer.getRootNode()) return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  const inDocument = (node: Node) => {
    let current = node;
    for (let root = current.getRootNode(); root.nodeType === 11; root = current.getRootNode()) {
      current = (root as ShadowRoot).host;
    }
    return current;
  };
  const hostA = inDocument(a.startContainer);
  const hostB = inDocument(b.startContainer);
  if (hostA === hostB) return rootA.nodeType === 11 ? 1 : -1;
  return hostA.compareDocumentPosition(hostB) & 4 /* FOLLOWING */ ? -1 : 1;
}

interface CaretPosition {
  offsetNode: Node;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The mention under a viewport point. The caret position finds the text node cheaply; the
 * mention's own line boxes confirm it, since the caret snaps to the nearest text even past a
 * line's end or in a margin.
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: MentionIndex,
  shadowRoots: readonly ShadowRoot[] = [],
): Hit | null {
  const candidates = new Set<PageMention>();
  const node = caretNode(doc as CaretDocument, x, y, shadowRoots);
  if (node?.nodeType === 3) for (const found of index.at(node as Text)) candidates.add(found);
  if (candidates.size === 0) {
    // No caret API, or a shadow root it cannot see into: look at the element under the point.
    const element = deepElementFromPoint(doc, x, y);
    for (let child = element?.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) for (const found of index.at(child as Text)) candidates.add(found);
    }
  }
  for (const found of candidates) {
    for (const rect of found.span.range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
        return { found, rect };
      }
    }
  }
  return null;
}

function caretNode(
  doc: CaretDocument,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): Node | null {
  try {
    if (doc.caretPositionFromPoint) {
      return doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })?.offsetNode ?? null;
    }
    return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
  } catch {
    return null;
  }
}

function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}
