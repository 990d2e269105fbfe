import { knowledgeBase } from '@enlace/core';
import { describe, expect, it } from 'vitest';
import { idOfRef, pageRef } from './page-ref.js';

describe('page references', () => {
  const { entities } = knowledgeBase;

  it('name every entity of the knowledge base, and each one only', () => {
    const refs = entities.map((_, index) => pageRef(index));
    expect(new Set(refs).size).toBe(entities.length);
    expect(refs.map((ref) => idOfRef(entities, ref))).toEqual(entities.map((entity) => entity.id));
    // Shorter than any id: that is what they are for.
    for (const [index, entity] of entities.entries())
      expect(pageRef(index).length).toBeLessThan(entity.id.length);
  });

  it.each([
    '',
    '-1',
    '1.5',
    'ZZ',
    'official/claudia-sheinbaum',
    '__proto__',
    'constructor',
    pageRef(entities.length),
  ])('name nothing when a message carries %j', (ref) => {
    expect(idOfRef(entities, ref)).toBeUndefined();
  });
});
