import knowledgeBase from './generated/kb-data.js';
import { createMatcher, type FindOptions, type Matcher } from './match/matcher.js';
import type { Mention } from './model.js';

let bundled: Matcher | undefined;

/**
 * Mentions of the bundled knowledge base's officials, frameworks and agreements in `text` (see
 * `Matcher.findMentions`). The matcher is built on first use, so importing this costs nothing.
 */
export function findMentions(text: string, options?: FindOptions): Mention[] {
  bundled ??= createMatcher(knowledgeBase);
  return bundled.findMentions(text, options);
}
