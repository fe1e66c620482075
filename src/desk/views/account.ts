import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { deskAccount, deskAccountList, holdsRole } from '../../core/api/desk.js';
import type { DeskAccount, DeskSession } from '../../core/api/desk.js';
import { ApiRequestError } from '../../core/api/errors.js';
import { I18nController } from '../../core/i18n/index.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import { deskFetch } from '../api.js';
import { deskStyles } from '../styles.js';
import { deskTranslations } from '../locales.js';

/**
 * The core's desk view: the logged-in account and, for admins, the organisation's accounts.
 * Also the example of a desk view for features (see docs/server.md).
 *
 * @tagname digiplein-desk-account
 * @summary The account view of the desk.
 */
export class DeskAccountView extends LitElement {
  static override styles = deskStyles;

  /** Set by the desk shell. */
  @property({ attribute: false }) session?: DeskSession;
  protected readonly i18n = new I18nController(this, 'desk', deskTranslations);
  @state() private accounts?: DeskAccount[];
  @state() private error?: ApiRequestError;

  @state() private announcement = '';

  /** An admin switches a colleague's account off (its sessions end) or on again. */
  private async setDisabled(account: DeskAccount, disabled: boolean): Promise<void> {
    try {
      const updated = await deskFetch(`/api/desk/accounts/${encodeURIComponent(account.id)}/disabled`, {
        body: { disabled },
        schema: deskAccount,
      });
      this.accounts = this.accounts?.map((a) => (a.id === updated.id ? updated : a));
      this.announcement = this.i18n.t(disabled ? 'account.disabledDone' : 'account.enabledDone', { name: account.name });
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
    }
  }
  private loadedFor?: string;

  /** Called by the shell when the same account is back after its session ran out. */
  sessionResumed(): void {
    this.loadedFor = undefined; // loads again with the new session (a load may have failed on the old one)
    if (this.error?.code === 'unauthenticated') this.error = undefined;
  }

  protected override willUpdate(): void {
    const session = this.session;
    if (session && holdsRole(session.account.role, 'admin') && this.loadedFor !== session.account.id) {
      this.loadedFor = session.account.id;
      deskFetch('/api/desk/accounts', { schema: deskAccountList }).then(
        (list) => (this.accounts = list.accounts),
        (error: unknown) => (this.error = error instanceof ApiRequestError ? error : undefined),
      );
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const session = this.session;
    if (!session) return nothing;
    const t = (key: string) => this.i18n.t(key);
    const until = amsterdamFormat(this.i18n.lang, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
      new Date(session.expiresAt),
    );
    return html`<section aria-labelledby="account-heading">
      <h2 id="account-heading">${t('account.heading')}</h2>
      <dl>
        <dt>${t('account.name')}</dt><dd>${session.account.name}</dd>
        <dt>${t('account.email')}</dt><dd>${session.account.email}</dd>
        <dt>${t('account.role')}</dt><dd>${t(`account.roles.${session.account.role}`)}</dd>
        <dt>${t('account.organisation')}</dt><dd>${session.organisation.name}</dd>
        <dt>${t('account.until')}</dt><dd>${until}</dd>
      </dl>
      ${holdsRole(session.account.role, 'admin') ? this.renderAccounts() : nothing}
    </section>`;
  }

  private renderAccounts(): TemplateResult {
    const lang = this.i18n.lang;
    return html`<h3>${this.i18n.t('account.colleagues')}</h3>
      ${this.error ? html`<p class="error" role="alert">${this.error.messageIn(lang)}</p>` : nothing}
      ${
        !this.accounts
          ? this.error
            ? nothing
            : html`<p class="status" role="status">${this.i18n.t('loading')}</p>`
          : html`<ul>
              ${this.accounts.map(
                (a) => html`<li>
                  ${a.name} (${a.email}), ${this.i18n.t(`account.roles.${a.role}`)}${a.disabled ? html`, <strong>${this.i18n.t('account.disabled')}</strong>` : nothing}
                  ${
                    a.id === this.session?.account.id
                      ? nothing
                      : html`<button type="button" class="button secondary" @click=${() => void this.setDisabled(a, !a.disabled)}>
                        ${this.i18n.t(a.disabled ? 'account.enable' : 'account.disable', { name: a.name })}
                      </button>`
                  }
                </li>`,
              )}
            </ul>`
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }
}
