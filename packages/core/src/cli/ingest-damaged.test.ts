import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT_BYTES } from '../corpus/read-corpus.js';
import { runCli, tempFolder } from './cli-test-support.js';

// Statements written for this test; damage is applied to copies of them below.
const statement = (id: string) => `---
id: ${id}
title: "Bárcena and Mayorkas meet on border security"
publisher: Test desk
date: 2024-05-10
language: en
url: https://example.org/${id}
---
On May 10, Alejandro Mayorkas met Alicia Bárcena in Mexico City to discuss joint patrols.
`;
const GOOD = statement('good');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const cutAt = (text: string, marker: string) =>
  utf8(text).subarray(0, utf8(text.slice(0, text.indexOf(marker))).length);

/** An existing --out must survive a failed run byte for byte; a missing one must not appear. */
function ingestInto(dir: string, existing: 'none' | 'previous') {
  const out = join(tempFolder(), 'kb.json');
  if (existing === 'previous') writeFileSync(out, 'previous');
  const result = runCli(['ingest', dir, '--out', out]);
  const left = existsSync(out) ? readFileSync(out, 'utf8') : null;
  return { ...result, left };
}

const damaged: Array<{ name: string; bytes: Uint8Array; message: RegExp }> = [
  {
    name: 'truncated inside the front matter',
    bytes: cutAt(GOOD, 'language:'),
    message: /bad\.md:5: front matter is not closed by a "---" line/,
  },
  {
    name: 'truncated inside a quoted value, before the closing line',
    bytes: cutAt(GOOD, 'and Mayorkas'),
    message: /bad\.md:3: front matter is not closed/,
  },
  {
    name: 'truncated right after the front matter',
    bytes: cutAt(GOOD, 'On May 10'),
    message: /bad\.md:9: the statement text is empty/,
  },
  {
    name: 'truncated inside a two-byte character',
    // The body's "á" (0xC3 0xA1) loses its second byte: the file ends inside a character.
    bytes: new Uint8Array([...utf8(GOOD.slice(0, GOOD.lastIndexOf('árcena'))), 0xc3]),
    message: /bad\.md:9: not valid UTF-8 \(byte \d+\); save it as UTF-8/,
  },
  {
    name: 'Latin-1 bytes',
    bytes: new Uint8Array(Buffer.from(GOOD, 'latin1')),
    message: /bad\.md:3: not valid UTF-8 \(byte \d+\); save it as UTF-8/,
  },
  {
    name: 'UTF-16 little-endian with a byte-order mark',
    bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(GOOD, 'utf16le')]),
    message: /bad\.md:1: is UTF-16 .*save it as UTF-8/,
  },
  {
    name: 'UTF-16 big-endian with a byte-order mark',
    bytes: new Uint8Array([0xfe, 0xff, ...Buffer.from(GOOD, 'utf16le').swap16()]),
    message: /bad\.md:1: is UTF-16/,
  },
  {
    name: 'only a closing delimiter missing and binary noise after',
    bytes: new Uint8Array([...utf8('---\nid: bad\n'), 0x00, 0x9f, 0x92, 0x96]),
    message: /bad\.md:3: not valid UTF-8/,
  },
];

describe('enlace ingest on a damaged folder of statements', () => {
  it.each(damaged)('$name: exit 2, names file and line, writes nothing', ({ bytes, message }) => {
    const dir = tempFolder({ 'a.md': statement('a'), 'bad.md': bytes });
    for (const existing of ['none', 'previous'] as const) {
      const run = ingestInto(dir, existing);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/unexpected error/);
      expect(run.stdout).toBe('');
      expect(run.left).toBe(existing === 'none' ? null : 'previous');
    }
  });

  it('a 20 MB file is refused by its size, before it is read', () => {
    const dir = tempFolder({ 'a.md': statement('a'), 'huge.md': GOOD });
    // A sparse file: the reader must refuse it from its size, so its contents never matter.
    truncateSync(join(dir, 'huge.md'), 20 * 1024 * 1024);
    const started = performance.now();
    const run = ingestInto(dir, 'previous');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `huge\\.md: is ${20 * 1024 * 1024} bytes; a statement may be at most ${MAX_STATEMENT_BYTES} bytes`,
      ),
    );
    expect(run.left).toBe('previous');
    // Generous: the CLI starts in well under this, but must not spend seconds chewing 20 MB.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a file just under the limit is read', () => {
    const padding = 'x'.repeat(MAX_STATEMENT_BYTES - utf8(GOOD).length - 2);
    const dir = tempFolder({ 'a.md': `${GOOD}\n${padding}\n` });
    const run = ingestInto(dir, 'none');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.left!).sources).toHaveLength(1);
  });

  it('duplicate ids across files name both files and the id line', () => {
    const dir = tempFolder({
      'a.md': statement('same'),
      'b.md': statement('other'),
      'c.md': statement('same'),
    });
    const run = ingestInto(dir, 'previous');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/c\.md:2 \(id\): duplicate id "same" \(also in .*a\.md\)/);
    expect(run.left).toBe('previous');
  });

  it.each<{ name: string; files: Record<string, string> }>([
    { name: 'an empty folder', files: {} },
    {
      name: 'a folder with only a README and other files',
      files: { 'README.md': '# notes', 'kb.json': '{}' },
    },
  ])('$name: exit 2, says it holds no statements', ({ files }) => {
    const dir = tempFolder(files);
    const run = ingestInto(dir, 'none');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${dir}: holds no statement files (*.md)`);
    expect(run.left).toBeNull();
  });

  it('a folder that does not exist: exit 2, names it', () => {
    const dir = join(tempFolder(), 'missing');
    const run = ingestInto(dir, 'previous');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${dir}: is not a readable folder of statements`);
    expect(run.left).toBe('previous');
  });

  it('a folder named like a statement: exit 2, names it', () => {
    const dir = tempFolder({ 'a.md': statement('a') });
    mkdirSync(join(dir, 'b.md'));
    const run = ingestInto(dir, 'none');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/b\.md: is not a readable file/);
    expect(run.left).toBeNull();
  });
});
