/** Loaded on first open of the chat (a chunk of its own in the per-widget build). */
import '../../core/i18n/index.js';
import { define } from '../../core/define.js';
import { DigipleinChatPanel } from './panel.js';
import { registerNationalContent } from '../../content/registry.js';
import { nationalKnowledge } from '../../content/knowledge/index.js';
import { nationalQuestionModel } from '../../content/knowledge/model.js';
import { nationalConversations } from '../../content/conversations.js';

// The national knowledge base, its question classifier and the conversations load with the panel, not with the launcher
// or with the other widgets that share the core.
registerNationalContent({ knowledgeBase: nationalKnowledge, questionModel: nationalQuestionModel, conversations: nationalConversations });
define('digiplein-chat-panel', DigipleinChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-chat-panel': DigipleinChatPanel;
  }
}

export { DigipleinChatPanel };
