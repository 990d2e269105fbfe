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

// Elements the browser's own style sheet lays out as blocks (block, list item, table parts). A
// page that displays one inline only loses a join across it, which no name needs.
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing ' +
    'main menu nav ol p plaintext pre search section summary table tbody td tfoot th thead tr ul xmp'
  ).split(' '),
);

// Elements the browser's own style sheet lays out inline. A page that displays one as a block is
// caught where it matters, when two words would touch across it (see `breaksLine`).
const INLINES = new Set(
  (
    'a abbr acronym b bdi bdo big button cite code data del dfn em font i img ins kbd label mark nobr ' +
    'output q rp rt ruby s samp slot small span strike strong sub sup time tt u var wbr'
  ).split(' '),
);

/** Tags whose line breaks the browser shows as breaks, whatever the style sheet says. */
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** The localName of the extension's own elements; never read, never painted. */
export const OWN_UI_TAG = 'enlace-card';

export interface ElementKinds {
  kind(element: Element): ElementKind;
  /** Whether text directly inside this element is invisible (`visibility: hidden`). */
  hidesText(element: Element): boolean;
  /** Whether line breaks in this element's text are shown as breaks (`white-space: pre…`). */
  keepsBreaks(element: Element): boolean;
  /** Whether an element of kind `inline` is in fact displayed as a block by the page's CSS. */
  breaksLine(element: Element): boolean;
  /** Elements found hidden so far; a change to their attributes may reveal them. */
  wasHidden(element: Element): boolean;
  forget(element: Element): void;
}

interface Classified {
  kind: ElementKind;
  hidesText: boolean;
  /** Read on first use: most elements never hold a line break or sit between touching words. */
  keepsBreaks?: boolean;
  breaksLine?: boolean;
}

/**
 * Classifies elements once and remembers it. The tag says block or inline; whether an element is
 * hidden is asked of the layout (`checkVisibility`, no style object), and the computed style is read
 * only where neither decides: hidden elements, tags the browser has no default for, and the rare
 * text that needs it. Reading the whole computed style of every element made collecting a large
 * page some fifteen times slower than walking it.
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
    keepsBreaks(element) {
      const found = classify(element);
      found.keepsBreaks ??= PREFORMATTED.has(element.localName) || preservesBreaks(styleOf(element));
      return found.keepsBreaks;
    },
    breaksLine(element) {
      const found = classify(element);
      if (found.kind !== 'inline') return found.kind === 'block';
      found.breaksLine ??= !displaysInline(styleOf(element)?.display ?? '');
      return found.breaksLine;
    },
    wasHidden: (element) => hidden.has(element),
    forget(element) {
      cache.delete(element);
      hidden.delete(element);
      // A revealed ancestor changes what its descendants inherit; start over rather than guess.
      cache = new WeakMap();
    },
  };
}

const SKIP: Classified = Object.freeze({
  kind: 'skip',
  hidesText: true,
  keepsBreaks: false,
  breaksLine: false,
});

function compute(element: Element): Classified {
  const name = element.localName;
  if (name === 'br') return { kind: 'block', hidesText: false, keepsBreaks: false };
  if (SKIPPED.has(name) || name === OWN_UI_TAG || (element as HTMLElement).hidden || isEditable(element)) {
    return SKIP;
  }
  const byTag = BLOCKS.has(name) ? 'block' : INLINES.has(name) ? 'inline' : null;
  // A box that is displayed and visible: the usual case, answered without a style object.
  if (byTag && element.checkVisibility?.({ visibilityProperty: true }))
    return { kind: byTag, hidesText: false };
  const style = styleOf(element);
  const display = style?.display ?? '';
  if (display === 'none') return SKIP;
  const hidesText = style?.visibility === 'hidden' || style?.visibility === 'collapse';
  return { kind: displaysInline(display) ? 'inline' : 'block', hidesText };
}

function styleOf(element: Element): CSSStyleDeclaration | undefined {
  return element.ownerDocument.defaultView?.getComputedStyle(element);
}

function displaysInline(display: string): boolean {
  return display === '' || display.startsWith('inline') || display === 'contents' || display === 'ruby';
}

function preservesBreaks(style: CSSStyleDeclaration | undefined): boolean {
  const whiteSpace = style?.whiteSpace ?? '';
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}
