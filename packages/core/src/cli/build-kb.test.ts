import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './cli-test-support.js';

describe('enlace build-kb', () => {
  const build = (env: Record<string, string> = {}) => {
    const dir = tempFolder();
    const module = join(dir, 'kb-data.ts');
    const result = runCli(['build-kb', '--out-dir', dir, '--module', module], env);
    expect(result.code, result.stderr).toBe(0);
    return { json: readFileSync(join(dir, 'kb.json')), module: readFileSync(module, 'utf8') };
  };
  const first = build();
  const second = build();

  it('is byte-identical for the same corpus', () => {
    expect(first.json.equals(second.json)).toBe(true);
    expect(first.module).toBe(second.module);
  });

  it('dates the build by the newest statement, or by SOURCE_DATE_EPOCH when set', () => {
    expect(JSON.parse(first.json.toString()).builtAt).toBe('2026-01-23');
    const pinned = build({ SOURCE_DATE_EPOCH: '1767225600' });
    expect(JSON.parse(pinned.json.toString()).builtAt).toBe('2026-01-01');
  });

  it('writes a module that parses the same knowledge base, marked pure for bundlers', () => {
    expect(first.module).toContain("import type { KnowledgeBase } from '../model.js';");
    expect(first.module).toContain('/* @__PURE__ */ JSON.parse(');
    const literal = /JSON\.parse\((".*")\);/.exec(first.module)![1]!;
    expect(JSON.parse(JSON.parse(literal))).toEqual(JSON.parse(first.json.toString()));
  });
});
