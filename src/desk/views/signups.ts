import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DeskSession } from '../../core/api/desk.js';
import { ApiRequestError } from '../../core/api/errors.js';
import { renderSafetyFlag } from '../safety-flag.js';
import { deskSignupListSchema, deskSignupSchema } from '../../core/api/signups.js';
import type { DeskSignup, DeskSignupList } from '../../core/api/signups.js';
import { I18nController, localize } from '../../core/i18n/index.js';
import type { Translation } from '../../core/i18n/index.js';
import { nationalThemes } from '../../content/themes.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import { deskFetch } from '../api.js';
import { deskStyles } from '../styles.js';

const nl = {
  heading: 'Aanmeldingen voor spreekuren',
  intro: 'Aanmeldingen voor de spreekuren van uw organisatie waarvan de afspraak nog moet komen.',
  filter: 'Spreekuur',
  all: 'Alle spreekuren',
  export: 'Download als CSV',
  loading: 'Even geduld, de aanmeldingen worden geladen…',
  none: 'Er zijn geen aanmeldingen.',
  count_one: '{{count}} aanmelding',
  count_other: '{{count}} aanmeldingen',
  countCancelled: '{{count}} afgemeld of geannuleerd',
  shown: '{{shown}} van de {{total}} aanmeldingen. De CSV heeft ze allemaal.',
  more: 'Meer laden',
  when: 'Wanneer',
  reference: 'Nummer',
  name: 'Naam',
  contact: 'Contact',
  prefers: 'liefst: {{how}}',
  contactBy: { email: 'e-mail', phone: 'telefoon', any: 'maakt niet uit' },
  subject: 'Onderwerp en vraag',
  status: 'Status',
  cancelled: 'Afgemeld',
  cancelledBy: { parent: 'Afgemeld door de ouder', organisation: 'Tijd geannuleerd door de organisatie' },
  booked: 'Aangemeld',
  handled: 'Afgehandeld',
  handledLabel: 'Afgehandeld: {{reference}}',
  markedHandled: 'Aanmelding {{reference}} is afgehandeld.',
  markedOpen: 'Aanmelding {{reference}} staat weer open.',
};
const en: Translation<typeof nl> = {
  heading: 'Sign-ups for consultation hours',
  intro: "Sign-ups for your organisation's consultation hours whose appointment is still to come.",
  filter: 'Consultation hour',
  all: 'All consultation hours',
  export: 'Download as CSV',
  loading: 'One moment, loading the sign-ups…',
  none: 'There are no sign-ups.',
  count_one: '{{count}} sign-up',
  count_other: '{{count}} sign-ups',
  countCancelled: '{{count}} cancelled',
  shown: '{{shown}} of {{total}} sign-ups. The CSV has all of them.',
  more: 'Load more',
  when: 'When',
  reference: 'Number',
  name: 'Name',
  contact: 'Contact',
  prefers: 'prefers: {{how}}',
  contactBy: { email: 'e-mail', phone: 'phone', any: 'no preference' },
  subject: 'Subject and question',
  status: 'Status',
  cancelled: 'Cancelled',
  cancelledBy: { parent: 'Cancelled by the parent', organisation: 'Time cancelled by the organisation' },
  booked: 'Signed up',
  handled: 'Handled',
  handledLabel: 'Handled: {{reference}}',
  markedHandled: 'Sign-up {{reference}} is handled.',
  markedOpen: 'Sign-up {{reference}} is open again.',
};

/**
 * The desk's sign-ups view: upcoming sign-ups of the professional's own organisation per
 * spreekuur, a "handled" checkbox per sign-up, and a CSV download.
 *
 * @tagname digiplein-desk-signups
 * @summary Sign-ups in the professionals' desk.
 */
