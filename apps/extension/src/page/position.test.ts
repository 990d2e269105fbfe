import { describe, expect, it } from 'vitest';
import { placeCard } from './position.js';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 300 };

describe('placeCard', () => {
  it.each([
    [
      'below a mention near the top',
      { left: 100, top: 100, width: 80, height: 20 },
      { left: 100, top: 128, side: 'below' },
    ],
    [
      'above a mention near the bottom',
      { left: 100, top: 700, width: 80, height: 20 },
      { left: 100, top: 392, side: 'above' },
    ],
    [
      'inside the right edge',
      { left: 900, top: 100, width: 80, height: 20 },
      { left: 632, top: 128, side: 'below' },
    ],
    [
      'inside the left edge',
      { left: -40, top: 100, width: 80, height: 20 },
      { left: 8, top: 128, side: 'below' },
    ],
  ])('%s', (_name, anchor, expected) => {
    expect(placeCard(anchor, size, viewport)).toEqual(expected);
  });

  it('stays inside a viewport too short for it on either side', () => {
    const placed = placeCard({ left: 10, top: 150, width: 50, height: 20 }, size, {
      width: 400,
      height: 320,
    });
    expect(placed.top).toBeGreaterThanOrEqual(8);
    expect(placed.top + size.height).toBeLessThanOrEqual(320);
  });
});
