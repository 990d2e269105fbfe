import AhoCorasick from 'modern-ahocorasick';

/**
 * The two baselines the matcher is measured against, and the floors. Both baselines normalise the
 * text first (NFD, marks stripped, lower case) into a copy with an offset map back to the raw text,
 * then search the copy; both report leftmost-longest, word-bounded spans in raw-text offsets.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Normalised {
  text: string;
  /** Raw-text offset of each normalised code unit. */
  map: Int32Array;
}

const pieces = new Map<number, string>();
const pieceOf = (code: number): string => {
  let piece = pieces.get(code);
  if (piece === undefined) {
    piece =
      code >= 0xd800 && code <= 0xdfff
        ? String.fromCharCode(code)
        : String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    pieces.set(code, piece);
  }
  return piece;
};
const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));

/** NFD, marks stripped, lower case, one code unit at a time so every unit maps back. */
export function normalise(raw: string): Normalised {
  const n = raw.length;
  let out = new Uint16Array(n + 16);
  let map = new Int32Array(n + 16);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const code = raw.charCodeAt(i);
    if (length + 4 > out.length) {
      const bigger = new Uint16Array(out.length * 2);
      bigger.set(out);
      out = bigger;
      const biggerMap = new Int32Array(map.length * 2);
      biggerMap.set(map);
      map = biggerMap;
    }
    if (code < 128) {
      out[length] = ascii[code]!;
      map[length++] = i;
      continue;
    }
    const piece = pieceOf(code);
    for (let k = 0; k < piece.length; k++) {
      out[length] = piece.charCodeAt(k);
      map[length++] = i;
    }
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    text += String.fromCharCode(...out.subarray(i, Math.min(length, i + CHUNK)));
  }
  return { text, map: map.subarray(0, length) };
}

const normaliseAlias = (alias: string) => normalise(alias).text;

/** A raw-text span for a normalised span, widened over the marks the normalisation dropped. */
function back(raw: string, normalised: Normalised, start: number, end: number): Span {
  let rawEnd = normalised.map[end - 1]! + 1;
  while (rawEnd < raw.length && /\p{M}/u.test(raw[rawEnd]!)) rawEnd++;
  return { start: normalised.map[start]!, end: rawEnd };
}

const wordChar = /[\p{L}\p{N}]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && wordChar.test(text[i]!);

/** Baseline (a): one alternation RegExp over the normalised aliases, longest first, with boundaries. */
export function regexBaseline(aliases: string[]): (raw: string) => Span[] {
  const body = [...new Set(aliases.map(normaliseAlias))]
    .sort((a, b) => b.length - a.length)
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
  return (raw) => {
    const normalised = normalise(raw);
    const spans: Span[] = [];
    for (const match of normalised.text.matchAll(pattern)) {
      spans.push(back(raw, normalised, match.index, match.index + match[0].length));
    }
    return spans;
  };
}

/** Baseline (b): modern-ahocorasick without its boundary options, then a boundary filter. */
export function ahoBaseline(aliases: string[]): (raw: string) => Span[] {
  const matcher = new AhoCorasick([...new Set(aliases.map(normaliseAlias))]);
  return (raw) => {
    const normalised = normalise(raw);
    const text = normalised.text;
    const hits = matcher
      .search(text)
      .filter((hit) => !isWord(text, hit.start - 1) && !isWord(text, hit.end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const spans: Span[] = [];
    let floor = 0;
    for (const hit of hits) {
      if (hit.start < floor) continue;
      spans.push(back(raw, normalised, hit.start, hit.end));
      floor = hit.end;
    }
    return spans;
  };
}

/** Floor: touching every code unit once. */
export function scanFloor(raw: string): number {
  let sum = 0;
  for (let i = 0; i < raw.length; i++) sum = (sum + raw.charCodeAt(i)) | 0;
  return sum;
}
