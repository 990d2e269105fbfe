import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agreement, Framework, KnowledgeBase, Official } from '../model.js';
import { runCli, tempFolder } from './cli-test-support.js';

// Statements written for this test: people, an instrument and commitments the seeds never name.
const ENGLISH = `---
id: 2024-05-10-border-meeting-en
title: "Mexico and the United States meet on border security"
publisher: Test desk
date: 2024-05-10
language: en
url: https://example.org/border-meeting
related: 2024-05-10-border-meeting-es same-event
---
On May 10, Secretary of Homeland Security Alejandro Mayorkas met Mexico's Foreign Secretary Alicia Bárcena in Mexico City. The two governments agreed to expand joint patrols and to strengthen the Border Security Initiative (BSI). Secretary Mayorkas and Foreign Secretary Bárcena also committed to accelerate extraditions.
`;
const SPANISH = `---
id: 2024-05-10-border-meeting-es
title: "México y Estados Unidos se reúnen sobre seguridad fronteriza"
publisher: Mesa de prueba
date: 2024-05-10
language: es
url:
related: 2024-05-10-border-meeting-en same-event
---
La canciller Alicia Bárcena Ibarra y el secretario de Seguridad Interior de Estados Unidos, Alejandro Mayorkas, acordaron ampliar el patrullaje conjunto y modernizar la infraestructura fronteriza en el marco de la Estrategia de Seguridad Fronteriza (ESF).
`;

describe('enlace ingest on a new folder of statements', () => {
  const dir = tempFolder({ 'en.md': ENGLISH, 'es.md': SPANISH });
  const run = runCli(['ingest', dir]);
  const kb = JSON.parse(run.stdout) as KnowledgeBase;
  const officials = kb.entities.filter((entity): entity is Official => entity.type === 'official');
  const frameworks = kb.entities.filter((entity): entity is Framework => entity.type === 'framework');
  const agreements = kb.entities.filter((entity): entity is Agreement => entity.type === 'agreement');

  it('prints one knowledge base as JSON and exits 0', () => {
    expect(run.code).toBe(0);
    expect(kb.format).toBe(1);
    expect(kb.sources.map((source) => source.id)).toEqual([
      '2024-05-10-border-meeting-en',
      '2024-05-10-border-meeting-es',
    ]);
  });

  it.each([
    ['Alejandro Mayorkas', 'US', 'Secretary of Homeland Security', 2],
    ['Alicia Bárcena Ibarra', 'MX', "Mexico's Foreign Secretary", 2],
  ])('finds the new official %s (%s) as %s, across both languages', (name, country, title, statements) => {
    const found = officials.find((official) => official.name === name);
    expect(found).toMatchObject({ country });
    expect(found!.roles[0]!.title).toBe(title);
    expect(found!.sourceIds).toHaveLength(statements);
  });

  it('finds no other people', () => {
    expect(officials).toHaveLength(2);
  });

  it.each([
    ['Border Security Initiative', 'BSI', 'program'],
    ['Estrategia de Seguridad Fronteriza', 'ESF', 'strategy'],
  ])('finds the new framework %s (%s)', (name, acronym, kind) => {
    expect(frameworks.find((framework) => framework.name === name)).toMatchObject({
      acronyms: [acronym],
      kind,
    });
  });

  it.each([
    ['Expand joint patrols', 'Ampliar el patrullaje conjunto', 2],
    ['Accelerate extraditions', 'Acelerar las extradiciones', 1],
    ['Modernize border infrastructure', 'Modernizar la infraestructura fronteriza', 1],
  ])('finds the new agreement "%s" / "%s"', (en, es, statements) => {
    const found = agreements.find((agreement) => agreement.summary.en === en);
    expect(found?.summary.es).toBe(es);
    expect(found?.sourceIds).toHaveLength(statements);
    expect(found?.parties).toEqual(['MX', 'US']);
  });

  it('writes the same knowledge base to --out', () => {
    const out = join(tempFolder(), 'kb.json');
    expect(runCli(['ingest', dir, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
  });
});

describe('enlace ingest on bad input', () => {
  const good = (id: string) =>
    ENGLISH.replace('2024-05-10-border-meeting-en', id).replace(/related: .*\n/, '');
  it.each([
    {
      name: 'unknown language',
      file: good('a').replace('language: en', 'language: fr'),
      message: /a\.md:6 \(language\): unknown language "fr"/,
    },
    {
      name: 'impossible date',
      file: good('a').replace('date: 2024-05-10', 'date: 2025-02-30'),
      message: /a\.md:5 \(date\): "2025-02-30" is not a real date/,
    },
    {
      name: 'missing field',
      file: good('a').replace(/publisher: .*\n/, ''),
      message: /a\.md:7 \(publisher\): missing required field/,
    },
    {
      name: 'malformed front matter',
      file: good('a').replace('title:', 'title'),
      message: /a\.md:3: expected "field: value"/,
    },
    { name: 'empty file', file: '', message: /a\.md:1: the file is empty/ },
    {
      name: 'non-UTF-8 bytes',
      file: new Uint8Array([...Buffer.from(good('a')), 0xff, 0x0a]),
      message: /a\.md:10: not valid UTF-8/,
    },
  ])('$name: exit 2, names file, line and field, writes nothing', ({ file, message }) => {
    const dir = tempFolder({ 'a.md': file, 'b.md': good('b') });
    const out = join(tempFolder(), 'kb.json');
    const result = runCli(['ingest', dir, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('duplicate id: exit 2 and an existing output is left as it was', () => {
    const dir = tempFolder({ 'a.md': good('same'), 'b.md': good('same') });
    const out = join(tempFolder(), 'kb.json');
    writeFileSync(out, 'previous');
    const result = runCli(['ingest', dir, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/b\.md:2 \(id\): duplicate id "same"/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });

  it('a wrong number of arguments is a usage error', () => {
    expect(runCli(['ingest']).code).toBe(2);
  });
});
