import { define } from '../../core/define.js';
import { DigipleinStapTracker } from './stap-tracker.js';

define('digiplein-stap-tracker', DigipleinStapTracker);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-stap-tracker': DigipleinStapTracker;
  }
}

export { DigipleinStapTracker };
