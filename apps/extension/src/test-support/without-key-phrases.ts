import type { Mention } from '@enlace/core';

/** Mentions as the content script's match data finds them: no key phrase named for an agreement. */
export const withoutKeyPhrases = (mentions: Mention[]): Mention[] =>
  mentions.map((mention) => (mention.type === 'agreement' ? { ...mention, matched: '' } : mention));
