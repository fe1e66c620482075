import { define } from '../../core/define.js';
import { registerNationalContent } from '../../content/registry.js';
import { nationalTrainingOutline } from '../../content/training.js';
import { DigipleinTraining } from './training.js';

// the national training ships with this widget only: its outline now, its chapters' bodies on
// demand (./chapters.ts)
registerNationalContent({ training: nationalTrainingOutline });
define('digiplein-training', DigipleinTraining);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-training': DigipleinTraining;
  }
}

export { DigipleinTraining };
