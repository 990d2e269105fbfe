import { browser } from 'wxt/browser';
import { type MessageTable, useMessages } from '../i18n.js';
import { loadSettings, type Settings } from './settings.js';

const tables = new Map<string, Promise<MessageTable | null>>();

/**
 * The message table for a chosen interface language, read from the extension's own `_locales`
 * (an extension URL, never the network); null when the browser's language is to be used.
 * Extension pages and the background only: a page's content script asks the background.
 */
export function loadMessages(language: Settings['language']): Promise<MessageTable | null> {
  if (language === 'auto') return Promise.resolve(null);
  let table = tables.get(language);
  if (!table) {
    table = fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`))
      .then((response) => response.json() as Promise<MessageTable>)
      .catch(() => null);
    tables.set(language, table);
  }
  return table;
}

/** For extension pages: speak the reader's chosen language before anything is rendered. */
export async function speakChosenLanguage(): Promise<void> {
  useMessages(await loadMessages((await loadSettings()).language));
}
