import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DeskSession } from '../../core/api/desk.js';
import { ApiRequestError } from '../../core/api/errors.js';
import { deskFollowUp, deskFollowUpList, followUpStatuses } from '../../core/api/followups.js';
import type { DeskFollowUp, FollowUpStatus } from '../../core/api/followups.js';
import { I18nController } from '../../core/i18n/index.js';
import type { Translation } from '../../core/i18n/index.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import { deskFetch } from '../api.js';
import { deskStyles } from '../styles.js';

const nl = {
  heading: 'Terugbelverzoeken na de training',
  intro:
    'Ouders die na de training vroegen of het wijkteam contact met hen opneemt. Alleen hun contactgegevens komen hier; hun antwoorden uit de training niet.',
  loading: 'Even geduld, de verzoeken worden geladen…',
  none: 'Er zijn geen verzoeken.',
  refresh: 'Vernieuwen',
  asked: 'Gevraagd op {{when}}',
  call: 'Bel {{number}}',
  mail: 'Mail {{address}}',
  prefers: 'Liefst: {{how}}',
  way: { phone: 'bellen', email: 'mailen' },
  times: 'Wanneer het uitkomt: {{times}}',
  gemeente: 'Gemeente: {{code}}',
  status: 'Status',
  statuses: { new: 'Nieuw', contacted: 'Contact gehad', support: 'Steun gestart', 'no-support': 'Geen steun nodig' },
  notes: 'Notities (alleen voor uw organisatie)',
  save: 'Opslaan',
  saved: 'Opgeslagen: {{name}}, {{status}}.',
};
const en: Translation<typeof nl> = {
  heading: 'Contact requests after the training',
  intro:
    'Parents who asked, after the training, for the wijkteam to contact them. Only their contact details arrive here; their answers from the training do not.',
  loading: 'One moment, loading the requests…',
  none: 'There are no requests.',
  refresh: 'Refresh',
  asked: 'Asked on {{when}}',
  call: 'Call {{number}}',
  mail: 'Email {{address}}',
  prefers: 'Prefers: {{how}}',
  way: { phone: 'phone', email: 'email' },
  times: 'When it suits: {{times}}',
  gemeente: 'Municipality: {{code}}',
  status: 'Status',
  statuses: { new: 'New', contacted: 'Contacted', support: 'Support started', 'no-support': 'No support needed' },
  notes: 'Notes (for your organisation only)',
  save: 'Save',
  saved: 'Saved: {{name}}, {{status}}.',
};

/**
 * The desk's follow-up view: the organisation's requests from `<digiplein-training>`, newest
 * first, each with a way to reach the parent, a status (new, contacted, support started, no
 * support needed) and notes.
 *
 * @tagname digiplein-desk-followups
 * @summary Follow-up requests after the training, in the professionals' desk.
 */
export class DeskFollowUpsView extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      ul.requests {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.75em;
      }
      ul.requests > li {
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        padding: 0.75em 1em;
      }
      ul.requests > li[data-status='new'] {
        border-inline-start: 4px solid var(--_accent);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: end;
      }
      textarea {
        inline-size: 100%;
        min-block-size: 3em;
      }
    `,
  ];

  /** Set by the desk shell. */
  @property({ attribute: false }) session?: DeskSession;
  protected readonly i18n = new I18nController(this, 'desk-followups', { nl, en });
  @state() private requests?: DeskFollowUp[];
  @state() private error?: ApiRequestError;

  @state() private announcement = '';
  private loadedFor?: string;

  /** Called by the shell when the same account is back after its session ran out. */
  sessionResumed(): void {
    this.loadedFor = undefined; // loads again with the new session (a load may have failed on the old one)
    if (this.error?.code === 'unauthenticated') this.error = undefined;
  }

  protected override willUpdate(): void {
    if (this.session && this.loadedFor !== this.session.account.id) {
      this.loadedFor = this.session.account.id;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.requests = (await deskFetch('/api/desk/followups', { schema: deskFollowUpList })).followUps;
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
    }
  }

  private async save(e: SubmitEvent, request: DeskFollowUp): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const status = String(data.get('status')) as FollowUpStatus;
    const notes = String(data.get('notes') ?? '');
    try {
      const updated = await deskFetch(`/api/desk/followups/${encodeURIComponent(request.id)}`, {
        method: 'POST',
        body: { status, ...(notes.trim() ? { notes } : {}) },
        schema: deskFollowUp,
      });
      this.requests = this.requests?.map((r) => (r.id === updated.id ? updated : r));
      this.error = undefined;
      this.announcement = this.i18n.t('saved', { name: updated.name, status: this.i18n.t(`statuses.${updated.status}`) });
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const when = amsterdamFormat(this.i18n.lang, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<h2>${t('heading')}</h2>
      <p>${t('intro')}</p>
      <p><button type="button" class="button secondary" @click=${() => void this.load()}>${t('refresh')}</button></p>
      ${this.error ? html`<p class="error" role="alert">${this.i18n.text(this.error.bilingualMessage)}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${
        !this.requests
          ? html`<p role="status">${t('loading')}</p>`
          : !this.requests.length
            ? html`<p>${t('none')}</p>`
            : html`<ul class="requests">
              ${this.requests.map(
                (r) => html`<li data-status=${r.status}>
                  <h3>${r.name}</h3>
                  <p>${t('asked', { when: when.format(new Date(r.createdAt)) })} · ${t('prefers', { how: t(`way.${r.contactBy}`) })}</p>
                  <p class="row">
                    ${r.phone ? html`<a class="button secondary" href=${`tel:${r.phone.replace(/[^\d+]/g, '')}`}>${t('call', { number: r.phone })}</a>` : nothing}
                    ${r.email ? html`<a class="button secondary" href=${`mailto:${r.email}`}>${t('mail', { address: r.email })}</a>` : nothing}
                  </p>
                  ${r.times ? html`<p>${t('times', { times: r.times })}</p>` : nothing}
                  ${r.gemeente ? html`<p>${t('gemeente', { code: r.gemeente })}</p>` : nothing}
                  <form @submit=${(e: SubmitEvent) => void this.save(e, r)}>
                    <div class="field">
                      <label for=${`status-${r.id}`}>${t('status')}</label>
                      <select id=${`status-${r.id}`} name="status">
                        ${followUpStatuses.map((s) => html`<option value=${s} ?selected=${s === r.status}>${t(`statuses.${s}`)}</option>`)}
                      </select>
                    </div>
                    <div class="field">
                      <label for=${`notes-${r.id}`}>${t('notes')}</label>
                      <textarea id=${`notes-${r.id}`} name="notes" maxlength="2000" .value=${r.notes ?? ''}></textarea>
                    </div>
                    <button type="submit" class="button">${t('save')}<span class="visually-hidden"> ${r.name}</span></button>
                  </form>
                </li>`,
              )}
            </ul>`
      }`;
  }
}
