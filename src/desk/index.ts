/**
 * The desk's bundle (`dist/desk.js`, served by the reference server at `/desk`): the shell,
 * the login form and every registered view.
 */
import { define } from '../core/define.js';
import { DeskApp } from './desk-app.js';
import { DeskLogin } from './login-form.js';
import './views.js';

define('digiplein-desk', DeskApp);
define('digiplein-desk-login', DeskLogin);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-desk': DeskApp;
    'digiplein-desk-login': DeskLogin;
  }
}

export { registerDeskView } from './registry.js';
export type { DeskView } from './registry.js';
export { deskFetch } from './api.js';
