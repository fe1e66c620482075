import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { deskSession } from '../core/api/desk.js';
import type { DeskSession } from '../core/api/desk.js';
import { ApiRequestError } from '../core/api/errors.js';
import { I18nController } from '../core/i18n/index.js';
import { deskFetch } from './api.js';
import { deskStyles } from './styles.js';
import { deskTranslations } from './locales.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-desk-login': CustomEvent<DeskSession>;
  }
}

/**
 * The desk's login form. Shows the server's message (Dutch or English) when the login is
 * refused.
 *
 * @tagname digiplein-desk-login
 * @summary Login for professionals.
 * @fires digiplein-desk-login - Logged in; `detail` is the session.
 * @csspart form - The form.
 */
export class DeskLogin extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      section {
        max-inline-size: 30em;
      }
      input {
        inline-size: 100%;
      }
    `,
  ];

  protected readonly i18n = new I18nController(this, 'desk', deskTranslations);
  @state() private busy = false;
  @state() private error?: ApiRequestError | 'missing';
  /** A notice above the form (logged out, session expired). */
  @state() notice?: 'loggedOut' | 'expired';

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) {
      this.error = 'missing';
      await this.focusError();
      return;
    }
    this.busy = true;
    this.error = undefined;
    try {
      const session = await deskFetch('/api/desk/login', { method: 'POST', body: { email, password }, schema: deskSession });
      form.reset();
      this.dispatchEvent(new CustomEvent('digiplein-desk-login', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
      if (!this.error) throw error;
      await this.focusError();
    } finally {
      this.busy = false;
    }
  }

  private async focusError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
  }

  private renderError(): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    if (this.error === 'missing') return html`<p class="error" role="alert" tabindex="-1">${this.i18n.t('login.missing')}</p>`;
    const lang = this.i18n.lang;
    return html`<div class="error" role="alert" tabindex="-1">
      <p>${this.error.messageIn(lang)}</p>
      ${
        this.error.issues.length
          ? html`<ul>${this.error.issues.map((i) => html`<li>${lang.startsWith('en') ? i.message.en : i.message.nl}</li>`)}</ul>`
          : nothing
      }
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = (key: string) => this.i18n.t(key);
    return html`<section aria-labelledby="login-heading">
      <h2 id="login-heading">${t('login.heading')}</h2>
      ${this.notice ? html`<p class="status" role="status">${t(`shell.${this.notice}`)}</p>` : nothing}
      <p>${t('login.intro')}</p>
      ${this.renderError()}
      <form part="form" @submit=${this.submit} novalidate>
        <div class="field">
          <label for="email">${t('login.email')}</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="password">${t('login.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? t('login.busy') : t('login.submit')}</button>
      </form>
    </section>`;
  }
}
