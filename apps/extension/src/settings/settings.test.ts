import { describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

// Synced storage as the browser keeps it: one object per key, and change events that name the area.
const stored = vi.hoisted(() => ({ area: {} as Record<string, unknown>, listeners: new Set<Listener>() }));
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      sync: {
        get: async (key: string) => (key in stored.area ? { [key]: stored.area[key] } : {}),
        set: async (items: Record<string, unknown>) => {
          Object.assign(stored.area, items);
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
          for (const listener of stored.listeners) listener(changes, 'sync');
        },
      },
      onChanged: {
        addListener: (listener: Listener) => stored.listeners.add(listener),
        removeListener: (listener: Listener) => stored.listeners.delete(listener),
      },
    },
  },
}));

const { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, withDefaults } = await import(
  './settings.js'
);

describe('settings', () => {
  it('highlights everything, loudly, with hover cards, everywhere, in the browser’s language by default', async () => {
    expect(withDefaults(null)).toEqual({
      types: ['official', 'framework', 'agreement'],
      quiet: false,
      clickOnly: false,
      neverSites: [],
      onlySites: [],
      language: 'auto',
    });
    stored.area = {};
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what was stored and fills in what an older version did not store', async () => {
    const partial = { quiet: true, neverSites: ['example.com'] };
    expect(withDefaults(partial)).toEqual({ ...DEFAULT_SETTINGS, ...partial });
    stored.area = { settings: partial };
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...partial });
  });

  it('tells watchers of every change to the settings, with defaults filled in, until unwatched', async () => {
    stored.area = { settings: { quiet: true } };
    const heard: unknown[] = [];
    const unwatch = watchSettings((settings) => heard.push(settings));
    await updateSettings(() => ({ language: 'es' }));
    // Another key, or the same key in another area, is not the settings.
    for (const listener of stored.listeners) listener({ other: { newValue: 1 } }, 'sync');
    for (const listener of stored.listeners) listener({ settings: { newValue: {} } }, 'local');
    // Removed: back to the defaults.
    for (const listener of stored.listeners) listener({ settings: {} }, 'sync');
    unwatch();
    await updateSettings(() => ({ quiet: false }));
    expect(heard).toEqual([{ ...DEFAULT_SETTINGS, quiet: true, language: 'es' }, DEFAULT_SETTINGS]);
  });
});
