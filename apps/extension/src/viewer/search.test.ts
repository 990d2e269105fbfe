import { describe, expect, it } from 'vitest';
import { fold, searchEntities } from './search.js';

const entity = (name: string, ...aliases: string[]) => ({
  name,
  aliases: aliases.map((text) => ({ text, kind: 'name' as const, ambiguity: 'distinctive' as const })),
});

describe('entity search', () => {
  const entities = [
    entity('Omar García Harfuch', 'García Harfuch'),
    entity('Claudia Sheinbaum Pardo'),
    entity('Security Implementation Group', 'Grupo de Implementación de Seguridad', 'SIG'),
  ];

  it('folds accents, case and spacing', () => {
    expect(fold('  GARCÍA   Harfuch ')).toBe('garcia harfuch');
  });

  it('finds names with or without accents, either way round', () => {
    expect(searchEntities(entities, 'garcia').map((e) => e.name)).toEqual(['Omar García Harfuch']);
    expect(searchEntities(entities, 'Sheinbáum').map((e) => e.name)).toEqual(['Claudia Sheinbaum Pardo']);
  });

  it('searches aliases, in either language, and needs every word', () => {
    expect(searchEntities(entities, 'implementacion grupo').map((e) => e.name)).toEqual([
      'Security Implementation Group',
    ]);
    expect(searchEntities(entities, 'omar sheinbaum')).toEqual([]);
  });

  it('lists everything for an empty query', () => {
    expect(searchEntities(entities, '  ')).toHaveLength(3);
  });
});
