import { define } from '../../core/define.js';
import { registerNationalContent } from '../../content/registry.js';
import { nationalTraining } from '../../content/training.js';
import { DigipleinTraining } from './training.js';

// the national training ships with this widget only
registerNationalContent({ training: nationalTraining });
define('digiplein-training', DigipleinTraining);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-training': DigipleinTraining;
  }
}

export { DigipleinTraining };
