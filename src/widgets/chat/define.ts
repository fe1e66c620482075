import { define } from '../../core/define.js';
import { DigipleinChat } from './chat.js';

define('digiplein-chat', DigipleinChat);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-chat': DigipleinChat;
  }
}

export { DigipleinChat };
