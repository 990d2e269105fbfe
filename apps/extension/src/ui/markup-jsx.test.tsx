import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCard, type CardData } from '../cards/card-data.js';
import type { CardProps } from '../components/Card.js';
import { locale, view, viewerUrl } from '../test-support/bilingual-browser.js';
import { buildMarkup, type Markup } from './markup.js';

vi.mock('wxt/browser', () => import('../test-support/bilingual-browser.js'));

const card = (entityId: string, matched: string, language: 'en' | 'es', entityIds?: string[]) => {
  locale.current = language;
  return buildCard(view, entityId, matched, { language, viewerUrl, entityIds }) as CardData;
};

/** The card as Preact draws it on extension pages. */
async function withPreact(props: CardProps): Promise<HTMLElement> {
  const { Card } = await import('../components/Card.js');
  const container = document.createElement('div');
  render(<Card {...props} />, container);
  return container;
}

/** The card as the background sends it: the same components, compiled against markup-jsx. */
async function asMarkup(data: CardData): Promise<Markup> {
  vi.resetModules();
  // Tests compile JSX in development mode, to `jsxDEV`; the build calls `jsx` and `jsxs`.
  vi.doMock('preact/jsx-runtime', async () => {
    const runtime = await import('./markup-jsx.js');
    return { ...runtime, jsxDEV: runtime.jsx };
  });
  const { cardView } = await import('./card-view.js');
  vi.doUnmock('preact/jsx-runtime');
  vi.resetModules();
  // Through a message, markup is copied: nothing but plain data may survive.
  return structuredClone(cardView(data).markup);
}

/** The card as the content script draws it from that markup. */
async function withMarkup(data: CardData): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.append(buildMarkup(document, await asMarkup(data)));
  return container;
}

describe('the card drawn from the background’s markup', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['an official', 'official/omar-garcia-harfuch', 'García Harfuch', 'en'],
    ['a framework', 'framework/security-implementation-group', 'Security Implementation Group', 'es'],
    ['an agreement', 'agreement/fentanyl-joint-work', 'acordaron ampliar el trabajo conjunto', 'es'],
  ] as const)('draws %s exactly as Preact does', async (_, entityId, matched, language) => {
    const data = card(entityId, matched, language);
    const dom = await withMarkup(data);
    expect(dom.querySelector('.card__name')?.textContent).toBe(data.name);
    expect(dom.innerHTML).toBe((await withPreact({ data })).innerHTML);
  });

  it('draws text as text: markup in the data never becomes elements', async () => {
    const dom = await withMarkup(card('official/omar-garcia-harfuch', '<img src=x onerror=alert(1)>', 'en'));
    expect(dom.querySelector('img')).toBeNull();
    expect(dom.querySelector('.card__why')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('is a dialog that can take focus, with a close button and statement links the layer knows by class', async () => {
    const dom = await withMarkup(card('official/omar-garcia-harfuch', 'García Harfuch', 'en'));
    const dialog = dom.firstElementChild as HTMLElement;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.tabIndex).toBe(-1);
    expect(dom.querySelectorAll('.card__close')).toHaveLength(1);
    expect(dom.querySelector<HTMLAnchorElement>('a.quote__statement')?.href).toContain(
      '/viewer.html?source=',
    );
  });

  it.each(['script', 'SCRIPT', 'iframe', 'style', 'link', 'object', 'embed', 'base', 'meta'])(
    'never builds a %s, whatever the markup carries',
    (tag) => {
      const built = buildMarkup(document, {
        tag: 'div',
        attributes: {},
        children: [{ tag, attributes: { src: 'https://example.org/x.js' }, children: ['alert(1)'] }, 'text'],
      }) as HTMLElement;
      expect(built.children).toHaveLength(0);
      expect(built.textContent).toBe('text');
    },
  );

  it('never builds a listener, whatever the markup carries', () => {
    const built = buildMarkup(document, {
      tag: 'button',
      attributes: { onclick: 'alert(1)', ONMOUSEOVER: 'alert(2)', class: 'card__close' },
      children: ['<b>×</b>'],
    }) as HTMLElement;
    expect(built.getAttributeNames()).toEqual(['class']);
    expect(built.textContent).toBe('<b>×</b>');
    expect(built.children).toHaveLength(0);
  });
});
