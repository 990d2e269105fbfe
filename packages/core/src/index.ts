export type { KnowledgeBaseView, Quote } from './kb.js';
export { textFragment, viewKnowledgeBase } from './kb.js';
export type * from './model.js';
