import { describe, expect, it } from 'vitest';
import { loadAutomaton } from './automaton.js';
import { compileMatcher } from './compile.js';
import { CLASS_MASK, COUNTRY, VOCAB } from './patterns.js';
import { scan } from './scan.js';
import { fixtureEntities } from './test-support/fixture-kb.js';

const automaton = loadAutomaton(compileMatcher(fixtureEntities));

/** The words at which the scan found vocabulary or a country, once each, in order. */
function wordsFound(text: string): string[] {
  const { hits } = scan(text, automaton, () => '');
  const found: string[] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const cls = automaton.patterns[hits[h + 2]! * 3]! & CLASS_MASK;
    if (cls !== VOCAB && cls !== COUNTRY) continue;
    const word = /^[\p{L}\p{N}.]+/u.exec(text.slice(hits[h]))![0];
    if (found.at(-1) !== word) found.push(word);
  }
  return found;
}

describe('scan', () => {
  // The walk from the first word may go on through punctuation into the next (the trie has
  // "high-level …" and "u.s.-mexico …"); the next word must still be read from its own start.
  it.each([
    ['after a hyphen the walk went through', 'high-value fentanyl', ['fentanyl']],
    ['after an abbreviation and a hyphen', 'U.S.-Mexico talks', ['U.S.', 'Mexico']],
    ['after an en dash', 'Mexico–U.S. border', ['Mexico', 'U.S.', 'border']],
    ['after an apostrophe', "Mexico's border", ['Mexico', 'border']],
    ['after a slash', 'cartel/fentanyl', ['cartel', 'fentanyl']],
    ['only at the start of a word', 'unborder antifentanyl', []],
    // A soft hyphen or a zero-width space is invisible: the word goes on through it.
    ['only at the start of a word with a soft hyphen in it', 'anti\u00adfentanyl border', ['border']],
    ['only at the start of a word with a zero-width space in it', 'un\u200bborder fentanyl', ['fentanyl']],
  ])('finds a word %s', (_name, text, expected) => {
    expect(wordsFound(text)).toEqual(expected);
  });
});
