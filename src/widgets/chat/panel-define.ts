/** Loaded on first open of the chat (a chunk of its own in the per-widget build). */
import '../../core/i18n/index.js';
import { define } from '../../core/define.js';
import { DigipleinChatPanel } from './panel.js';

define('digiplein-chat-panel', DigipleinChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-chat-panel': DigipleinChatPanel;
  }
}

export { DigipleinChatPanel };
