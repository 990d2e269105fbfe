import type { Language } from '@enlace/core';
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** A `messages.json` as read from `_locales`. */
export type MessageTable = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

// The reader's chosen language, when it is not the browser's: `browser.i18n` cannot switch at run time.
let chosen: MessageTable | null = null;

/** Speak from this table instead of the browser's language; null goes back to the browser's. */
export function useMessages(table: MessageTable | null): void {
  chosen = table;
}

/** A user-visible string in the interface language (the reader's choice, else the browser's; en by default). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const strings = substitutions.map(String);
  const entry = chosen?.[key];
  return entry ? fill(entry, strings) : browser.i18n.getMessage(key, strings);
}

/** What `browser.i18n.getMessage` does with named placeholders over $1…$9. */
export function fill(entry: MessageTable[string], substitutions: string[]): string {
  return entry.message.replace(/\$(\w+)\$/g, (_all, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** The language `t` speaks, so summaries follow the same choice as every other string. */
export function uiLanguage(): Language {
  return t('uiLanguage') === 'es' ? 'es' : 'en';
}
