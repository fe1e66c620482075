import { css, html } from 'lit';
import { DigipleinElement } from '../../src/core/element.js';
import type { ResolvedConfig } from '../../src/core/config/resolve.js';
import { I18nController, addTranslations } from '../../src/core/i18n/index.js';
import { define } from '../../src/core/define.js';

addTranslations('test', { nl: { hello: 'Hallo {{name}}' }, en: { hello: 'Hello {{name}}' } });

/** A minimal widget on the shared base, to test what every widget inherits. */
export class TestWidget extends DigipleinElement {
  static override styles = [...DigipleinElement.styles, css`.accent { color: var(--_accent); }`];
  protected readonly i18n = new I18nController(this, 'test');
  protected renderReady(config: ResolvedConfig) {
    return html`<p class="greeting accent">${this.i18n.t('hello', { name: this.i18n.text(config.organisation.name) })}</p>
      <p><button class="button" type="button">OK</button> <a href="#top">top</a></p>
      <p class="offers">${config.offers.length}</p>`;
  }
}
define('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
