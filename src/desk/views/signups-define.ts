import { define } from '../../core/define.js';
import { registerDeskView } from '../registry.js';
import { DeskSignupsView } from './signups.js';

define('digiplein-desk-signups', DeskSignupsView);
registerDeskView({ id: 'signups', label: { nl: 'Aanmeldingen', en: 'Sign-ups' }, tag: 'digiplein-desk-signups', order: 10 });

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk-signups': DeskSignupsView;
  }
}
