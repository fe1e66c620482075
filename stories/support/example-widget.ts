import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { DigipleinElement } from '../../src/core/element.js';
import type { ResolvedConfig } from '../../src/core/config/resolve.js';
import { I18nController, addTranslations } from '../../src/core/i18n/index.js';
import { define } from '../../src/core/define.js';

const nl = {
  heading: 'Config van {{name}}',
  gemeenten: 'Gemeenten: {{list}}',
  noGemeenten: 'Geen gemeenten in de config.',
  offers_one: '{{count}} hulpaanbod van de gemeente of regio, plus {{national}} landelijk.',
  offers_other: '{{count}} hulpaanbod van de gemeente of regio, plus {{national}} landelijk.',
};
addTranslations('story-example', {
  nl,
  en: {
    heading: 'Config of {{name}}',
    gemeenten: 'Gemeenten: {{list}}',
    noGemeenten: 'No gemeenten in the config.',
    offers_one: '{{count}} offer of the gemeente or region, plus {{national}} national ones.',
    offers_other: '{{count}} offers of the gemeente or region, plus {{national}} national ones.',
  },
});

/**
 * Only for Storybook: the smallest possible DigiPlein widget. It shows the shared states every
 * widget inherits from `DigipleinElement` (loading, config errors with `debug`, the national
 * fallback) without the behaviour of a real widget, and a summary of the config it got.
 */
export class StoryExampleWidget extends DigipleinElement {
  protected readonly i18n = new I18nController(this, 'story-example');

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const own = config.offers.filter((o) => o.scope !== 'landelijk').length;
    const national = config.offers.length - own;
    return html`<section>
      <h2>${this.i18n.t('heading', { name: this.i18n.text(config.organisation.name) })}</h2>
      <p>${config.gemeenten.length ? this.i18n.t('gemeenten', { list: config.gemeenten.map((g) => g.name).join(', ') }) : this.i18n.t('noGemeenten')}</p>
      <p>${this.i18n.t('offers', { count: own, national })}</p>
    </section>`;
  }
}

define('digiplein-story-example', StoryExampleWidget);

declare global {
  interface HTMLElementTagNameMap {
    'digiplein-story-example': StoryExampleWidget;
  }
}
