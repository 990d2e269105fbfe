import {
  type Automaton,
  SYMBOL_NEWLINE as NEWLINE_SYMBOL,
  SYMBOL_SKIP as SKIP_SYMBOL,
  SYMBOL_SPACE as SPACE_SYMBOL,
  SYMBOL_SPECIAL as SPECIAL,
  SYMBOL_UNKNOWN as UNKNOWN,
} from './automaton.js';
import { isWordAt, wordEnd } from './boundaries.js';
import { caseFits } from './case-rule.js';
import { HASH_PRIME as PRIME, SECOND_KEY_LENGTH as SECOND_KEY, HASH_SEED as SEED } from './first-words.js';
import * as fold from './fold.js';
import * as pattern from './patterns.js';

// Module-local copies: the hot loop must not go through a module namespace, which some loaders
// (tsx, CommonJS interop) turn into a getter call per read.
const { classes, compute } = fold.foldTables;
const WORD = fold.WORD;
const MARK = fold.MARK;
const IGNORE = fold.IGNORE;
const SURROGATE = fold.SURROGATE;
const CLASS_MASK = pattern.CLASS_MASK;
const CASE_MASK = pattern.CASE_MASK;
const CASE_EXACT = pattern.CASE_EXACT;
const ENTITY = pattern.ENTITY;
const PREFIX = pattern.PREFIX;
const SYMBOL_UNKNOWN = UNKNOWN;
const SYMBOL_SKIP = SKIP_SYMBOL;
const SYMBOL_NEWLINE = NEWLINE_SYMBOL;
const SYMBOL_SPACE = SPACE_SYMBOL;
const SYMBOL_SPECIAL = SPECIAL;
const HASH_SEED = SEED;
const HASH_PRIME = PRIME;
const SECOND_KEY_LENGTH = SECOND_KEY;

/** What one pass over the text finds, before the document pass judges it. */
export interface ScanResult {
  /**
   * Entity candidates, leftmost-longest and non-overlapping: triples `[start, end, acceptIndex]`,
   * where some entity pattern of the accepting state fits the boundaries and the case.
   */
  candidates: ArrayLike<number>;
  /** Every vocabulary, cue, concept and country hit, overlaps allowed: `[start, end, patternIndex]`. */
  hits: ArrayLike<number>;
}

/**
 * Where a scan writes what it finds. A matcher keeps one and passes it to every scan, so a page's
 * results cost no allocation once the buffers have grown to fit; each scan's results are views into
 * them, good until the next scan with the same buffers.
 */
export class ScanBuffers {
  candidates: Int32Array<ArrayBuffer> = new Int32Array(256);
  hits: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Where the walks start, from the first pass. */
  starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
}

