import { define } from '../../core/define.js';
import { SpreekuurAanmelding } from './spreekuur-aanmelding.js';

define('digiplein-spreekuur-aanmelding', SpreekuurAanmelding);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-spreekuur-aanmelding': SpreekuurAanmelding;
  }
}

export { SpreekuurAanmelding };
