import { define } from '../../core/define.js';
import { registerDeskView } from '../registry.js';
import { DeskAccountView } from './account.js';

define('digiplein-desk-account', DeskAccountView);
registerDeskView({ id: 'account', label: { nl: 'Account', en: 'Account' }, tag: 'digiplein-desk-account', order: 100 });

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk-account': DeskAccountView;
  }
}
