/** Loaded on first open of the chat, or at once for a chat in the page (a chunk of its own in the script-tag builds). */
import '../../core/i18n/index.js';
import { define } from '../../core/define.js';
import { DigipleinChatPanel } from './panel.js';
import { registerNationalContent } from '../../content/registry.js';
import { nationalConversations } from '../../content/conversations.js';

// The national conversations load with the panel, not with the launcher or with the other
// widgets that share the core; the knowledge base on the first input (./knowledge.ts).
registerNationalContent({ conversations: nationalConversations });
define('digiplein-chat-panel', DigipleinChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-chat-panel': DigipleinChatPanel;
  }
}

export { DigipleinChatPanel };
