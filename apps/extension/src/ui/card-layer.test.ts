import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCardLayer } from './card-layer.js';
import type { MarkupElement } from './markup.js';

describe('the card layer’s styles', () => {
  afterEach(() => {
    document.documentElement.querySelector('enlace-card')?.remove();
  });

  const layerWith = (answers: Array<() => Promise<string>>) => {
    let asked = 0;
    const layer = createCardLayer({
      doc: document,
      loadStyles: () => answers[Math.min(asked++, answers.length - 1)]!(),
      onClose: () => {},
      onPointerEnter: () => {},
      onPointerLeave: () => {},
      openViewer: () => {},
    });
    return { layer, asked: () => asked };
  };

  it('asks for them once, on first use, not when the layer is made', async () => {
    const { layer, asked } = layerWith([async () => '.card { color: red; }']);
    expect(asked()).toBe(0);
    expect(document.documentElement.querySelector('enlace-card')).toBeNull();
    await layer.ready();
    await layer.ready();
    expect(asked()).toBe(1);
  });

  it('asks again after a failed request, and a failure is no error on the page', async () => {
    const { layer, asked } = layerWith([
      () => Promise.reject(new Error('the background is restarting')),
      async () => '.card { color: red; }',
    ]);
    await expect(layer.ready()).resolves.toBeUndefined();
    await layer.ready();
    await layer.ready();
    expect(asked()).toBe(2);
  });
});

describe('the card layer’s controls', () => {
  afterEach(() => {
    document.documentElement.querySelector('enlace-card')?.remove();
    vi.restoreAllMocks();
  });

  const viewerLink = 'chrome-extension://x/viewer.html?source=s&start=0&end=5';
  const markup: MarkupElement = {
    tag: 'div',
    attributes: { class: 'card', role: 'dialog', tabindex: '-1' },
    children: [
      { tag: 'button', attributes: { type: 'button', class: 'card__close' }, children: ['×'] },
      { tag: 'a', attributes: { class: 'quote__statement', href: viewerLink }, children: ['Read'] },
      {
        tag: 'a',
        attributes: { class: 'quote__original', href: 'https://example.org/' },
        children: ['Original'],
      },
    ],
  };

  /** A shown card, and its shadow root, which is closed to everyone else. */
  async function shown() {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const onClose = vi.fn();
    const openViewer = vi.fn();
    const layer = createCardLayer({
      doc: document,
      loadStyles: async () => '',
      onClose,
      onPointerEnter: () => {},
      onPointerLeave: () => {},
      openViewer,
    });
    await layer.ready();
    layer.show(markup, new DOMRect(10, 10, 50, 20), { focus: true });
    const root = attach.mock.results[0]!.value as ShadowRoot;
    const click = (selector: string) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      root.querySelector(selector)!.dispatchEvent(event);
      return event;
    };
    return { layer, root, onClose, openViewer, click };
  }

  it('draws the card it is given and focuses it when asked', async () => {
    const { layer, root } = await shown();
    expect(layer.isOpen).toBe(true);
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(root.activeElement ?? document.activeElement).toBe(root.querySelector('.card'));
    layer.hide();
    expect(root.querySelector('.card')).toBeNull();
  });

  it('closes on its close button', async () => {
    const { onClose, openViewer, click } = await shown();
    click('.card__close');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(openViewer).not.toHaveBeenCalled();
  });

  it('opens a statement through the caller instead of following the link, and leaves other links alone', async () => {
    const { onClose, openViewer, click } = await shown();
    expect(click('a.quote__statement').defaultPrevented).toBe(true);
    expect(openViewer).toHaveBeenCalledWith(viewerLink);
    const original = click('a.quote__original');
    expect(original.defaultPrevented).toBe(false);
    expect(openViewer).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });
});
