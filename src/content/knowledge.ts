import type { KnowledgeEntry } from '../core/config/schema/index.js';

/** The national knowledge base the chat answers from (filled by the chat issue). */
export const nationalKnowledge: KnowledgeEntry[] = [];
