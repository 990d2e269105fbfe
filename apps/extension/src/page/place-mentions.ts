import type { Mention } from '@enlace/core';
import type { CollectedText } from './collect-text.js';
import type { ElementKinds } from './element-kind.js';
import { spanFor, type TextSpan } from './ranges.js';

export interface PlacedMention {
  mention: Mention;
  span: TextSpan;
}

/**
 * The mentions of collected text as spans of the page, without those the reader cannot see: a
 * mention is kept only when every text node it touches is shown. Asking here, once per mention's
 * nodes, costs a few hundred layout queries on a page where asking while collecting cost tens of
 * thousands.
 */
export function placeMentions(
  collected: CollectedText,
  mentions: readonly Mention[],
  kinds: ElementKinds,
): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const mention of mentions) {
    const span = spanFor(collected.segments, mention.start, mention.end);
    if (span?.nodes.every((node) => !node.parentElement || !kinds.hidesText(node.parentElement)))
      placed.push({ mention, span });
  }
  return placed;
}
