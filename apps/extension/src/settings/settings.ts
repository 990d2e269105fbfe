import type { EntityType } from '@enlace/core';
import { browser } from 'wxt/browser';

export interface Settings {
  /** The types painted on pages; the others are read but left alone. */
  types: EntityType[];
  /** Underline only, no fill: for readers who find the colours loud. */
  quiet: boolean;
  /** Cards open on a click or tap only, never on hover. */
  clickOnly: boolean;
  /** Hosts where the extension never runs (the popup's switch adds to this). */
  neverSites: string[];
  /** When not empty, the only hosts where it runs. */
  onlySites: string[];
  /** `auto` follows the browser's language. */
  language: 'auto' | 'en' | 'es';
}

export const DEFAULT_SETTINGS: Settings = {
  types: ['official', 'framework', 'agreement'],
  quiet: false,
  clickOnly: false,
  neverSites: [],
  onlySites: [],
  language: 'auto',
};

/**
 * One item in synced storage, so a reader's choices follow them to their other browsers. Read with
 * the browser's storage API directly: the content script, loaded on every page, only reads and
 * watches this one item, which does not need a storage library's size.
 */
const KEY = 'settings';

/** Stored settings with defaults for anything missing, so an older stored shape still works. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return withDefaults(stored[KEY] as Partial<Settings> | undefined);
}

/** Calls `listener` with the new settings whenever they change, in this or any other context; returns the unwatch. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'sync' && change) listener(withDefaults(change.newValue as Partial<Settings> | undefined));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = { ...current, ...change(current) };
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}
