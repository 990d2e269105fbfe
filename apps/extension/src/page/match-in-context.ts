import type { Mention } from '@enlace/core';
import { BLOCK_SEPARATOR } from './collect-text.js';

/** Names carried into a later piece of the page; enough for any article's cast. */
const MAX_CONTEXT_NAMES = 48;

/**
 * Matches one piece of a page as if the rest of the page were there. The matcher accepts a bare
 * surname only where the document names that person in full, and a common name only where the
 * document is about this domain; a paragraph added later, or one piece of a huge page, is read
 * alone. So the names already found on the page go in front of it, behind block separators, and
 * only the mentions in the piece itself come back.
 */
export function matchInContext(
  find: (text: string) => Mention[],
  text: string,
  known: Iterable<{ mention: Mention }>,
): Mention[] {
  const names = new Set<string>();
  for (const { mention } of known) {
    if (mention.type === 'agreement') continue;
    names.add(mention.text);
    if (names.size >= MAX_CONTEXT_NAMES) break;
  }
  if (names.size === 0) return find(text);
  const prefix = [...names].join(BLOCK_SEPARATOR) + BLOCK_SEPARATOR;
  return find(prefix + text).flatMap((mention) =>
    mention.start < prefix.length
      ? []
      : [{ ...mention, start: mention.start - prefix.length, end: mention.end - prefix.length }],
  );
}
