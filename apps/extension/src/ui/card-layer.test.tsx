import { afterEach, describe, expect, it } from 'vitest';
import { createCardLayer } from './card-layer.js';

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
