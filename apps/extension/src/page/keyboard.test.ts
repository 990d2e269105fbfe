import { describe, expect, it, vi } from 'vitest';
import type { PageMention } from './hit-test.js';
import { createStepper, stepOf } from './keyboard.js';

const key = (code: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, ...init });

describe('stepOf', () => {
  it.each([
    ['Alt+Shift+E', key('KeyE'), 1],
    ['Alt+Shift+Q', key('KeyQ'), -1],
    ['Alt+E', key('KeyE', { shiftKey: false }), 0],
    ['Ctrl+Alt+Shift+E', key('KeyE', { ctrlKey: true }), 0],
    ['Alt+Shift+X', key('KeyX'), 0],
  ])('%s', (_name, event, expected) => {
    expect(stepOf(event)).toBe(expected);
  });
});

describe('createStepper', () => {
  const mentions = (count: number): PageMention[] =>
    Array.from({ length: count }, (_unused, i) => {
      const p = document.createElement('p');
      p.textContent = `name ${i}`;
      document.body.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      return {
        mention: {
          start: 0,
          end: 6,
          text: `name ${i}`,
          entityId: `e${i}`,
          type: 'official',
          matched: 'name',
        },
        span: { range, nodes: [p.firstChild as Text] },
      };
    });

  it('steps forward and back through the mentions, wrapping, and announces the position', () => {
    const list = mentions(3);
    const announce = vi.fn();
    const open = vi.fn();
    const focus = vi.fn();
    const stepper = createStepper({ list: () => list, focus, open, announce });
    stepper.step(1);
    stepper.step(1);
    stepper.step(-1);
    stepper.step(-1);
    stepper.step(-1);
    expect(announce.mock.calls.map((call) => call[1])).toEqual([1, 2, 1, 3, 2]);
    expect(open.mock.calls.map((call) => call[0])).toEqual([list[0], list[1], list[0], list[2], list[1]]);
    expect(focus).toHaveBeenLastCalledWith(list[1]);
  });

  it('says so when the page has no mentions', () => {
    const announce = vi.fn();
    createStepper({ list: () => [], focus: vi.fn(), open: vi.fn(), announce }).step(1);
    expect(announce).toHaveBeenCalledWith(null, 0, 0);
  });
});
