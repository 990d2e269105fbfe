import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMatch, PEOPLE } from '../test-support/fake-match.js';
import { collectText } from './collect-text.js';
import { createElementKinds } from './element-kind.js';
import { placeMentions } from './place-mentions.js';

const match = fakeMatch(PEOPLE);

function place(html: string, kinds = createElementKinds()) {
  document.body.innerHTML = html;
  const collected = collectText(document.body, kinds);
  return placeMentions(collected, match(collected.text), kinds);
}

describe('placeMentions', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    [
      'shown text',
      '<p>Marco Rubio y <a href="#">Omar</a> García Harfuch</p>',
      ['Marco Rubio', 'Omar García Harfuch'],
    ],
    ['display:none', '<p style="display:none">Marco Rubio</p><p>García Harfuch</p>', ['García Harfuch']],
    ['inside display:none', '<div style="display:none"><p><b>Marco Rubio</b></p></div>', []],
    ['visibility:hidden', '<p style="visibility:hidden">Marco Rubio</p>', []],
    [
      'a shown child of an invisible block',
      '<p style="visibility:hidden">García Harfuch <span style="visibility:visible">Marco Rubio</span></p>',
      ['Marco Rubio'],
    ],
    [
      'a name partly hidden',
      '<p>Marco <span style="visibility:hidden">Rubio</span> y García Harfuch</p>',
      ['García Harfuch'],
    ],
    ['display:contents', '<p><span style="display:contents">Marco Rubio</span></p>', ['Marco Rubio']],
  ])('%s', (_name, html, expected) => {
    expect(place(html).map(({ span }) => span.range.toString())).toEqual(expected);
  });

  it('remembers what hid a dropped mention, so that revealing it reads it again', () => {
    const kinds = createElementKinds();
    place('<div id="menu" style="display:none"><p><b id="name">Marco Rubio</b></p></div>', kinds);
    const menu = document.getElementById('menu')!;
    expect(kinds.wasHidden(menu)).toBe(true);
    expect(kinds.wasHidden(document.body)).toBe(false);
    kinds.forget(menu);
    menu.style.display = '';
    const collected = collectText(document.body, kinds);
    expect(placeMentions(collected, match(collected.text), kinds)).toHaveLength(1);
  });
});
