// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Reads what `wxt build` wrote, so these hold for the manifests the stores would receive.
const built = (target: string, file: string) =>
  JSON.parse(readFileSync(new URL(`../.output/${target}/${file}`, import.meta.url), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (target) => {
  const manifest = built(target, 'manifest.json');

  it('asks for no host or network permission beyond reading pages', () => {
    expect(manifest.permissions ?? []).not.toContain('webRequest');
    expect(manifest.permissions ?? []).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('asks only for storage, for the reader’s settings, and exposes none of its pages to websites', () => {
    expect(manifest.permissions ?? []).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('offers keyboard commands to step through mentions', () => {
    expect(manifest.commands['next-mention'].suggested_key.default).toBe('Alt+Shift+E');
    expect(manifest.commands['previous-mention'].suggested_key.default).toBe('Alt+Shift+Q');
  });

  it('runs its content script on http and https pages only', () => {
    expect(manifest.content_scripts?.[0]?.matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it.each(['en', 'es'])('has every message the manifest names in %s', (locale) => {
    const messages = built(target, `_locales/${locale}/messages.json`);
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(messages[name as string]?.message, name).toBeTruthy();
  });
});

it('gives Firefox an explicit add-on id, which its storage API requires, and Chrome none', () => {
  const gecko = built('firefox-mv2', 'manifest.json').browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(built('chrome-mv3', 'manifest.json').browser_specific_settings).toBeUndefined();
});