export class DeskSignupsView extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 1em;
        margin-block-end: 1em;
      }
      /* a select is as wide as its longest option: on a phone a long spreekuur name ran off the
         screen; the field may shrink to the screen, and the select with it */
      .toolbar .field {
        margin: 0;
        min-inline-size: 0;
        grid-template-columns: minmax(0, auto);
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
        margin-block-end: 1.5em;
      }
      th,
      td {
        /* columns get narrow, but a word (or a reference read out on the phone) stays whole */
        overflow-wrap: normal;
        text-align: start;
        vertical-align: top;
        padding: 0.5em;
        border-block-end: 1px solid var(--_border-color);
      }
      .reference {
        white-space: nowrap;
      }
      tr.cancelled td {
        color: var(--_color-subtle);
        text-decoration: line-through;
      }
      tr.handled td {
        background: var(--_bg-subtle);
      }
      .question {
        white-space: pre-wrap;
        max-inline-size: 30em;
      }
      /* On a phone each sign-up is a card: every value under its own label, no sideways scrolling. */
      @media (max-width: 40em) {
        table,
        tbody,
        tr,
        td {
          display: block;
        }
        thead {
          position: absolute;
          inline-size: 1px;
          block-size: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tr {
          border: 1px solid var(--_border-color);
          border-radius: var(--_radius);
          margin-block-end: 0.75em;
          padding-block: 0.25em;
        }
        td {
          border: 0;
          padding-block: 0.25em;
          overflow-wrap: anywhere;
        }
        td::before {
          content: attr(data-label);
          display: block;
          font-weight: 600;
          font-size: 0.875em;
        }
        .table-wrap {
          overflow-x: visible;
        }
      }
    `,
  ];

  /** Set by the desk shell. */
  @property({ attribute: false }) session?: DeskSession;
  protected readonly i18n = new I18nController(this, 'desk-signups', { nl, en });
  @state() private data?: DeskSignupList;
  @state() private error?: ApiRequestError;

  @state() private filter = '';
  @state() private announcement = '';
  private loadedFor?: string;
  private source?: EventSource;

  /**
   * Live like the chat list: the organisation's desk stream says when a sign-up comes in or is
   * cancelled (no personal data in the event), and the list loads again.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/desk/chat/events');
    this.source = source;
    source.addEventListener('signup', () => void this.load());
    source.addEventListener('ready', () => {
      if (this.data) void this.load(); // catch up on what came in while away
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source?.close();
    this.source = undefined;
  }

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

  /** How many pages of the list are shown ("Meer laden" adds one). */
  @state() private pages = 1;

  private async load(): Promise<void> {
    try {
      let merged: DeskSignupList | undefined;
      for (let page = 1; page <= this.pages; page++) {
        const part = await deskFetch(`/api/desk/signups?page=${page}`, { schema: deskSignupListSchema });
        merged = merged ? { ...part, signups: [...merged.signups, ...part.signups] } : part;
        if (part.signups.length < (part.pageSize ?? Infinity)) break;
      }
      this.data = merged;
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
    }
  }

  private async toggle(signup: DeskSignup, handled: boolean): Promise<void> {
    try {
      const updated = await deskFetch(`/api/desk/signups/${encodeURIComponent(signup.id)}/handled`, {
        body: { handled },
        schema: deskSignupSchema,
      });
      if (this.data) this.data = { ...this.data, signups: this.data.signups.map((s) => (s.id === updated.id ? updated : s)) };
      this.announcement = this.i18n.t(handled ? 'markedHandled' : 'markedOpen', { reference: signup.reference });
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.session) return nothing;
    const t = (key: string, o?: Record<string, unknown>) => this.i18n.t(key, o);
    const data = this.data;
    const csv = `/api/desk/signups.csv${this.filter ? `?spreekuur=${encodeURIComponent(this.filter)}` : ''}`;
    return html`<section aria-labelledby="signups-heading">
      <h2 id="signups-heading">${t('heading')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error.messageIn(this.i18n.lang)}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${
        !data
          ? this.error
            ? nothing
            : html`<p class="status" role="status">${t('loading')}</p>`
          : html`<div class="toolbar">
              <div class="field">
                <label for="filter">${t('filter')}</label>
                <select id="filter" @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.filter}>${t('all')}</option>
                  ${data.spreekuren.map((s) => html`<option value=${s.id} ?selected=${this.filter === s.id}>${s.name}</option>`)}
                </select>
              </div>
              <a class="button secondary" href=${csv} download>${t('export')}</a>
            </div>
            ${this.renderGroups(data)}
            ${
              data.total !== undefined && data.signups.length < data.total
                ? html`<p class="status">${t('shown', { shown: data.signups.length, total: data.total })}</p>
                  <button type="button" class="button secondary" @click=${() => {
                    this.pages++;
                    void this.load();
                  }}>${t('more')}</button>`
                : nothing
            }`
      }
    </section>`;
  }

  /** "2 aanmeldingen", and how many of the group's rows are cancelled: those are no sign-ups to count. */
  private countText(signups: readonly DeskSignup[]): string {
    const cancelled = signups.filter((s) => s.status === 'cancelled').length;
    const booked = this.i18n.t('count', { count: signups.length - cancelled });
    return cancelled ? `${booked}, ${this.i18n.t('countCancelled', { count: cancelled })}` : booked;
  }

  private renderGroups(data: DeskSignupList): TemplateResult {
    const t = (key: string, o?: Record<string, unknown>) => this.i18n.t(key, o);
    const groups = data.spreekuren
      .filter((s) => !this.filter || s.id === this.filter)
      .map((s) => ({ spreekuur: s, signups: data.signups.filter((x) => x.spreekuur.id === s.id) }))
      .filter((g) => g.signups.length);
    if (!groups.length) return html`<p>${t('none')}</p>`;
    const lang = this.i18n.lang;
    const when = amsterdamFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const theme = (id: string) => localize(nationalThemes.find((x) => x.id === id)?.label, lang) || id;
    return html`${groups.map(
      (g) => html`<h3 id=${`group-${g.spreekuur.id}`}>${g.spreekuur.name} <span class="status">(${this.countText(g.signups)})</span></h3>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${`group-${g.spreekuur.id}`}>
          <table>
            <thead>
              <tr><th scope="col">${t('when')}</th><th scope="col">${t('reference')}</th><th scope="col">${t('name')}</th><th scope="col">${t('contact')}</th><th scope="col">${t('subject')}</th><th scope="col">${t('status')}</th><th scope="col">${t('handled')}</th></tr>
            </thead>
            <tbody>
              ${g.signups.map(
                (s) => html`<tr class=${[s.status, s.handled ? 'handled' : ''].join(' ')}>
                  <td data-label=${t('when')}>${when.format(new Date(s.slot.start))}</td>
                  <td class="reference" data-label=${t('reference')}>${s.reference}</td>
                  <td data-label=${t('name')}>${s.name}</td>
                  <td data-label=${t('contact')}>
                    ${s.email ? html`<a href=${`mailto:${s.email}`}>${s.email}</a><br />` : nothing}
                    ${s.phone ? html`<a href=${`tel:${s.phone}`}>${s.phone}</a><br />` : nothing}
                    ${s.postcode ? html`${s.postcode}<br />` : nothing}
                    <span class="status">${t('prefers', { how: t(`contactBy.${s.contactBy}`) })}</span>
                  </td>
                  <td data-label=${t('subject')}>${theme(s.theme)}${s.question ? html`<div class="question">${renderSafetyFlag(this.i18n, s.safety)}${s.question}</div>` : nothing}</td>
                  <td data-label=${t('status')}>${t(s.status === 'booked' ? 'booked' : s.cancelledBy ? `cancelledBy.${s.cancelledBy}` : 'cancelled')}</td>
                  <td data-label=${t('handled')}>
                    <input type="checkbox" .checked=${s.handled} aria-label=${t('handledLabel', { reference: s.reference })}
                      @change=${(e: Event) => this.toggle(s, (e.target as HTMLInputElement).checked)} />
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    )}`;
  }
}
