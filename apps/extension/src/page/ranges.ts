import type { Segment } from './collect-text.js';

/** A span of collected text as DOM positions, plus every text node it touches (for the hit index). */
export interface TextSpan {
  range: Range;
  nodes: Text[];
}

/**
 * Maps `[start, end)` of collected text back to the DOM. The span may cross any number of text
 * nodes (`<a>Omar</a> García Harfuch`); offsets that fall in a separator snap to the nearest text.
 * Returns null for an empty span or one outside every segment.
 */
export function spanFor(segments: readonly Segment[], start: number, end: number): TextSpan | null {
  if (end <= start || segments.length === 0) return null;
  const first = segmentAtOrAfter(segments, start);
  const last = segmentAtOrBefore(segments, end - 1);
  if (first < 0 || last < 0 || last < first) return null;
  const from = segments[first]!;
  const to = segments[last]!;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, Math.max(0, start - from.start));
  range.setEnd(to.node, Math.min(to.node.length, end - to.start));
  const nodes: Text[] = [];
  for (let i = first; i <= last; i++) nodes.push(segments[i]!.node);
  return { range, nodes };
}

// The last segment starting at or before `offset`.
function lastStartingBefore(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function segmentAtOrAfter(segments: readonly Segment[], offset: number): number {
  const index = lastStartingBefore(segments, offset);
  if (index >= 0) {
    const segment = segments[index]!;
    if (offset < segment.start + segment.node.length) return index;
  }
  return index + 1 < segments.length ? index + 1 : -1;
}

function segmentAtOrBefore(segments: readonly Segment[], offset: number): number {
  return lastStartingBefore(segments, offset);
}
