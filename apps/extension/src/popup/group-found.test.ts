import { describe, expect, it } from 'vitest';
import { countFound, groupFound, mergeFound } from './group-found.js';

describe('the popup list', () => {
  const names: Record<string, string> = { a: 'Ávila', b: 'Bravo', c: 'Castro', f: 'SIG', g: 'Agreement' };

  it('counts mentions per entity', () => {
    const found = countFound([
      { entityId: 'a', type: 'official' },
      { entityId: 'f', type: 'framework' },
      { entityId: 'a', type: 'official' },
    ]);
    expect(found).toEqual([
      { entityId: 'a', type: 'official', count: 2 },
      { entityId: 'f', type: 'framework', count: 1 },
    ]);
  });

  it('groups by type in a fixed order, most mentioned first, then by name', () => {
    const groups = groupFound(
      [
        { entityId: 'g', type: 'agreement', count: 1 },
        { entityId: 'c', type: 'official', count: 1 },
        { entityId: 'b', type: 'official', count: 3 },
        { entityId: 'a', type: 'official', count: 1 },
      ],
      (id) => names[id],
      'es',
    );
    expect(groups.map((group) => [group.type, group.total])).toEqual([
      ['official', 5],
      ['agreement', 1],
    ]);
    // "Ávila" sorts with the A's, not after Z.
    expect(groups[0]!.entities.map((entity) => entity.name)).toEqual(['Bravo', 'Ávila', 'Castro']);
  });

  it('is empty when nothing was found, and shows an unknown id as itself', () => {
    expect(groupFound([], () => undefined, 'en')).toEqual([]);
    expect(
      groupFound([{ entityId: 'x', type: 'framework', count: 1 }], () => undefined, 'en')[0]!.entities[0]!
        .name,
    ).toBe('x');
  });

  it('adds up what several frames found', () => {
    expect(
      mergeFound([
        { entityId: 'a', type: 'official', count: 2 },
        { entityId: 'f', type: 'framework', count: 1 },
        { entityId: 'a', type: 'official', count: 1 },
      ]),
    ).toEqual([
      { entityId: 'a', type: 'official', count: 3 },
      { entityId: 'f', type: 'framework', count: 1 },
    ]);
  });
});
