/**
 * How the text collector treats an element: `skip` (its text is not the page's readable text),
 * `block` (its text never joins the text around it) or `inline`.
 */
export type ElementKind = 'skip' | 'block' | 'inline';

// Text that is code, form state or not rendered as running text. SVG text lives in its own
// coordinate system and is rarely prose; iframes run their own copy of the content script.
const SKIPPED = new Set(
  (
    'audio canvas embed head iframe input math noscript object option script select style svg ' +
    'template textarea title video'
  ).split(' '),
);

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
const PREFORMATTED = new Set('listing plaintext pre xmp'.split(' '));

/** The localName of the extension's own elements; never read, never painted. */
export const OWN_UI_TAG = 'enlace-card';

export interface ElementKinds {
  kind(element: Element): ElementKind;
  /**
   * Whether text directly inside this element is not shown (no box, `visibility: hidden`). Asked
   * only of the elements that hold a mention, after matching: see `createElementKinds`.
   */
  hidesText(element: Element): boolean;
  /** Whether line breaks in this element's text are shown as breaks (`white-space: pre…`). */
  keepsBreaks(element: Element): boolean;
  /** Whether an element of kind `inline` is in fact displayed as a block by the page's CSS. */
  breaksLine(element: Element): boolean;
  /** Elements found hidden so far; a change to their attributes may reveal them. */
  wasHidden(element: Element): boolean;
  forget(element: Element): void;
}

/**
 * Classifies elements. The tag says block or inline, answered without a cache: a lookup costs what
 * the answer does. Only elements the tag does not decide (tags the browser has no default for) ask
 * the computed style, once. Whether text is shown is not asked while the page is read: one layout
 * query per element made collecting a large page three times slower than walking it. Hidden text
 * is read and matched like the rest (it can only add context about the page), and a mention in it
 * is dropped afterwards, which takes a query per mention instead of one per element.
 */
export function createElementKinds(): ElementKinds {
  let styled = new WeakMap<Element, ElementKind>();
  let shown = new WeakMap<Element, boolean>();
  let breaks = new WeakMap<Element, boolean>();
  let blocks = new WeakMap<Element, boolean>();
  const hidden = new WeakSet<Element>();

  const kind = (element: Element): ElementKind => {
    const byTag = kindByTag(element);
    if (byTag) {
      if (byTag === 'skip' && (element as HTMLElement).hidden) hidden.add(element);
      return byTag;
    }
    const classify = () => {
      const found = kindByStyle(element);
      if (found === 'skip') hidden.add(element);
      return found;
    };
    // A detached element has no computed style yet; classify it again once it is in a page.
    return element.isConnected ? remember(styled, element, classify) : classify();
  };

  const isShown = (element: Element): boolean =>
    remember(shown, element, () => {
      if (showsText(element)) return true;
      // What hides it is this element or an ancestor up to the first shown one: a change to their
      // attributes may reveal the mention.
      for (let up: Element | null = element; up && !hidden.has(up); up = up.parentElement) {
        hidden.add(up);
        if (up.parentElement && isShown(up.parentElement)) break;
      }
      return false;
    });

  return {
    kind,
    hidesText: (element) => !isShown(element),
    keepsBreaks: (element) =>
      remember(
        breaks,
        element,
        () => PREFORMATTED.has(element.localName) || preservesBreaks(styleOf(element)),
      ),
    breaksLine(element) {
      const found = kind(element);
      if (found !== 'inline') return found === 'block';
      return remember(blocks, element, () => !displaysInline(styleOf(element)?.display ?? ''));
    },
    wasHidden: (element) => hidden.has(element),
    forget(element) {
      hidden.delete(element);
      // A revealed ancestor changes what its descendants inherit; start over rather than guess.
      styled = new WeakMap();
      shown = new WeakMap();
      breaks = new WeakMap();
      blocks = new WeakMap();
    },
  };
}

/** The value `compute` gives for `element`, computed once per cache. */
function remember<T>(cache: WeakMap<Element, T>, element: Element, compute: () => T): T {
  let found = cache.get(element);
  if (found === undefined) {
    found = compute();
    cache.set(element, found);
  }
  return found;
}

/** The kind a tag the browser has no default for takes from the page's CSS. */
function kindByStyle(element: Element): ElementKind {
  const display = styleOf(element)?.display ?? '';
  return display === 'none' ? 'skip' : displaysInline(display) ? 'inline' : 'block';
}

/** The kind the tag and attributes decide; null for tags the browser has no default for. */
function kindByTag(element: Element): ElementKind | null {
  const name = element.localName;
  if (name === 'br') return 'block';
  if (SKIPPED.has(name) || name === OWN_UI_TAG || (element as HTMLElement).hidden || isEditable(element)) {
    return 'skip';
  }
  return BLOCKS.has(name) ? 'block' : INLINES.has(name) ? 'inline' : null;
}

/** Whether the element's own text is drawn: not hidden by it or by content around it. */
function showsText(element: Element): boolean {
  if (element.checkVisibility?.({ visibilityProperty: true })) return true;
  // No box is not always hidden (display: contents), and there may be no layout to ask (an older
  // browser, a test DOM): the style sheet decides.
  const visibility = styleOf(element)?.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  for (let up: Element | null = element; up; up = up.parentElement)
    if (styleOf(up)?.display === 'none') return false;
  return true;
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
