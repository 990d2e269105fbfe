import type { Markup, MarkupElement } from './markup.js';

/**
 * The card's components, evaluated to plain data in the background. The background holds the
 * statements and builds each card; sending the card as markup, instead of its data, keeps the
 * components, dates and publisher names out of the content script loaded on every page, which
 * only turns the markup into nodes (`buildMarkup`). The background's build resolves `preact` and
 * `preact/jsx-runtime` here (see `wxt.config.ts`); extension pages keep Preact, and the same
 * components draw the same DOM both ways (see `markup-jsx.test.tsx`).
 *
 * Only what the card's components use: elements, function components, fragments and attributes.
 * Listeners cannot cross a message, so they are dropped: the card layer handles clicks by class.
 */

type Child = Markup | number | bigint | boolean | null | undefined | Child[];
type Props = { children?: Child } & Record<string, unknown>;
type Component = (props: Props) => Child;

export function jsx(type: string | Component, props: Props): Child {
  if (typeof type === 'function') return type(props);
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') continue;
    attributes[name === 'tabIndex' ? 'tabindex' : name] = value === true ? '' : String(value);
  }
  return { tag: type, attributes, children: flatten(props.children) } satisfies MarkupElement;
}

export const jsxs = jsx;

export function Fragment(props: Props): Child {
  return flatten(props.children);
}

/** The children as a flat list of elements and strings: numbers become text, nothing else does. */
function flatten(child: Child): Markup[] {
  if (child === null || child === undefined || typeof child === 'boolean') return [];
  if (Array.isArray(child)) return child.flatMap(flatten);
  return [typeof child === 'object' ? child : String(child)];
}
