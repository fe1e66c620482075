/**
 * The national knowledge base and its question classifier as one module that the chat loads on demand (see
 * src/widgets/chat/knowledge.ts): the largest content of all, needed only once a parent asks.
 */
import { loadQuestionModel } from '../core/search/classifier.js';
import { nationalQuestionModel } from './knowledge/model.js';

export { nationalKnowledge } from './knowledge/index.js';

/** The classifier ready to use (its table is read on the first question); its code comes along here, not with the panel. */
export const nationalQuestions = loadQuestionModel(nationalQuestionModel);
