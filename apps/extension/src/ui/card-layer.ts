import { OWN_UI_TAG } from '../page/element-kind.js';
import { placeCard } from '../page/position.js';
import { buildMarkup, type MarkupElement } from './markup.js';

/** The card on a news page: one host element with a closed shadow root, made on first use. */
export interface CardLayer {
  /** Resolves once the card's styles are in place: `show` measures the card, so it waits for this. */
  ready(): Promise<void>;
  show(card: MarkupElement, anchor: DOMRect, options: { focus: boolean }): void;
  hide(): void;
  /** Read out by screen readers without moving focus. */
  announce(message: string): void;
  readonly isOpen: boolean;
  /** Whether an event happened inside the card (its path crosses our host). */
  isInside(event: Event): boolean;
  dispose(): void;
}

export interface CardLayerOptions {
  doc: Document;
  /** The card's stylesheet, asked for on first use (see `cardStyles`). */
  loadStyles(): Promise<string>;
  /** The card's close button was clicked. */
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** A "read the statement" link was clicked: a page cannot open extension pages itself. */
  openViewer(url: string): void;
}

export function createCardLayer(options: CardLayerOptions): CardLayer {
  const { doc } = options;
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let cardSlot: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let open = false;
  let returnFocus: HTMLElement | null = null;
  let fill: ((css: string) => void) | null = null;
  let styled: Promise<void> | null = null;
  // Asked again after a failure: the background may have been restarting.
  const loadStyles = () =>
    (styled ??= options
      .loadStyles()
      .then((css) => fill?.(css))
      .catch(() => {
        styled = null;
      }));

  const ensure = () => {
    if (host && root && cardSlot && live) return { host, root, cardSlot, live };
    host = doc.createElement(OWN_UI_TAG);
    // Inline and important, so no page rule can move, hide or restyle the host.
    for (const [name, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
    ]) {
      host.style.setProperty(name!, value!, 'important');
    }
    root = host.attachShadow({ mode: 'closed' });
    fill = adoptSheet(root, doc);
    live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    cardSlot = doc.createElement('div');
    cardSlot.className = 'layer';
    cardSlot.addEventListener('pointerenter', options.onPointerEnter);
    cardSlot.addEventListener('pointerleave', options.onPointerLeave);
    // The card arrives as markup, which carries no listeners: its controls are known by class.
    cardSlot.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('.card__close')) options.onClose();
      const link = target.closest<HTMLAnchorElement>('a.quote__statement');
      if (!link) return;
      event.preventDefault();
      options.openViewer(link.href);
    });
    root.append(live, cardSlot);
    // Outside <body>, so the page's body (and what its scripts read from it) stays as it was.
    doc.documentElement.append(host);
    return { host, root, cardSlot, live };
  };

  return {
    ready: () => {
      ensure();
      return loadStyles();
    },
    show(markup, anchor, { focus }) {
      const { cardSlot } = ensure();
      if (focus && !open) {
        const active = doc.activeElement;
        returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      const card = buildMarkup(doc, markup) as HTMLElement;
      cardSlot.replaceChildren(card);
      const view = doc.defaultView!;
      const placed = placeCard(
        anchor,
        { width: card.offsetWidth, height: card.offsetHeight },
        { width: view.innerWidth, height: view.innerHeight },
      );
      card.style.left = `${placed.left}px`;
      card.style.top = `${placed.top}px`;
      card.dataset.side = placed.side;
      card.scrollTop = 0;
      open = true;
      if (focus) card.focus({ preventScroll: true });
    },
    hide() {
      if (!open || !cardSlot) return;
      cardSlot.replaceChildren();
      open = false;
      const target = returnFocus;
      returnFocus = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
    },
    announce(message) {
      const { live } = ensure();
      // Clearing first makes a repeated message (the same mention twice) be read again. The live
      // region is visually hidden by the card's styles: it speaks once they are in.
      live.textContent = '';
      loadStyles().then(() =>
        doc.defaultView?.setTimeout(() => {
          live.textContent = message;
        }, 50),
      );
    },
    get isOpen() {
      return open;
    },
    isInside(event) {
      return host !== null && event.composedPath().includes(host);
    },
    dispose() {
      host?.remove();
      host = root = cardSlot = live = fill = null;
      styled = null;
      open = false;
    },
  };
}

/**
 * A constructed sheet: a page's Content-Security-Policy can forbid <style> elements, never these.
 * Engines without constructable sheets get the element. Adopted empty, at once; the returned
 * function fills it when the styles arrive.
 */
function adoptSheet(root: ShadowRoot, doc: Document): (css: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [sheet];
    return (css) => sheet.replaceSync(css);
  } catch {
    const style = doc.createElement('style');
    root.append(style);
    return (css) => {
      style.textContent = css;
    };
  }
}
