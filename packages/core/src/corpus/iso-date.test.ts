import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from './iso-date.js';

describe('isValidIsoDate', () => {
  it.each([
    ['2025', true],
    ['2025-09', true],
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13', false],
    ['2025-00-10', false],
    ['2025-1-5', false],
    ['25-01-01', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidIsoDate(value)).toBe(valid);
  });
});
