import { viewKnowledgeBase } from '@enlace/core';
import { fakeI18n } from './fake-i18n.js';
import { fixtureKb } from './fixture-kb.js';

/**
 * A `wxt/browser` for card tests that answers in whichever language the test sets. Tests mock the
 * module with it: `vi.mock('wxt/browser', () => import('../test-support/bilingual-browser.js'))`.
 */
export const locale = { current: 'en' as 'en' | 'es' };
const browsers = { en: fakeI18n('en'), es: fakeI18n('es') };
export const browser = {
  i18n: {
    getMessage: (name: string, subs?: string[]) => browsers[locale.current].i18n.getMessage(name, subs),
  },
};

/** The fixture knowledge base as cards read it, and the viewer links they make. */
export const view = viewKnowledgeBase(fixtureKb);
export const viewerUrl = (id: string, start: number, end: number) =>
  `chrome-extension://x/viewer.html?source=${id}&start=${start}&end=${end}`;
