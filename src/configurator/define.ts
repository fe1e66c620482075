import { define } from '../core/define.js';
import { DigipleinConfigurator } from './configurator.js';

define('digiplein-configurator', DigipleinConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-configurator': DigipleinConfigurator;
  }
}

export { DigipleinConfigurator };
