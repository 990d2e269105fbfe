import { describe, expect, it } from 'vitest';
import type { Role } from '../../model.js';
import { isCabinetLevel } from './cabinet-level.js';

const role = (en: string, es: string): Role => ({
  title: en,
  titleLanguage: 'en',
  titles: { en, es },
  organization: null,
  date: '2025-02-27',
  evidence: [],
});

describe('isCabinetLevel', () => {
  it.each([
    ['President', 'presidenta', true],
    ['President of the United States', 'presidente de Estados Unidos', true],
    ['Secretary of the Navy', 'secretario de Marina', true],
    ['Mexico’s Secretary of Foreign Relations', 'secretario de Relaciones Exteriores', true],
    ['Foreign Secretary', 'canciller', true],
    ['Attorney General of the Republic', 'fiscal general de la República', true],
    ['US Assistant Secretary for Homeland Security', 'secretario auxiliar de Seguridad Interior', false],
    ['Deputy Secretary of State', 'secretario adjunto de Estado', false],
    [
      'Acting Deputy Secretary of Homeland Security',
      'secretaria interina adjunta de Seguridad Interior',
      false,
    ],
    ['Executive Secretary of the National Public Security System', 'secretaria ejecutiva del Sistema', false],
    ['Deputy Attorney General', 'fiscal general adjunta', false],
    ['Vice President', 'vicepresidente', false],
    ["Mexico's Ambassador to the United States", 'embajador de México en Estados Unidos', false],
    ['military attaché of the United States embassy', 'agregado militar de la Embajada', false],
  ])('%s / %s → %s', (en, es, expected) => {
    expect(isCabinetLevel(role(en, es))).toBe(expected);
  });
});
