import { define } from '../../core/define.js';
import { registerDeskView } from '../registry.js';
import { DeskRoutesView } from './routes.js';

define('digiplein-desk-routes', DeskRoutesView);
registerDeskView({ id: 'routes', label: { nl: 'Stappenplannen', en: 'Step plans' }, tag: 'digiplein-desk-routes', order: 20 });

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk-routes': DeskRoutesView;
  }
}
