import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework, Official } from '../model.js';
import { applyCuration, readCuration, shortName } from './curation.js';

describe('shortName of a curated instrument name', () => {
  it.each([
    [
      'Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras',
      'Entendimiento Bicentenario',
    ],
    ['Bicentennial Framework for Security, Public Health, and Safe Communities', 'Bicentennial Framework'],
    ['Diálogo de Alto Nivel sobre Seguridad', null],
    ['Grupo de Implementación de Seguridad', null],
    ['Security Implementation Group', null],
    ['high-level implementation group', null],
    ['Estrategia Nacional de Control de Drogas', null],
    ['National Strategy for Drug Control', null],
    ['Declaración Conjunta Bicentenaria sobre Seguridad', 'Declaración Conjunta Bicentenaria'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('a curated alias’s ambiguity', () => {
  const official = (): Official => ({
    id: 'official/andres-manuel-lopez-obrador',
    type: 'official',
    name: 'Andrés Manuel López Obrador',
    aliases: [{ text: 'Andrés Manuel López Obrador', kind: 'full-name', ambiguity: 'distinctive' }],
    evidence: [],
    sourceIds: [],
    country: 'MX',
    roles: [],
  });
  const curationFile = (facts: object[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'enlace-curation-')), 'curation.json');
    writeFileSync(file, JSON.stringify({ facts }, null, 2));
    return file;
  };
  const fact = (extra: object) => ({
    entity: { type: 'official', alias: 'Andrés Manuel López Obrador' },
    field: 'alias.es',
    value: 'Andrés Manuel',
    citation: 'how the press names him (public record)',
    ...extra,
  });

  it.each([
    ['as the file says', { ambiguity: 'needs-domain' }, 'needs-domain'],
    ['distinctive when the file says nothing', {}, 'distinctive'],
  ])('is %s', (_, extra, expected) => {
    const file = curationFile([fact(extra)]);
    const target = official();
    applyCuration(file, readCuration(file), [target]);
    expect(target.aliases.find((alias) => alias.text === 'Andrés Manuel')).toEqual({
      text: 'Andrés Manuel',
      kind: 'name',
      ambiguity: expected,
      language: 'es',
    });
  });

  it.each([
    ['an unknown ambiguity', fact({ ambiguity: 'rare' })],
    [
      'an ambiguity on a fact that is no alias',
      { ...fact({ ambiguity: 'needs-domain' }), field: 'country', value: 'MX' },
    ],
  ])('rejects %s, naming the file, the line and the field', (_, bad) => {
    const file = curationFile([fact({}), bad]);
    // The second fact's "entity" is on line 13 of the file as written above.
    expect(() => readCuration(file)).toThrow(`${file}:13 (ambiguity): only an alias has one`);
  });
});

describe('a curated instrument name', () => {
  it('is also an alias without its serial comma, and cut after its first subject, which English also puts first', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'enlace-curation-')), 'curation.json');
    const name = 'Bicentennial Framework for Security, Public Health, and Safe Communities';
    const facts = [
      {
        entity: { type: 'framework', alias: 'GIS' },
        field: 'names.en',
        value: name,
        citation: 'public record',
      },
    ];
    writeFileSync(file, JSON.stringify({ facts }, null, 2));
    const target: Framework = {
      id: 'framework/bicentennial-framework',
      type: 'framework',
      name: 'GIS',
      aliases: [{ text: 'GIS', kind: 'acronym', ambiguity: 'needs-domain' }],
      evidence: [],
      sourceIds: [],
      kind: 'framework',
      names: {},
      acronyms: ['GIS'],
      country: 'binational',
      dates: [],
    };
    applyCuration(file, readCuration(file), [target]);
    expect(target.aliases.map((alias) => [alias.text, alias.ambiguity])).toEqual([
      ['GIS', 'needs-domain'],
      [name, 'distinctive'],
      ['Bicentennial Framework for Security, Public Health and Safe Communities', 'distinctive'],
      ['Bicentennial Framework', 'distinctive'],
      ['Bicentennial Framework for Security', 'distinctive'],
      ['Bicentennial Security Framework', 'needs-domain'],
    ]);
  });
});
