import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { readCorpus } from './read-corpus.js';

const corpus = fileURLToPath(new URL('../../corpus', import.meta.url));

const statement = (id: string, extra = '') =>
  `---\nid: ${id}\ntitle: T\npublisher: P\ndate: 2025-01-01\nlanguage: en\nurl:\n${extra}---\nText.\n`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'enlace-corpus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('readCorpus', () => {
  it('reads statements in file-name order and ignores other files', () => {
    const dir = folder({
      'b.md': statement('b'),
      'a.md': statement('a'),
      'README.md': '# notes',
      'curation.json': '{}',
    });
    expect(readCorpus(dir).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it.each([
    {
      name: 'duplicate id',
      files: { 'a.md': statement('same'), 'b.md': statement('same') },
      where: 'b.md:2',
      message: /duplicate id "same"/,
    },
    {
      name: 'unknown related statement',
      files: { 'a.md': statement('a', 'related: ghost same-event\n') },
      where: 'a.md:8',
      message: /unknown statement "ghost"/,
    },
    { name: 'empty folder', files: {}, where: '', message: /no statement files/ },
  ])('rejects a corpus with $name', ({ files, where, message }) => {
    const dir = folder(files as Record<string, string>);
    expect(() => readCorpus(dir)).toThrow(InputError);
    expect(() => readCorpus(dir)).toThrow(message);
    if (where) expect(() => readCorpus(dir)).toThrow(where);
  });

  it('rejects a path that is not a folder', () => {
    expect(() => readCorpus(join(tmpdir(), 'enlace-no-such-folder'))).toThrow(/not a readable folder/);
  });
});

describe('the corpus', () => {
  // Which corpus statement holds which seed, and the SHA-256 of that seed file as given in
  // ../shared/seeds/: the body must be the seed, byte for byte, wherever the tests run.
  it.each([
    [
      '000_a3f9d5834f06b5b5.txt',
      '2025-02-27-security-cabinets-es',
      'fe2108bccc938a966a833a97e6d74c58379eb5294dcfda4f964dc54d2622384a',
    ],
    [
      '001_e5adf732dfed1c7a.txt',
      '2025-02-27-security-cabinets-en',
      '50deb282aa505131d671728e6dc5d3a9829adf0bff09ed9b8ed003c9ae24f7eb',
    ],
    [
      '002_884c89013ef08811.txt',
      '2026-01-23-gis-third-meeting-es',
      '1784fd6503864794ec727d81094158ac9ebd353bfe3b881abb8009348703d580',
    ],
    [
      '003_44daa85b622acf15.txt',
      '2023-07-24-joint-statement-mexico-us',
      '4e6c4f2dec93b181b9f0199cfcb4fc9c19aad6c70c819c1e331b90e572f1b39f',
    ],
    [
      '004_52520a4e00ebb25b.txt',
      '2023-03-09-lopez-obrador-sherwood-randall',
      '6be0e9468be91fa738d204c1ad030fe2d5b0d742460509dfa4b416e15969c412',
    ],
  ])('%s is statement %s, text unchanged', (_seed, id, sha256) => {
    const found = readCorpus(corpus).find((s) => s.id === id);
    expect(found).toBeDefined();
    expect(createHash('sha256').update(found!.text, 'utf8').digest('hex')).toBe(sha256);
  });
});

describe('the corpus front matter', () => {
  it.each([
    ['2025-02-27-security-cabinets-es', 'es', '2025-02-27', null],
    ['2025-02-27-security-cabinets-en', 'en', '2025-02-27', 'https://usa.news.o-abroad.com/'],
    ['2026-01-23-gis-third-meeting-es', 'es', '2026-01-23', 'https://www.unotv.com/'],
    ['2023-07-24-joint-statement-mexico-us', 'en', '2023-07-24', 'https://www.domesticpreparedness.com/'],
    ['2023-03-09-lopez-obrador-sherwood-randall', 'en', '2023-03-09', null],
  ])('%s: %s, %s, url %s', (id, language, date, url) => {
    const found = readCorpus(corpus).find((s) => s.id === id)!;
    expect(found.language).toBe(language);
    expect(found.date).toBe(date);
    if (url === null) expect(found.url).toBeNull();
    else expect(found.url?.startsWith(url)).toBe(true);
  });

  it('keeps the reprint furniture out of the statement proper', () => {
    const reprint = readCorpus(corpus).find((s) => s.id === '2023-07-24-joint-statement-mexico-us')!;
    expect(reprint.text.slice(0, reprint.bodyEnd)).not.toMatch(/SHARE|TAGS|Translate|Originally published/);
    expect(reprint.text.slice(reprint.bodyEnd)).toMatch(/^Originally published by/);
  });

  it('relates the two reports of the 2025-02-27 meeting', () => {
    const es = readCorpus(corpus).find((s) => s.id === '2025-02-27-security-cabinets-es')!;
    expect(es.related).toEqual([{ sourceId: '2025-02-27-security-cabinets-en', relation: 'same-event' }]);
  });
});
