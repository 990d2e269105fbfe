/** An element or a text, as the background sends a card (see `markup-jsx.ts`). */
export type Markup = string | MarkupElement;

export interface MarkupElement {
  tag: string;
  attributes: Record<string, string>;
  children: Markup[];
}

/**
 * Nodes for markup. Text becomes text nodes, never parsed, and no attribute can carry a listener,
 * whatever the markup says.
 */
export function buildMarkup(doc: Document, markup: Markup): Node {
  if (typeof markup === 'string') return doc.createTextNode(markup);
  const element = doc.createElement(markup.tag);
  for (const [name, value] of Object.entries(markup.attributes)) {
    if (!/^on/i.test(name)) element.setAttribute(name, value);
  }
  element.append(...markup.children.map((child) => buildMarkup(doc, child)));
  return element;
}
