/**
 * How the text collector treats an element: `skip` (its text is not the page's readable text),
 * `block` (its text never joins the text around it) or `inline`.
 */
export type ElementKind = 'skip' | 'block' | 'inline';

// Text that is code, form state or not rendered as running text. SVG text lives in its own
// coordinate system and is rarely prose; iframes run their own copy of the content script.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
  'title',
]);

/** The localName of the extension's own elements; never read, never painted. */
export const OWN_UI_TAG = 'enlace-card';

export interface ElementKinds {
  kind(element: Element): ElementKind;
  /** Whether text directly inside this element is invisible (`visibility: hidden`). */
  hidesText(element: Element): boolean;
  /** Whether line breaks in this element's text are shown as breaks (`white-space: pre…`). */
  keepsBreaks(element: Element): boolean;
  /** Elements found hidden so far; a change to their attributes may reveal them. */
  wasHidden(element: Element): boolean;
  forget(element: Element): void;
}

interface Classified {
  kind: ElementKind;
  hidesText: boolean;
  keepsBreaks: boolean;
}

/**
 * Classifies elements once and remembers it: one computed-style read per element per page, which
 * is the price of not highlighting hidden text, and nothing more.
 */
export function createElementKinds(): ElementKinds {
  let cache = new WeakMap<Element, Classified>();
  const hidden = new WeakSet<Element>();

  const classify = (element: Element): Classified => {
    let found = cache.get(element);
    if (found) return found;
    found = compute(element);
    // A detached element has no computed style yet; classify it again once it is in a page.
    if (!element.isConnected) return found;
    cache.set(element, found);
    if (found.kind === 'skip' || found.hidesText) hidden.add(element);
    return found;
  };

  return {
    kind: (element) => classify(element).kind,
    hidesText: (element) => classify(element).hidesText,
    keepsBreaks: (element) => classify(element).keepsBreaks,
    wasHidden: (element) => hidden.has(element),
    forget(element) {
      cache.delete(element);
      hidden.delete(element);
      // A revealed ancestor changes what its descendants inherit; start over rather than guess.
      cache = new WeakMap();
    },
  };
}

function compute(element: Element): Classified {
  const name = element.localName;
  if (name === 'br') return { kind: 'block', hidesText: false, keepsBreaks: false };
  if (SKIPPED.has(name) || name === OWN_UI_TAG || (element as HTMLElement).hidden || isEditable(element)) {
    return { kind: 'skip', hidesText: true, keepsBreaks: false };
  }
  const view = element.ownerDocument.defaultView;
  const style = view?.getComputedStyle(element);
  const display = style?.display ?? '';
  if (display === 'none') return { kind: 'skip', hidesText: true, keepsBreaks: false };
  const hidesText = style?.visibility === 'hidden' || style?.visibility === 'collapse';
  const whiteSpace = style?.whiteSpace ?? '';
  const keepsBreaks = name === 'pre' || whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
  const inline =
    display === '' || display.startsWith('inline') || display === 'contents' || display === 'ruby';
  return { kind: inline ? 'inline' : 'block', hidesText, keepsBreaks };
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}
