import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureKb } from '../test-support/fixture-kb.js';
import { Statement } from './Statement.js';

vi.mock('wxt/browser', async () => ({
  browser: (await import('../test-support/fake-i18n.js')).fakeI18n('en'),
}));

const [english, spanish] = fixtureKb.sources;

function show(...args: Parameters<typeof Statement>) {
  const container = document.createElement('div');
  document.body.append(container);
  render(<Statement {...args[0]} />, container);
  return container;
}

const texts = (container: Element, selector: string) =>
  [...container.querySelectorAll(selector)].map((element) => element.textContent);

describe('Statement', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the whole statement with the quoted sentence marked and a fragment link to the original', () => {
    const [start, end] = english!.sentences[1]!;
    const view = show({ source: english, quoted: [start, end] });
    expect(view.querySelector('h1')!.textContent).toBe(english!.title);
    expect(view.querySelector('article')!.textContent).toContain(english!.text);
    expect(view.querySelector('mark')!.textContent).toBe(english!.text.slice(start, end));
    const original = view.querySelector<HTMLAnchorElement>('.statement__meta a')!;
    expect(original.href).toMatch(/^https:\/\/www\.state\.gov\/example#:~:text=The%20delegations/);
  });

  it('shows each line of the statement as a paragraph', () => {
    const source = { ...english!, text: 'First line.\nSecond line.\n\nThird line.', sentences: [] };
    const view = show({ source, quoted: [12, 24] });
    expect(texts(view, 'article > p:not(.statement__meta)')).toEqual([
      'First line.',
      'Second line.',
      'Third line.',
    ]);
    expect(view.querySelector('mark')!.textContent).toBe('Second line.');
  });

  it('shows markup in a title as text, and no link where the original address is unknown', () => {
    const view = show({ source: spanish, quoted: null });
    expect(view.querySelector('h1')!.textContent).toBe('Reunión de seguridad <b>México–EE. UU.</b>');
    expect(view.querySelector('b')).toBeNull();
    expect(view.querySelector('.statement__meta a')).toBeNull();
    expect(view.querySelector('mark')).toBeNull();
  });

  it('ignores a quoted span outside the text, and says when the statement is unknown', () => {
    expect(show({ source: english, quoted: [5, 99_999] }).querySelector('mark')).toBeNull();
    expect(show({ source: undefined, quoted: null }).textContent).toBe(
      'This statement is not in Enlace’s knowledge base.',
    );
  });
});
