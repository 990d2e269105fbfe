import { describe, expect, it } from 'vitest';
import { shortName } from './curation.js';

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
