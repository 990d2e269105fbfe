import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './cli-test-support.js';

describe('enlace entities', () => {
  const dir = tempFolder();
  const kbFile = join(dir, 'kb.json');
  const built = runCli(['build-kb', '--out-dir', dir, '--module', join(dir, 'kb-data.ts')]);

  it('prints exactly one JSON object with sources and entities', () => {
    expect(built.code).toBe(0);
    const result = runCli(['entities', '--json', '--kb', kbFile]);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(Object.keys(data)).toEqual(['sources', 'entities']);
    expect(Object.keys(data.sources[0])).toEqual([
      'id',
      'title',
      'publisher',
      'date',
      'language',
      'url',
      'text',
    ]);
    for (const entity of data.entities) {
      expect(entity).toHaveProperty('id');
      expect(entity).toHaveProperty('name');
      expect(entity).toHaveProperty('aliases');
      expect(entity.evidence[0]).toHaveProperty('sourceId');
    }
  });

  it.each(['official', 'framework', 'agreement'])('--type %s keeps only that type', (type) => {
    const data = JSON.parse(runCli(['entities', '--json', '--type', type, '--kb', kbFile]).stdout);
    expect(data.entities.length).toBeGreaterThan(0);
    expect(new Set(data.entities.map((entity: { type: string }) => entity.type))).toEqual(new Set([type]));
  });

  it('prints a table with names, countries, roles with dates and sources', () => {
    const table = runCli(['entities', '--kb', kbFile]).stdout;
    expect(table.split('\n')[0]).toMatch(/^NAME\s+TYPE\s+COUNTRY\s+ROLES/);
    expect(table).toMatch(
      /Omar García Harfuch\s+official\s+MX\s+Secretary of Security and Citizen Protection \(2025-02-27\)/,
    );
  });

  it.each([
    [['entities', '--type', 'person'], /--type must be one of/],
    [['entities', '--kb', join(dir, 'missing.json')], /no knowledge base here/],
    [['entities', '--color'], /unknown option --color/],
  ])('%j fails with exit 2', (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
