/**
 * The card's components, built straight into DOM nodes for the content script. The card is drawn
 * once per opening and never updated in place, so Preact's diffing buys nothing on news pages and
 * costs the script loaded on every page ~4.5 KB gzip. The content script's build resolves
 * `preact` and `preact/jsx-runtime` here (see `wxt.config.ts`); extension pages keep Preact, and
 * the same components render to the same markup under both (see `dom-jsx.test.tsx`).
 *
 * Only what the card's components use: elements, function components, fragments, attributes,
 * `on*` listeners and `tabIndex`. Every child that is not a node becomes a text node, never markup.
 */

type Child = Node | string | number | bigint | boolean | null | undefined | Child[];
type Props = { children?: Child } & Record<string, unknown>;
type Component = (props: Props) => Node;

export function jsx(type: string | Component, props: Props): Node {
  if (typeof type === 'function') return type(props);
  const element = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined || value === false) continue;
    if (/^on[A-Z]/.test(name) && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (name === 'tabIndex') {
      element.tabIndex = Number(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, props.children);
  return element;
}

export const jsxs = jsx;

export function Fragment(props: Props): Node {
  const fragment = document.createDocumentFragment();
  append(fragment, props.children);
  return fragment;
}

/** Replaces what `container` shows; `null` empties it. */
export function render(node: Node | null, container: Element): void {
  container.replaceChildren(...(node ? [node] : []));
}

function append(parent: ParentNode, child: Child): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (Array.isArray(child)) for (const each of child) append(parent, each);
  else parent.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
}
