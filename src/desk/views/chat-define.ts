import { define } from '../../core/define.js';
import { registerDeskView } from '../registry.js';
import { DeskChatView } from './chat.js';

define('digiplein-desk-chat', DeskChatView);
registerDeskView({ id: 'chat', label: { nl: 'Chats', en: 'Chats' }, tag: 'digiplein-desk-chat', order: 5 });

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk-chat': DeskChatView;
  }
}
