import { describe, expect, it, vi } from 'vitest';

// The storage item itself is WXT's; what is ours is how stored values are read.
vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));

const { DEFAULT_SETTINGS, withDefaults } = await import('./settings.js');

describe('settings', () => {
  it('highlights everything, loudly, with hover cards, everywhere, in the browser’s language by default', () => {
    expect(withDefaults(null)).toEqual({
      types: ['official', 'framework', 'agreement'],
      quiet: false,
      clickOnly: false,
      neverSites: [],
      onlySites: [],
      language: 'auto',
    });
  });

  it('keeps what was stored and fills in what an older version did not store', () => {
    const stored = { quiet: true, neverSites: ['example.com'] };
    expect(withDefaults(stored)).toEqual({ ...DEFAULT_SETTINGS, ...stored });
  });
});
