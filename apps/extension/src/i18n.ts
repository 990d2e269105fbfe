import type { Language } from '@enlace/core';
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** A user-visible string in the browser's interface language (en or es, falling back to en). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String));
}

/** The language `t` speaks, so summaries follow the same choice as every other string. */
export function uiLanguage(): Language {
  return t('uiLanguage') === 'es' ? 'es' : 'en';
}
