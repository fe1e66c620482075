import { define } from '../../core/define.js';
import { registerDeskView } from '../registry.js';
import { DeskSpreekurenView } from './spreekuren.js';

define('digiplein-desk-spreekuren', DeskSpreekurenView);
registerDeskView({
  id: 'spreekuren',
  label: { nl: 'Spreekuren beheren', en: 'Manage consultation hours' },
  tag: 'digiplein-desk-spreekuren',
  order: 12,
  minimumRole: 'coordinator',
});

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk-spreekuren': DeskSpreekurenView;
  }
}
