/** An element or a text, as the background sends a card (see `markup-jsx.ts`). */
export type Markup = string | MarkupElement;

export interface MarkupElement {
  tag: string;
  attributes: Record<string, string>;
  children: Markup[];
}

/** Elements that run, load or restyle something: a card has none, and a page must never get one from us. */
const ACTIVE = /^(?:script|style|link|meta|base|i?frame|object|embed)$/i;

/**
 * Nodes for markup. Text becomes text nodes, never parsed; no attribute can carry a listener and no
 * element can run or load anything, whatever the markup says.
 */
export function buildMarkup(doc: Document, markup: Markup): Node {
  if (typeof markup === 'string') return doc.createTextNode(markup);
  if (ACTIVE.test(markup.tag)) return doc.createTextNode('');
  const element = doc.createElement(markup.tag);
  for (const [name, value] of Object.entries(markup.attributes)) {
    if (!/^on/i.test(name)) element.setAttribute(name, value);
  }
  element.append(...markup.children.map((child) => buildMarkup(doc, child)));
  return element;
}
