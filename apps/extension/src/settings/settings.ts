import type { EntityType } from '@enlace/core';
import { storage } from 'wxt/utils/storage';

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

/** Synced, so a reader's choices follow them to their other browsers. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/** Stored settings with defaults for anything missing, so an older stored shape still works. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = { ...current, ...change(current) };
  await settingsItem.setValue(next);
  return next;
}
