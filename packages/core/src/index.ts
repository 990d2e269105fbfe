export { findMentions } from './find-mentions.js';
export { default as knowledgeBase } from './generated/kb-data.js';
export type { KnowledgeBaseView, Quote } from './kb.js';
export { textFragment, viewKnowledgeBase } from './kb.js';
export { languageOfTag } from './language-tag.js';
export type { CompiledMatcher } from './match/compiled.js';
export type { FindOptions, Matcher } from './match/matcher.js';
export { createMatcher } from './match/matcher.js';
export type * from './model.js';
