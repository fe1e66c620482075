/**
 * The national knowledge base and its question classifier as one module that the chat loads on demand (see
 * src/widgets/chat/knowledge.ts): the largest content of all, needed only once a parent asks.
 */
export { nationalKnowledge } from './knowledge/index.js';
export { nationalQuestionModel } from './knowledge/model.js';