function grown(buffer: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

/** The alias text of an entity pattern, for the case rule of acronyms. */
export type AliasText = (patternIndex: number) => string;

/**
 * The first pass: the word starts that some pattern may start at (see first-words.ts), in order,
 * written to `buffers.starts`; returns how many. It reads each word once and asks the filter, and
 * kept apart from the walks it compiles to a loop several times faster than the two together.
 */
function wordStarts(text: string, automaton: Automaton, buffers: ScanBuffers): number {
  const { symbols, wordSymbols, spaceSymbol } = automaton;
  const { bits: firstWords, shift: firstWordShift, prefixLengths } = automaton.firstWords;
  const { prefixes, pairFirst, pairs, pairShift, secondLengths } = automaton.firstWords;
  const n = text.length;
  let starts = buffers.starts;
  let count = 0;

  // The loops over characters on the common path call nothing: a call, even one that seldom
  // runs, makes the compiler reload every table at each character. The rare characters (one the
  // lazily filled tables have not seen yet, a combining mark, a surrogate) leave them for a slow path.
  let i = 0;
  while (i < n) {
    // Between words: find the next word start.
    let cls = 0;
    while (i < n) {
      cls = classes[text.charCodeAt(i)]!;
      if (cls & (WORD | SURROGATE) || cls === 0) break;
      i++;
    }
    if (i >= n) break;
    if (cls === 0) {
      compute(text.charCodeAt(i));
      continue;
    }
    if (cls & (MARK | SURROGATE)) {
      i = cls & SURROGATE && isWordAt(text, i) ? pastWord(text, i + 1) : i + 1;
      continue;
    }

    // A word starts at i. Before walking the trie, hash its folded symbols and ask the filter
    // whether some pattern starts with it (see first-words.ts): most words start none. A character
    // the filter cannot judge (a mark, an invisible one, one not seen yet) leaves it to the walk.
    let hash = HASH_SEED;
    let length = 0;
    let mayStart = false;
    let k = i;
    while (k < n) {
      const symbol = wordSymbols[text.charCodeAt(k)]!;
      if (symbol === 0) break;
      hash = Math.imul(hash ^ symbol, HASH_PRIME);
      k++;
      // Past 31 symbols the shift wraps around: at worst one question too many.
      if ((prefixLengths >>> ++length) & 1) {
        const bit = hash >>> firstWordShift;
        if ((prefixes[bit >>> 5]! >>> (bit & 31)) & 1) {
          mayStart = true;
          break;
        }
      }
    }
    // What ended the word: the filter answers after a space, a line break, punctuation or a
    // character no pattern has; a mark, an invisible character or one not learnt yet is left to
    // the walk.
    const symbol = k < n ? symbols[text.charCodeAt(k)]! : 0;
    if (!mayStart && (symbol === SYMBOL_SPACE || symbol === SYMBOL_NEWLINE || symbol < SYMBOL_SPECIAL)) {
      const bit = hash >>> firstWordShift;
      if (!((firstWords[bit >>> 5]! >>> (bit & 31)) & 1)) {
        // A word that only starts patterns of two words or more ("Juan" of "Juan González") is
        // walked only if the start of the next word fits one of them: a given name is common, the
        // name it starts seldom is.
        let walk = false;
        if (symbol >= SYMBOL_SPECIAL && (pairFirst[bit >>> 5]! >>> (bit & 31)) & 1) {
          let m = k + 1;
          let breaks = symbol === SYMBOL_NEWLINE ? 1 : 0;
          while (m < n) {
            const next = symbols[text.charCodeAt(m)]!;
            if (next === SYMBOL_NEWLINE) breaks++;
            else if (next !== SYMBOL_SPACE && next !== SYMBOL_SKIP) break;
            m++;
          }
          if (breaks < 2) {
            let pair = Math.imul(hash ^ spaceSymbol, HASH_PRIME);
            let read = 0;
            while (m < n && read < SECOND_KEY_LENGTH) {
              const next = wordSymbols[text.charCodeAt(m)]!;
              if (next === 0) break;
              pair = Math.imul(pair ^ next, HASH_PRIME);
              m++;
              if ((secondLengths >>> ++read) & 1) {
                const pairBit = pair >>> pairShift;
                if ((pairs[pairBit >>> 5]! >>> (pairBit & 31)) & 1) {
                  walk = true;
                  break;
                }
              }
            }
            // The filter cannot judge a word with a mark, an invisible character or one not learnt yet.
            if (!walk && read < SECOND_KEY_LENGTH && m < n) {
              const next = symbols[text.charCodeAt(m)]!;
              walk = next === SYMBOL_SKIP || next === SYMBOL_UNKNOWN;
            }
          }
        }
        if (!walk) {
          // A character no pattern has may still be a letter of this word ("2026", "Łódź").
          i = symbol === 0 && k < n ? pastWord(text, k) : k;
          continue;
        }
      }
    }

    if (count === starts.length) starts = grown(starts);
    starts[count++] = i;
    i = pastWord(text, k);
  }
  buffers.starts = starts;
  return count;
}

/**
 * One scan of the raw text. A trie walk starts at every word start the first pass kept and follows
 * the folded characters as far as the trie goes: marks and invisible characters are stepped over,
 * a run of whitespace is one space, two line breaks end the walk (a paragraph separator never joins
 * a name). Each accepting state on the way is checked for a word boundary and the case rule.
 */
export function scan(
  text: string,
  automaton: Automaton,
  aliasText: AliasText,
  buffers = new ScanBuffers(),
): ScanResult {
  const count = wordStarts(text, automaton, buffers);
  const { symbols, learn, spaceSymbol, nodes, symbolBits, dense } = automaton;
  const { acceptFirst, patterns } = automaton;
  const width = automaton.alphabetSize + 1;
  const symbolMask = (1 << symbolBits) - 1;
  const n = text.length;
  const { starts } = buffers;
  let candidates = buffers.candidates;
  let hits = buffers.hits;
  let candidateCount = 0;
  let hitCount = 0;
  let entityFloor = 0;

  for (let s = 0; s < count; s++) {
    const i = starts[s]!;
    // Walk the trie from the root as far as the folded text allows.
    const entitiesAllowed = i >= entityFloor;
    let bestEnd = -1;
    let bestAccept = -1;
    let state = 0;
    /** How far into a run of single-child states (see `Automaton.nodes`) the walk is. */
    let run = 0;
    let j = i;
    walk: while (j < n) {
      const c = text.charCodeAt(j++);
      let symbol = symbols[c]!;
      if (symbol === SYMBOL_UNKNOWN) symbol = learn(c);
      if (symbol >= SYMBOL_SPECIAL) {
        if (symbol === SYMBOL_SKIP) continue;
        // A run of whitespace is one space, unless it holds a paragraph break.
        let breaks = symbol === SYMBOL_NEWLINE ? 1 : 0;
        while (j < n) {
          const d = text.charCodeAt(j);
          let next = symbols[d]!;
          if (next === SYMBOL_UNKNOWN) next = learn(d);
          if (next === SYMBOL_NEWLINE) {
            if (++breaks >= 2) break walk;
          } else if (next !== SYMBOL_SPACE && next !== SYMBOL_SKIP) break;
          j++;
        }
        symbol = spaceSymbol;
      }
      if (symbol === 0) break;

      const extra = nodes[state + 1]!;
      let next = 0;
      if (extra === -1) {
        if (((nodes[state + 3 + (run >> 2)]! >>> ((run & 3) << 3)) & 0xff) !== symbol) break;
        const length = nodes[state + 2]!;
        if (++run < length) continue;
        next = state + 3 + ((length + 3) >> 2);
        run = 0;
      } else if (extra < -1) next = dense[(-2 - extra) * width + symbol]!;
      else if ((nodes[state]! & symbolMask) === symbol) next = state + 2 + 2 * extra;
      else if (extra > 0) {
        const last = state + 2 + 2 * extra;
        for (let e = state + 2; e < last; e += 2) {
          const label = nodes[e]!;
          if (label >= symbol) {
            if (label === symbol) next = nodes[e + 1]!;
            break;
          }
        }
      }
      if (next === 0) break;
      state = next;
      const accept = (nodes[state]! >>> symbolBits) - 1;
      if (accept < 0) continue;

      let end = j;
      while (end < n && classOfFast(text.charCodeAt(end)) & MARK) end++;
      const boundary = !isWordAt(text, end);
      for (let p = acceptFirst[accept]!; p < acceptFirst[accept + 1]!; p++) {
        const flags = patterns[p * 3]!;
        if (!boundary && !(flags & PREFIX)) continue;
        if ((flags & CLASS_MASK) === ENTITY) {
          // Only the exact-case rule reads the alias: an entity's object is cold memory.
          const alias = (flags & CASE_MASK) === CASE_EXACT ? aliasText(p) : '';
          if (entitiesAllowed && bestAccept !== accept && caseFits(text, i, end, flags, alias)) {
            bestEnd = end;
            bestAccept = accept;
          }
        } else if (caseFits(text, i, end, flags, '')) {
          if (hitCount + 3 > hits.length) hits = grown(hits);
          hits[hitCount++] = i;
          hits[hitCount++] = end;
          hits[hitCount++] = p;
        }
      }
    }
    if (bestEnd >= 0) {
      if (candidateCount + 3 > candidates.length) candidates = grown(candidates);
      candidates[candidateCount++] = i;
      candidates[candidateCount++] = bestEnd;
      candidates[candidateCount++] = bestAccept;
      entityFloor = bestEnd;
    }
  }
  buffers.candidates = candidates;
  buffers.hits = hits;
  return { candidates: candidates.subarray(0, candidateCount), hits: hits.subarray(0, hitCount) };
}

/**
 * Past the word that continues at `index`, through the invisible characters inside it ("Har\u00adfuch"
 * with a soft hyphen), which the walk from its start stepped over: the next start is after it.
 */
function pastWord(text: string, index: number): number {
  let i = wordEnd(text, index);
  while (i < text.length && classOfFast(text.charCodeAt(i)) & IGNORE && isWordAt(text, i + 1)) {
    i = wordEnd(text, i + 1);
  }
  return i;
}

function classOfFast(code: number): number {
  const cls = classes[code]!;
  return cls === 0 ? compute(code) : cls;
}
