import { define } from '../../core/define.js';
import { DigipleinHulpzoeker } from './hulpzoeker.js';

define('digiplein-hulpzoeker', DigipleinHulpzoeker);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-hulpzoeker': DigipleinHulpzoeker;
  }
}

export { DigipleinHulpzoeker };
