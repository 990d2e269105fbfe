import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCard, type CardData, type FrameworkCard } from '../cards/card-data.js';
import { locale, view, viewerUrl } from '../test-support/bilingual-browser.js';
import { Card } from './Card.js';

vi.mock('wxt/browser', () => import('../test-support/bilingual-browser.js'));

function show(entityId: string, matched: string, language: 'en' | 'es' = 'en', entityIds?: string[]) {
  locale.current = language;
  const data = buildCard(view, entityId, matched, { language, viewerUrl, entityIds }) as CardData;
  const container = document.createElement('div');
  document.body.append(container);
  render(<Card data={data} />, container);
  return container;
}

const texts = (container: Element, selector: string) =>
  [...container.querySelectorAll(selector)].map((element) => element.textContent);

describe('Card', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows an official: name, country, roles with dates, statements and quotes', () => {
    const card = show('official/omar-garcia-harfuch', 'García Harfuch');
    const dialog = card.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Official: Omar García Harfuch');
    expect(card.querySelector('.card__name')!.textContent).toBe('Omar García Harfuch');
    expect(card.querySelector('.card__country')!.textContent).toBe('Mexico');
    expect(texts(card, '.card__role')).toEqual([
      'Secretary of Security',
      'Secretary of Security and Citizen Protection',
    ]);
    expect(card.querySelector('.card__roles')!.textContent).toContain('latest');
    expect(card.querySelector('.card__why')!.textContent).toBe(
      'Highlighted because the page says “García Harfuch”.',
    );
    expect(texts(card, '.quote__focus')).toEqual(['Omar García Harfuch', 'Omar García Harfuch']);
  });

  it('links every quote to the viewer, and to the original with a text fragment when its URL is known', () => {
    const card = show('official/omar-garcia-harfuch', 'Omar García Harfuch');
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.quote__links a')].map((a) => a.href);
    expect(links).toContain('chrome-extension://x/viewer.html?source=state-2025-09-03&start=0&end=92');
    expect(links).toContain(
      'https://www.state.gov/example#:~:text=Secretary%20of%20State%20Marco%20Rubio,Garc%C3%ADa%20Harfuch%20in%20Mexico%20City.',
    );
    expect(links.filter((href) => href.includes('sspc-2025-09-03'))).toHaveLength(1);
    expect(links).toHaveLength(3);
  });

  it('shows a framework: names in both languages, kind, dates and its agreements', () => {
    const card = show('framework/security-implementation-group', 'Security Implementation Group');
    expect(texts(card, '.card__names li')).toEqual([
      'Security Implementation Group',
      'Grupo de Implementación de Seguridad',
    ]);
    const facts = card.querySelector('.card__facts')!.textContent;
    expect(facts).toContain('working group · Mexico and the United States');
    expect(facts).toContain('set up: September 2025');
    expect(facts).toContain('Expand joint work against fentanyl trafficking.');
  });

  it.each([
    ['en', 'working group · Many governments, Mexico and the United States among them'],
    ['es', 'Varios gobiernos, entre ellos México y Estados Unidos'],
  ] as const)('says in %s when a framework belongs to many governments', (language, expected) => {
    locale.current = language;
    const data = buildCard(view, 'framework/security-implementation-group', 'GIS', { language, viewerUrl });
    const container = document.createElement('div');
    render(<Card data={{ ...(data as FrameworkCard), country: 'multilateral' }} />, container);
    expect(container.querySelector('.card__facts')!.textContent).toContain(expected);
  });

  it('shows an agreement in the interface language: summary, parties, date, meeting and framework', () => {
    const card = show('agreement/fentanyl-joint-work', 'acordaron ampliar el trabajo conjunto', 'es');
    // The summary is the heading, in the reader's language, and is not repeated under it.
    expect(card.querySelector('.card__name')!.textContent).toBe(
      'Ampliar el trabajo conjunto contra el tráfico de fentanilo.',
    );
    expect(card.querySelector('.card__summary')).toBeNull();
    const facts = card.querySelector('.card__facts')!.textContent;
    expect(facts).toContain('México · Estados Unidos');
    expect(facts).toContain('3 de septiembre de 2025');
    expect(facts).toContain('Reunión de seguridad en la Ciudad de México');
    expect(facts).toContain('Grupo de Implementación de Seguridad');
    expect(card.querySelector('.card__why')!.textContent).toBe(
      'Resaltado porque la página dice «acordaron ampliar el trabajo conjunto».',
    );
  });

  it('lists the other agreements the same sentence reports', () => {
    const ids = ['agreement/fentanyl-joint-work', 'agreement/meet-regularly', 'official/omar-garcia-harfuch'];
    const card = show('agreement/fentanyl-joint-work', 'agreed', 'en', ids);
    expect(texts(card, '.card__also li')).toEqual(['Meet every three months.']);
  });

  it('renders markup in the data as text', () => {
    const card = show('official/omar-garcia-harfuch', '<img src=x onerror=alert(1)>');
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('b')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.textContent).toContain('Reunión de seguridad <b>México–EE. UU.</b>');
  });
});
