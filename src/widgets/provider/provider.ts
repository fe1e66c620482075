import { LitElement, html } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { ConfigController } from '../../core/config/controller.js';
import { configContext } from '../../core/config/context.js';

/**
 * Shares one config with every DigiPlein widget inside it, so a page with several widgets
 * names its config once.
 *
 * @tagname digiplein-provider
 * @summary Shares one DigiPlein config with the widgets inside it.
 * @slot - The widgets (and any other content) that use this config.
 *
 * @example
 * ```html
 * <digiplein-provider config="https://www.gemeente.nl/digiplein.json" lang="nl">
 *   <digiplein-hulpzoeker></digiplein-hulpzoeker>
 *   <digiplein-chat mode="launcher"></digiplein-chat>
 * </digiplein-provider>
 * ```
 */
export class DigipleinProvider extends LitElement {
  /** The config as an object. */
  @property({ attribute: false }) config?: unknown;

  /** URL of the config JSON. */
  @property({ attribute: 'config' }) configSrc?: string;

  /** Keeps the last good config for the next visit. */
  @property({ type: Boolean, attribute: 'remember-config' }) rememberConfig = false;

  private readonly configController = new ConfigController(this, { consumeProvider: false });
  private readonly provider = new ContextProvider(this, { context: configContext });

  protected override update(changed: PropertyValues): void {
    // Lit runs the controllers' hostUpdate (where the config controller resolves the sources)
    // after willUpdate and before update: publish the state here, not in willUpdate, or the
    // widgets inside get the previous state (and stay "loading" until something else updates).
    if (this.provider.value !== this.configController.state) this.provider.setValue(this.configController.state);
    super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
