import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCard, type CardData } from '../cards/card-data.js';
import type { CardProps } from '../components/Card.js';
import { locale, view, viewerUrl } from '../test-support/bilingual-browser.js';

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

/** The card as the content script draws it: the same components, compiled against dom-jsx. */
async function withDomJsx(props: CardProps): Promise<HTMLElement> {
  vi.resetModules();
  // Tests compile JSX in development mode, to `jsxDEV`; the build calls `jsx` and `jsxs`.
  vi.doMock('preact/jsx-runtime', async () => {
    const runtime = await import('./dom-jsx.js');
    return { ...runtime, jsxDEV: runtime.jsx };
  });
  const { Card } = await import('../components/Card.js');
  const { jsx, render: draw } = await import('./dom-jsx.js');
  vi.doUnmock('preact/jsx-runtime');
  vi.resetModules();
  const container = document.createElement('div');
  draw(jsx(Card as never, props as never), container);
  return container;
}

describe('the content script’s card, drawn without Preact', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['an official', 'official/omar-garcia-harfuch', 'García Harfuch', 'en'],
    ['a framework', 'framework/security-implementation-group', 'Security Implementation Group', 'es'],
    ['an agreement', 'agreement/fentanyl-joint-work', 'acordaron ampliar el trabajo conjunto', 'es'],
  ] as const)('draws %s exactly as Preact does', async (_, entityId, matched, language) => {
    const data = card(entityId, matched, language);
    const props = { data, onClose: () => {}, openViewer: () => {} };
    const dom = await withDomJsx(props);
    expect(dom.querySelector('.card__name')?.textContent).toBe(data.name);
    expect(dom.innerHTML).toBe((await withPreact(props)).innerHTML);
  });

  it('draws text as text: markup in the data never becomes elements', async () => {
    const data = card('official/omar-garcia-harfuch', '<img src=x onerror=alert(1)>', 'en');
    const dom = await withDomJsx({ data, onClose: () => {} });
    expect(dom.querySelector('img')).toBeNull();
    expect(dom.querySelector('.card__why')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('wires its buttons and links: close, and the statement opened through the caller', async () => {
    const onClose = vi.fn();
    const openViewer = vi.fn();
    const data = card('official/omar-garcia-harfuch', 'García Harfuch', 'en');
    const dom = await withDomJsx({ data, onClose, openViewer });
    document.body.append(dom);
    (dom.querySelector('.card__close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledTimes(1);
    const link = dom.querySelector<HTMLAnchorElement>('.quote__links a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(openViewer).toHaveBeenCalledWith(link.getAttribute('href'));
    expect(click.defaultPrevented).toBe(true);
    expect((dom.firstElementChild as HTMLElement).tabIndex).toBe(-1);
  });

  it('empties its container when drawn with nothing', async () => {
    const { render: draw } = await import('./dom-jsx.js');
    const container = document.createElement('div');
    container.append('old');
    draw(null, container);
    expect(container.childNodes.length).toBe(0);
  });
});
