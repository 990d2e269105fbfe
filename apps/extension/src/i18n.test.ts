import { afterEach, describe, expect, it, vi } from 'vitest';
import es from '../public/_locales/es/messages.json';
import { fakeI18n } from './test-support/fake-i18n.js';

vi.mock('wxt/browser', () => ({ browser: fakeI18n('en') }));

const { t, uiLanguage, useMessages } = await import('./i18n.js');

describe('the interface language', () => {
  afterEach(() => useMessages(null));

  it('follows the browser until the reader chooses', () => {
    expect(uiLanguage()).toBe('en');
    expect(t('badgeTitle', 3)).toBe('Enlace: 3 mentions on this page');
  });

  it('speaks the chosen table, with placeholders filled as the browser fills them', () => {
    useMessages(es);
    expect(uiLanguage()).toBe('es');
    expect(t('optionsAbout', '1.0', '2026')).toBe('Base de conocimiento 1.0, generada el 2026.');
    expect(t('cardLabel', 'Funcionario', 'Omar García Harfuch')).toBe('Funcionario: Omar García Harfuch');
  });
});
