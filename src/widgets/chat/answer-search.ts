/**
 * The bot's search over the knowledge base, with the national synonyms: a chunk of its own that
 * loads on the first input in the chat, alongside the national knowledge base (./knowledge.ts).
 */
export { createRetriever } from './retrieve.js';
export { nationalSynonyms } from '../../content/synonyms.js';
