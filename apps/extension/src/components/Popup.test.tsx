import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageFound } from '../messages.js';
import { Popup, type PopupProps } from './Popup.js';

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../test-support/fake-i18n.js');
  return { browser: fakeI18n('en') };
});

const names: Record<string, string> = {
  harfuch: 'Omar García Harfuch',
  sig: 'Security Implementation Group',
};

async function show(answer: PageFound | null, overrides: Partial<PopupProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const props: PopupProps = {
    ask: async () => answer,
    nameOf: (id) => names[id],
    reveal: vi.fn(),
    setSite: vi.fn(async () => {}),
    openOptions: vi.fn(),
    openStatements: vi.fn(),
    pollMs: 60_000,
    ...overrides,
  };
  await act(async () => {
    render(<Popup {...props} />, container);
  });
  return { container, props };
}

describe('Popup', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists what the page found, by type, and reveals a mention on click', async () => {
    const { container, props } = await show({
      host: 'example.com',
      running: true,
      found: [
        { entityId: 'sig', type: 'framework', count: 1 },
        { entityId: 'harfuch', type: 'official', count: 2 },
      ],
    });
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Officials 2', 'Frameworks 1']);
    const button = container.querySelector<HTMLButtonElement>('.popup__entity')!;
    expect(button.querySelector('.popup__name')!.textContent).toBe('Omar García Harfuch');
    // Screen readers hear "2 mentions", not a bare number.
    expect(button.querySelector('.popup__hidden')!.textContent).toBe('2 mentions');
    button.click();
    expect(props.reveal).toHaveBeenCalledWith('harfuch');
  });

  it('says when nothing was found, and when the site is switched off', async () => {
    const empty = await show({ host: 'example.com', running: true, found: [] });
    expect(empty.container.textContent).toContain('No officials, frameworks or agreements found');
    const off = await show({ host: 'example.com', running: false, found: [] });
    expect(off.container.textContent).toContain('Highlighting is off on this site.');
    const input = off.container.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(input.checked).toBe(false);
    input.checked = true;
    input.dispatchEvent(new Event('change'));
    expect(off.props.setSite).toHaveBeenCalledWith('example.com', true);
  });

  it('says when the page cannot be read', async () => {
    const { container } = await show(null);
    expect(container.textContent).toContain('can’t read this page');
    expect(container.querySelector('input[role="switch"]')).toBeNull();
  });
});
