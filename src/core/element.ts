import { LitElement, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { configContext } from './config/context.js';
import { ConfigController } from './config/controller.js';
import type { ResolvedConfig } from './config/resolve.js';
import { I18nController } from './i18n/index.js';
import { yieldToMain } from './lazy/yield.js';
import { baseStyles } from './theme/tokens.js';
import { partStyles, renderFallback, renderIssues } from './ui/parts.js';
import { defaultSkeleton, renderSkeleton, skeletonStyles } from './ui/skeleton.js';
import type { SkeletonShape } from './ui/skeleton.js';

/**
 * What every DigiPlein widget shares: the config sources, language, theme tokens from the
 * config, and the loading, fallback and debug states. A widget renders only its ready state.
 */
export abstract class DigipleinElement extends LitElement {
  static override styles = [...baseStyles, partStyles, skeletonStyles];

  /** The config as an object. Wins over the attribute, an inline script and a provider. */
  @property({ attribute: false }) config?: unknown;

  /** URL of the config JSON. Fetched once per URL for every widget on the page. */
  @property({ attribute: 'config' }) configSrc?: string;

  /** Shows every config problem inside the widget (they are always in the console). */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * The level of the widget's own heading (2–6, default 2); its sub-headings follow below it.
   * Set it to fit the page's outline, e.g. `heading-level="3"` inside a section with an h2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Leaves out the widget's own heading when the page already says the same ("Aanmelden voor een
   * spreekuur" twice); the widget keeps its name for assistive technology.
   */
  @property({ type: Boolean, attribute: 'hide-heading' }) hideHeading = false;

  /** The own heading's level, within 2–6 whatever the page set. */
  protected get level(): number {
    const n = Number(this.headingLevel);
    return Number.isFinite(n) ? Math.min(6, Math.max(2, Math.round(n))) : 2;
  }

  /** Keeps the last good config in localStorage for the next visit, in case the URL is down then. */
  @property({ type: Boolean, attribute: 'remember-config' }) rememberConfig = false;

  protected readonly configController = new ConfigController(this);
  /**
   * Hands the resolved config down to the widgets this one renders (the sign-up in a hulpzoeker's
   * offer card, widgets opened in the chat): they consume it like a provider's, so nothing is
   * fetched or validated twice and no config source is forwarded by hand.
   */
  private readonly configProvider = new ContextProvider(this, { context: configContext });
  protected abstract readonly i18n: I18nController;
  private appliedTokens: string[] = [];
  private appliedTokenValues = '';

  /**
   * The outline of the widget's first screen, drawn while the config loads (see
   * core/ui/skeleton.ts): a widget sets it to match what it shows first, so nothing jumps.
   */
  protected readonly skeleton: SkeletonShape = defaultSkeleton;

  /** The widget's content once its config is ready (or, on failure, not at all: the fallback shows). */
  protected abstract renderReady(config: ResolvedConfig): TemplateResult;

  protected override render(): TemplateResult {
    const state = this.configController.state;
    const wrap = (content: unknown, busy = false) =>
      html`<div class="root" part="base" lang=${this.i18n.servedLang} dir=${this.i18n.dir} aria-busy=${ifDefined(busy ? 'true' : undefined)}>${content}</div>`;
    switch (state.status) {
      case 'pending':
        return wrap(renderSkeleton(this.i18n.t('core:loading'), this.skeleton, !this.hideHeading), true);
      case 'failed':
        return wrap(
          html`${this.debug ? renderIssues(state.issues, this.i18n) : ''}${renderFallback(state.config, this.i18n, state.reason === 'unavailable' && this.configSrc ? () => this.configController.retry() : undefined)}`,
        );
      case 'ready':
        return wrap(html`${this.debug ? renderIssues(state.issues, this.i18n) : ''}${this.renderReady(state.config)}`);
    }
  }

  /**
   * Renders only once the strings of its language are there (they may load on demand). The first
   * render waits for the browser's next turn: defining the element happens while its module is
   * evaluated, and on a slow phone that task is long enough without the first render in it. It
   * also waits for a config whose JSON is in already (see `beforeFirstRender`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.i18n.loadStrings();
    if (loading) return loading.then(() => this.scheduleUpdate());
    if (this.hasUpdated) return super.scheduleUpdate();
    return yieldToMain()
      .then(() => this.configController.beforeFirstRender())
      .then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    // after the controllers' hostUpdate, where the config controller resolves the sources
    if (this.configProvider.value !== this.configController.state) this.configProvider.setValue(this.configController.state);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.applyTokens();
  }

  /** Theme values from the config (`theme.tokens`) set on the host, where page CSS can still win. */
  private applyTokens(): void {
    const state = this.configController.state;
    const tokens = state.status === 'ready' ? (state.config.theme.tokens ?? {}) : {};
    const names = Object.keys(tokens);
    const applied = names.map((n) => `${n}:${tokens[n]}`).join(';');
    if (applied === this.appliedTokenValues) return;
    this.appliedTokenValues = applied;
    for (const name of this.appliedTokens) this.style.removeProperty(name);
    for (const name of names) this.style.setProperty(name, tokens[name]!);
    this.appliedTokens = names;
  }
}
