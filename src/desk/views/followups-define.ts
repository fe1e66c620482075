import { define } from '../../core/define.js';
import { registerDeskView } from '../registry.js';
import { DeskFollowUpsView } from './followups.js';

define('digiplein-desk-followups', DeskFollowUpsView);
registerDeskView({
  id: 'followups',
  label: { nl: 'Terugbelverzoeken', en: 'Contact requests' },
  tag: 'digiplein-desk-followups',
  order: 15,
});

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk-followups': DeskFollowUpsView;
  }
}
