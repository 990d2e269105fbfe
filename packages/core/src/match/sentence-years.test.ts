import { describe, expect, it } from 'vitest';
import { inYearsNamed, yearsNamed } from './sentence-years.js';

describe('yearsNamed', () => {
  it.each([
    ['In 2023, Mexico agreed to crack down on fentanyl labs.', [2023]],
    ['En 2008, Estados Unidos acordó entregar helicópteros.', [2008]],
    ['On July 24, 2023, the delegation met the president.', [2023]],
    ['El 24 de julio de 2023 se reunió la delegación.', [2023]],
    ['The talks of Feb. 2025 and of 2026 went well.', [2025, 2026]],
    ['Since 2019 the two countries have agreed on much.', []],
    ['Desde 2019 ambos países han acordado mucho.', []],
    ['Aseguraron más de 2000 armas en la frontera.', []],
    ['They seized 2023 rifles.', []],
    ['Extraditions rose in 2,024 cases.', []],
  ])('%s → %j', (sentence, years) => {
    expect(yearsNamed(sentence, 0, sentence.length)).toEqual(years);
  });

  it('reads only between the two positions', () => {
    const text = 'In 2008 the plan began. In 2023 it changed.';
    expect(yearsNamed(text, 24, text.length)).toEqual([2023]);
  });
});

describe('inYearsNamed', () => {
  // Agreements 0, 1 and 2, of 2023, 2025 and 2026.
  const yearOf = (entity: number) => [2023, 2025, 2026][entity]!;
  it.each([
    ['no year: as found', [], [1, 0], [1, 0]],
    ['an earlier year: none', [2008], [0, 1, 2], []],
    ['a year of one of them: that one first, none later', [2023], [1, 0, 2], [0]],
    ['a later year: all', [2027], [2, 0], [2, 0]],
    ['two years: the named ones first', [2023, 2025], [2, 1, 0], [1, 0]],
  ])('%s', (_name, years, found, kept) => {
    expect(inYearsNamed(found, years, yearOf)).toEqual(kept);
  });
});
