import type { EntityType } from '@enlace/core';
import { watchNearViewport } from './near-viewport.js';
import type { TextSpan } from './ranges.js';

export const HIGHLIGHT_TYPES: readonly EntityType[] = ['official', 'framework', 'agreement'];
export const FOCUS_HIGHLIGHT = 'enlace-focus';
export const highlightName = (type: EntityType) => `enlace-${type}`;

/**
 * Translucent fills over the page's own text colour, with an underline in a mid-tone: readable on
 * white and on near-black pages alike. The focus uses the system selection colours.
 */
const COLOURS: Record<EntityType, { fill: string; line: string }> = {
  official: { fill: 'rgb(255 176 0 / 0.28)', line: 'rgb(214 132 0)' },
  framework: { fill: 'rgb(0 160 200 / 0.22)', line: 'rgb(0 132 170)' },
  agreement: { fill: 'rgb(160 90 255 / 0.22)', line: 'rgb(140 80 230)' },
};

/** `quiet` draws the underline alone, for readers who find the fills loud. */
export function highlightCss(quiet = false): string {
  const rules = HIGHLIGHT_TYPES.map((type) => {
    const { fill, line } = COLOURS[type];
    return `::highlight(${highlightName(type)}) { background-color: ${quiet ? 'transparent' : fill}; text-decoration: underline 2px ${line}; text-underline-offset: 2px; }`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }`);
  return rules.join('\n');
}

/**
 * Paints spans by type, and one span as the keyboard focus, with the CSS Custom Highlight API: the
 * page's DOM is never touched (Chrome 105+, Firefox 140+, the versions the manifests ask for).
 */
export interface Painter {
  paint(type: EntityType, span: TextSpan): void;
  erase(type: EntityType, span: TextSpan): void;
  focus(span: TextSpan | null): void;
  dispose(): void;
}

export function createPainter(doc: Document, options: { quiet?: boolean } = {}): Painter {
  const registry = doc.defaultView?.CSS?.highlights;
  const Ctor = (doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  const styles = createStyles(doc, highlightCss(options.quiet));
  return registry && Ctor ? highlightApiPainter(doc, registry, Ctor, styles) : UNPAINTED;
}

/** Where an engine has no `CSS.highlights` after all, mentions are still found, listed and carded. */
const UNPAINTED: Painter = { paint() {}, erase() {}, focus() {}, dispose() {} };

const sheets = new WeakMap<Document, CSSStyleSheet | null>();
const sheetCss = new WeakMap<CSSStyleSheet, string>();

/**
 * The document's one highlight sheet, shared by every painter in it. Adopting a sheet with
 * `::highlight` rules makes the browser restyle every element, so it is adopted once, and early.
 */
function highlightSheet(doc: Document, css: string): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Sheet();
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  // Only a change of look (the quiet style) is worth the restyle that rewriting the rules costs.
  if (sheet && sheetCss.get(sheet) !== css) {
    try {
      sheet.replaceSync(css);
      sheetCss.set(sheet, css);
    } catch {
      sheets.set(doc, null);
      return null;
    }
  }
  return sheet;
}

/**
 * Adopts the highlight sheet while the page is still being parsed, when restyling is nearly free;
 * later, painting needs no style change at all. Taken back when `signal` aborts.
 */
export function adoptHighlightSheet(doc: Document, signal: AbortSignal, options: { quiet?: boolean } = {}) {
  const sheet = highlightSheet(doc, highlightCss(options.quiet));
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return;
  try {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Some engines refuse sheets built in another world; painters fall back on their own.
    return;
  }
  signal.addEventListener('abort', () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  });
}

interface Styles {
  /** Styles the document or shadow root the span is in: `::highlight` rules do not cross shadow boundaries. */
  adoptFor(span: TextSpan): void;
  dispose(): void;
}

function createStyles(doc: Document, css: string): Styles {
  const sheet = highlightSheet(doc, css);
  // Where this painter put the sheet or a <style>: what it takes back. A sheet adopted early stays.
  const adopted = new Set<Document | ShadowRoot>();
  const styled = new Set<Document | ShadowRoot>();
  const fallbacks: HTMLStyleElement[] = [];
  return {
    adoptFor(span) {
      const root = span.range.startContainer.getRootNode() as Document | ShadowRoot;
      if (styled.has(root) || (root.nodeType !== 9 && root.nodeType !== 11)) return;
      // A constructed sheet changes nothing the page can serialise; a <style> is the fallback.
      if (sheet) {
        // Asked every time: the page may have replaced its adopted sheets since.
        if (root.adoptedStyleSheets.includes(sheet)) return;
        try {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          adopted.add(root);
          return;
        } catch {
          // Some engines refuse sheets built in another world; use an element instead.
        }
      }
      styled.add(root);
      const style = doc.createElement('style');
      style.textContent = css;
      (root.nodeType === 9 ? doc.documentElement : root).append(style);
      fallbacks.push(style);
    },
    dispose() {
      for (const root of adopted) {
        if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      for (const style of fallbacks) style.remove();
      adopted.clear();
      styled.clear();
    },
  };
}

/**
 * Registers only the ranges near the viewport (see near-viewport.ts); the mention index, which
 * hit-testing, stepping and the counts read, keeps every one.
 */
function highlightApiPainter(
  doc: Document,
  registry: HighlightRegistry,
  Ctor: typeof Highlight,
  styles: Styles,
): Painter {
  const byType = new Map<EntityType, Highlight>();
  for (const type of HIGHLIGHT_TYPES) {
    const highlight = new Ctor();
    byType.set(type, highlight);
    registry.set(highlightName(type), highlight);
  }
  const focus = new Ctor();
  focus.priority = 1;
  registry.set(FOCUS_HIGHLIGHT, focus);
  // Where each range was painted: its text may have moved or left the page by the time it is erased.
  const placed = new Map<Range, { type: EntityType; element: Element | null }>();
  const near = watchNearViewport<Range>(doc, {
    show: (range) => byType.get(placed.get(range)!.type)!.add(range),
    hide: (range) => byType.get(placed.get(range)!.type)!.delete(range),
  });
  return {
    paint(type, span) {
      styles.adoptFor(span);
      const element = elementOf(span);
      placed.set(span.range, { type, element });
      if (element) near.add(element, span.range);
      else byType.get(type)!.add(span.range);
    },
    erase(type, span) {
      const element = placed.get(span.range)?.element;
      if (element) near.delete(element, span.range);
      else byType.get(type)!.delete(span.range);
      placed.delete(span.range);
    },
    focus(span) {
      focus.clear();
      if (!span) return;
      focus.add(span.range);
      const element = placed.get(span.range)?.element;
      if (element) near.showNow(element);
    },
    dispose() {
      near.dispose();
      for (const type of HIGHLIGHT_TYPES) {
        if (registry.get(highlightName(type)) === byType.get(type)) registry.delete(highlightName(type));
      }
      if (registry.get(FOCUS_HIGHLIGHT) === focus) registry.delete(FOCUS_HIGHLIGHT);
      styles.dispose();
    },
  };
}

/**
 * The element whose distance from the viewport decides whether a span is registered: the text's
 * nearest ancestor with a box, since an observer never reports one without (`display: contents`).
 */
function elementOf(span: TextSpan): Element | null {
  const text = span.nodes[0];
  if (!text) return null;
  let element = text.parentElement;
  while (element?.parentElement && element.checkVisibility?.() === false) element = element.parentElement;
  if (element) return element;
  const root = text.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : null;
}
