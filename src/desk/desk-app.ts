import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { deskSession } from '../core/api/desk.js';
import type { DeskSession } from '../core/api/desk.js';
import { ApiRequestError } from '../core/api/errors.js';
import { I18nController } from '../core/i18n/index.js';
import { DESK_UNAUTHENTICATED, deskFetch } from './api.js';
import { deskViews, onDeskViewsChanged } from './registry.js';
import type { DeskView, DeskViewElement } from './registry.js';
import { deskStyles } from './styles.js';
import { deskTranslations } from './locales.js';

/**
 * The professionals' desk: the login form, then a shell with one tab per registered view
 * (`registerDeskView`, see docs/server.md). The tab is in the URL hash, so a view can be
 * bookmarked; the language switch sets `<html lang>`.
 *
 * @tagname digiplein-desk
 * @summary The desk shell for professionals.
 * @csspart header - The bar with the title, the account and log out.
 * @csspart nav - The list of views.
 */
export class DeskApp extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      :host {
        min-block-size: 100vh;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em 1em;
        padding: 0.75em 1em;
        background: var(--_accent-subtle);
      }
      header h1 {
        font-size: 1.25em;
        margin: 0;
      }
      .account {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        list-style: none;
        margin: 0;
        padding: 0.5em 1em 0;
        border-block-end: 1px solid var(--_border-color);
      }
      nav a {
        display: inline-block;
        padding: 0.5em 1em;
        border: 1px solid transparent;
        border-block-end: 0;
        border-start-start-radius: var(--_radius);
        border-start-end-radius: var(--_radius);
        text-decoration: none;
      }
      nav a[aria-current='page'] {
        border-color: var(--_border-color);
        background: var(--_bg);
        font-weight: 600;
        margin-block-end: -1px;
      }
      .logout-error {
        margin: 0;
        padding: 0.75em 1em;
      }
      main {
        padding: 1em;
        max-inline-size: 72em;
      }
    `,
  ];

  protected readonly i18n = new I18nController(this, 'desk', deskTranslations);
  @state() private phase: 'loading' | 'login' | 'ready' = 'loading';
  @state() private session?: DeskSession;
  @state() private current?: string;
  @state() private notice?: 'loggedOut' | 'expired';
  @state() private loadError?: ApiRequestError;
  @state() private logoutError?: ApiRequestError;
  private readonly elements = new Map<string, DeskViewElement>();
  /** Whose views `elements` holds: kept when a session runs out, for that account alone. */
  private elementsOf?: string;
  private unsubscribe?: () => void;

  private readonly onUnauthenticated = () => {
    if (this.phase !== 'ready') return;
    this.leave('expired');
    void this.focusHeading(); // the login form's heading, with "your session has ended" under it
  };
  private readonly onHash = (e?: Event) => {
    this.current = location.hash.slice(1) || undefined;
    if (e && this.phase === 'ready') void this.focusHeading(); // the professional chose another view
  };

  /**
   * After login, logout and a change of view, focus goes to the new view's heading (as GOV.UK
   * does), so a screen-reader user hears where they are instead of starting at <body>.
   */
  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector('main > :not(p)') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await view?.updateComplete;
    const heading = view?.shadowRoot?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(DESK_UNAUTHENTICATED, this.onUnauthenticated);
    window.addEventListener('hashchange', this.onHash);
    this.unsubscribe = onDeskViewsChanged(() => this.requestUpdate());
    this.onHash();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(DESK_UNAUTHENTICATED, this.onUnauthenticated);
    window.removeEventListener('hashchange', this.onHash);
    this.unsubscribe?.();
  }

  private async load(): Promise<void> {
    // the server embeds the session (or null) in the desk page: no request needed
    const embedded = document.getElementById('digiplein-desk-session');
    if (embedded) {
      const parsed = deskSession.safeParse(JSON.parse(embedded.textContent || 'null'));
      if (parsed.success) this.enter(parsed.data);
      else this.phase = 'login';
      return;
    }
    try {
      this.enter(await deskFetch('/api/desk/session', { schema: deskSession }));
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) this.phase = 'login';
      else if (error instanceof ApiRequestError) {
        this.loadError = error;
        this.phase = 'login';
      } else throw error;
    }
  }

  private enter(session: DeskSession): void {
    // the same professional back after their session ran out finds the views as they left them
    // (a form half filled in); anyone else starts afresh
    if (this.elementsOf !== session.account.id) this.elements.clear();
    else for (const element of this.elements.values()) element.sessionResumed?.();
    this.elementsOf = session.account.id;
    this.session = session;
    this.notice = undefined;
    this.loadError = undefined;
    this.phase = 'ready';
  }

  private leave(notice: 'loggedOut' | 'expired'): void {
    this.session = undefined;
    this.logoutError = undefined;
    if (notice === 'loggedOut') {
      this.elements.clear();
      this.elementsOf = undefined;
    }
    this.notice = notice;
    this.phase = 'login';
  }

  /**
   * Logs out on the server. Only when the server ended the session (or had ended it already)
   * does the desk say so: on a shared computer, "you have logged out" while the session still
   * works would hand the account to the next person. Otherwise it says that logging out failed.
   */
  private async logout(): Promise<void> {
    this.logoutError = undefined;
    try {
      await deskFetch('/api/desk/logout', { method: 'POST' });
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      if (error.status !== 401) {
        this.logoutError = error;
        return;
      }
    }
    this.leave('loggedOut');
    void this.focusHeading();
  }

  private switchLanguage(): void {
    document.documentElement.lang = this.i18n.lang.startsWith('en') ? 'nl' : 'en';
  }

  private viewElement(view: DeskView): DeskViewElement {
    let element = this.elements.get(view.id);
    if (!element) {
      element = document.createElement(view.tag) as DeskViewElement;
      this.elements.set(view.id, element);
    }
    element.session = this.session;
    return element;
  }

  private renderShell(session: DeskSession): TemplateResult {
    const views = deskViews(session.account.role);
    const active = views.find((v) => v.id === this.current) ?? views[0];
    const lang = this.i18n.lang.startsWith('en') ? 'en' : 'nl';
    return html`<nav part="nav" aria-label=${this.i18n.t('shell.views')}>
        <ul>
          ${views.map((v) => html`<li><a href="#${v.id}" aria-current=${v === active ? 'page' : 'false'}>${v.label[lang]}</a></li>`)}
        </ul>
      </nav>
      <main>${active ? this.viewElement(active) : html`<p>${this.i18n.t('shell.empty')}</p>`}</main>`;
  }

  protected override render(): TemplateResult {
    const t = (key: string, options?: Record<string, string>) => this.i18n.t(key, options);
    const other = this.i18n.lang.startsWith('en') ? 'nl' : 'en';
    const session = this.phase === 'ready' ? this.session : undefined;
    return html`<div lang=${this.i18n.servedLang}>
      <header part="header">
        <h1>${t('title')}</h1>
        <div class="account">
          ${
            session
              ? html`<span>${t('shell.loggedInAs', { name: session.account.name, organisation: session.organisation.name })}</span>
                <button class="button secondary" type="button" @click=${this.logout}>${t('shell.logout')}</button>`
              : nothing
          }
          <button class="button link" type="button" lang=${other} aria-label=${t('languageLabel')} @click=${this.switchLanguage}>
            ${t('language')}
          </button>
        </div>
      </header>
      ${
        session && this.logoutError
          ? html`<p class="error logout-error" role="alert">
              ${t('shell.logoutFailed')} ${this.logoutError.messageIn(this.i18n.lang)}
            </p>`
          : nothing
      }
      ${
        this.phase === 'loading'
          ? html`<main><p class="status" role="status">${t('loading')}</p></main>`
          : session
            ? this.renderShell(session)
            : html`<main>
              ${this.loadError ? html`<p class="error" role="alert">${this.loadError.messageIn(this.i18n.lang)}</p>` : nothing}
              <digiplein-desk-login .notice=${this.notice} @digiplein-desk-login=${(e: CustomEvent<DeskSession>) => {
                this.enter(e.detail);
                void this.focusHeading();
              }}></digiplein-desk-login>
            </main>`
      }
    </div>`;
  }
}
