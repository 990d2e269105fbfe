import { type KnowledgeBaseView, knowledgeBase, viewKnowledgeBase } from '@enlace/core';

let view: KnowledgeBaseView | null = null;

/**
 * The whole knowledge base with its look-ups, for the background and extension pages; made on
 * first use, since WXT imports entrypoints at build time to read their options.
 */
export function knowledgeView(): KnowledgeBaseView {
  view ??= viewKnowledgeBase(knowledgeBase);
  return view;
}
