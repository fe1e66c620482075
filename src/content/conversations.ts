import type { Conversation } from '../core/config/schema/index.js';

/** Default guided conversations (filled by the chat issue). */
export const nationalConversations: Conversation[] = [];
