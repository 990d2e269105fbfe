import nlp from 'compromise';
import type { Language } from '../model.js';

export type Span = [number, number];

/**
 * Sentence spans of `text.slice(0, end)`, as UTF-16 offsets into `text`. Line breaks always end a
 * sentence (headlines and list items carry no full stop). Within a line, English goes to
 * compromise, whose offsets are checked against the text; Spanish, which compromise does not
 * know, uses the rules below.
 */
export function splitSentences(text: string, language: Language, end = text.length): Span[] {
  const spans: Span[] = [];
  const lines = /[^\n]+/g;
  const body = text.slice(0, end);
  for (let line = lines.exec(body); line !== null; line = lines.exec(body)) {
    const offset = line.index;
    const parts = language === 'en' ? englishSentences(line[0]) : spanishSentences(line[0]);
    for (const [start, stop] of parts) {
      const trimmed = trim(text, offset + start, offset + stop);
      if (trimmed) spans.push(trimmed);
    }
  }
  return spans;
}

function englishSentences(line: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const sentence of nlp(line).json({ offset: true, terms: false } as object) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>) {
    const { start, length } = sentence.offset;
    // compromise counts in the string it was given, but trims and may normalise: trust its
    // offset only where the text there is the sentence it reports, else find the sentence.
    const at =
      line.slice(start, start + length) === sentence.text ? start : line.indexOf(sentence.text, cursor);
    if (at === -1) throw new Error(`compromise reported a sentence not in the text: "${sentence.text}"`);
    spans.push([at, at + sentence.text.length]);
    cursor = at + sentence.text.length;
  }
  return coverGaps(line, spans);
}

// Anything compromise skipped (it drops stray punctuation) is glued to the sentence before it, so
// the spans cover the whole line.
function coverGaps(line: string, spans: Span[]): Span[] {
  if (spans.length === 0) return [[0, line.length]];
  return spans.map(([start], index) => [index === 0 ? 0 : start, spans[index + 1]?.[0] ?? line.length]);
}

const SPANISH_ABBREVIATIONS = new Set([
  'sr',
  'sra',
  'srta',
  'dr',
  'dra',
  'lic',
  'ing',
  'gral',
  'núm',
  'art',
  'etc',
  'p',
  'ej',
  'ee',
  'uu',
]);

function spanishSentences(line: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?…]+["”»’)]*(?=\s+["“«¿¡(]?[\p{Lu}\p{N}])/gu;
  for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) {
    const before = /([\p{L}.]+)$/u.exec(line.slice(start, match.index))?.[1] ?? '';
    const last = before.split('.').filter(Boolean).pop() ?? '';
    // "D. C.", "EE.UU.", "Sr." and single initials end in a dot without ending the sentence.
    if (match[0].startsWith('.') && (last.length === 1 || SPANISH_ABBREVIATIONS.has(last.toLowerCase())))
      continue;
    spans.push([start, match.index + match[0].length]);
    start = match.index + match[0].length;
  }
  spans.push([start, line.length]);
  return spans;
}

function trim(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? [s, e] : null;
}
