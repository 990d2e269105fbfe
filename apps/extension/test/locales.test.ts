// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../public/_locales/', import.meta.url);
const load = (locale: string) =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, dir), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;

describe('interface strings', () => {
  const en = load('en');
  const es = load('es');

  it('come in English and Spanish, nothing else yet', () => {
    expect(readdirSync(dir).sort()).toEqual(['en', 'es']);
  });

  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of [...Object.entries(en), ...Object.entries(es)]) {
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages, each one defined', () => {
    for (const key of Object.keys(en)) {
      const used = (message: string) =>
        [...message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(used(es[key]!.message), key).toEqual(used(en[key]!.message));
      for (const name of used(en[key]!.message))
        expect(en[key]!.placeholders?.[name], `${key}.${name}`).toBeDefined();
      for (const name of used(es[key]!.message))
        expect(es[key]!.placeholders?.[name], `${key}.${name}`).toBeDefined();
    }
  });

  it('are actually Spanish in Spanish', () => {
    expect(es.uiLanguage!.message).toBe('es');
    const same = Object.keys(en).filter(
      (key) => en[key]!.message === es[key]!.message && !/^\$|^Enlace$/.test(en[key]!.message),
    );
    expect(same).toEqual([]);
  });
});
