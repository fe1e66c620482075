import { define } from '../../core/define.js';
import { DigipleinProvider } from './provider.js';

define('digiplein-provider', DigipleinProvider);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-provider': DigipleinProvider;
  }
}

export { DigipleinProvider };
