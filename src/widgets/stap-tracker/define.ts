import { define } from '../../core/define.js';
import { DigipleinStapTracker } from './stap-tracker.js';
import { registerNationalContent } from '../../content/registry.js';
import { nationalPhases, nationalSteps } from '../../content/route.js';

// The national route ships with this widget only, not with every widget that shares the core.
registerNationalContent({ routePhases: nationalPhases, routeSteps: nationalSteps });
define('digiplein-stap-tracker', DigipleinStapTracker);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-stap-tracker': DigipleinStapTracker;
  }
}

export { DigipleinStapTracker };
