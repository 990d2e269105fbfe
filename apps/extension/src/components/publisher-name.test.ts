import { describe, expect, it, vi } from 'vitest';
import { publisherName } from './publisher-name.js';

const locale = vi.hoisted(() => ({ current: 'es' as 'en' | 'es' }));
vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../test-support/fake-i18n.js');
  return {
    browser: {
      i18n: {
        getMessage: (name: string, substitutions?: string[]) =>
          fakeI18n(locale.current).i18n.getMessage(name, substitutions),
      },
    },
  };
});

describe('publisherName', () => {
  it.each([
    { locale: 'es', publisher: 'Unknown', shown: 'medio desconocido' },
    { locale: 'en', publisher: 'unknown ', shown: 'unknown publisher' },
    { locale: 'es', publisher: '', shown: 'medio desconocido' },
    { locale: 'es', publisher: 'Uno TV', shown: 'Uno TV' },
    { locale: 'en', publisher: 'Unknown Worlds Press', shown: 'Unknown Worlds Press' },
  ] as const)('$locale: "$publisher" → "$shown"', ({ locale: current, publisher, shown }) => {
    locale.current = current;
    expect(publisherName(publisher)).toBe(shown);
  });
});
