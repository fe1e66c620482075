import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DeskSession } from '../../core/api/desk.js';
import { ApiRequestError } from '../../core/api/errors.js';
import type { ApiIssue } from '../../core/api/errors.js';
import {
  addedTimesSchema,
  cancelledTimeSchema,
  deskSpreekuurListSchema,
  deskSpreekuurSchema,
  deskTimeSchema,
  MAX_SERIES_WEEKS,
  spreekuurKinds,
} from '../../core/api/signups.js';
import type { DeskSpreekuur, DeskTime, DeskTimeSignup } from '../../core/api/signups.js';
import { I18nController } from '../../core/i18n/index.js';
import { addDays, amsterdamDate, formatDay, formatTime } from '../../core/time/amsterdam.js';
import { focusField } from '../../core/ui/focus-field.js';
import { deskFetch } from '../api.js';
import { deskStyles } from '../styles.js';
import { en, nl } from './spreekuren-locales.js';

const WEEKDAY_KEYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
/** Fields the server may name, each with a label of the same name under `form.`. */
const FIELD_LABELS = new Set([
  ...['name', 'kind', 'id', 'location', 'link', 'description', 'defaultCapacity'],
  ...['date', 'start', 'minutes', 'capacity', 'weekday', 'from', 'weeks', 'until'],
]);

/** Which form is open; one at a time, so field ids stay unique in the shadow root. */
type Editing =
  | { form: 'spreekuur'; spreekuur?: DeskSpreekuur }
  | { form: 'time' | 'series'; spreekuur: DeskSpreekuur }
  | { form: 'places'; spreekuur: DeskSpreekuur; time: DeskTime };

/**
 * The cancel dialog: first the question (with whom to contact), then whom was cancelled.
 * `spreekuur` is the spreekuur as listed when the dialog opened (its times tell where the
 * keyboard goes once the time is gone).
 */
type Cancelling = { spreekuur: DeskSpreekuur; time: DeskTime; cancelled?: DeskTimeSignup[] };

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const optional = (value: string) => (value === '' ? undefined : value);
const whole = (value: string) => (value === '' ? undefined : Number(value));

/**
 * The desk's "Spreekuren beheren" view, for coordinators (and admins): the organisation's
 * spreekuren and meetings with their times, forms to create and edit them and to add a time
 * or a weekly series, and per time its places, closing, cancelling and who signed up.
 * Cancelling a time with sign-ups asks first, in a dialog that lists whom to contact.
 *
 * @tagname digiplein-desk-spreekuren
 * @summary Manage spreekuren and meetings in the professionals' desk.
 */
export class DeskSpreekurenView extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      .spreekuren,
      .times,
      .contacts {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .spreekuren {
        display: grid;
        gap: 1em;
      }
      .spreekuren > li {
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        padding: 0.75em 1em;
      }
      .times > li {
        border-block-start: 1px solid var(--_border-color);
        padding-block: 0.5em;
      }
      .times > li[data-closed] {
        border-inline-start: 4px solid var(--_color-subtle);
        padding-inline-start: 0.5em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .meta {
        color: var(--_color-subtle);
        margin-block: 0.25em;
      }
      form.panel {
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        padding: 0.75em 1em;
        margin-block: 0.75em;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 1em;
      }
      legend {
        font-weight: 600;
        padding: 0;
      }
      input:not([type='radio'], [type='checkbox']),
      select,
      textarea {
        inline-size: 100%;
        max-inline-size: 30em;
        box-sizing: border-box;
      }
      .field-error {
        color: var(--_danger);
        margin: 0;
      }
      dialog {
        max-inline-size: min(36em, calc(100vw - 2em));
        border: 2px solid var(--_border-color);
        border-radius: var(--_radius);
        padding: 1em;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 40%);
      }
      h3,
      h4 {
        margin-block: 0.25em;
      }
      .badge {
        font-weight: 600;
      }
    `,
  ];

  /** Set by the desk shell. */
  @property({ attribute: false }) session?: DeskSession;
  protected readonly i18n = new I18nController(this, 'desk-spreekuren', { nl, en });
  @state() private spreekuren?: DeskSpreekuur[];
  @state() private error?: ApiRequestError;
  @state() private editing?: Editing;
  @state() private formError?: ApiRequestError;

  @state() private cancelling?: Cancelling;
  @state() private busy = false;
  @state() private announcement = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  private loadedFor?: string;
  /** The `data-focus` key of the button that opened the form: the keyboard goes back there. */
  private opener?: string;

  /** Called by the shell when the same account is back after its session ran out. */
  sessionResumed(): void {
    this.loadedFor = undefined; // loads again with the new session (a load may have failed on the old one)
    if (this.error?.code === 'unauthenticated') this.error = undefined;
    if (this.formError?.code === 'unauthenticated') this.formError = undefined;
  }

  protected override willUpdate(): void {
    if (this.session && this.loadedFor !== this.session.account.id) {
      this.loadedFor = this.session.account.id;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.spreekuren = (await deskFetch('/api/desk/spreekuren', { schema: deskSpreekuurListSchema })).spreekuren;
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof ApiRequestError ? error : undefined;
    }
  }

  private when(time: DeskTime): string {
    const lang = this.i18n.lang;
    return `${formatDay(time.start, lang)} ${formatTime(time.start, lang)}–${formatTime(time.end, lang)}`;
  }

  /**
   * Moves the keyboard, after the next render, to the first of these buttons that is there (by
   * their `data-focus` key), else to the view's heading.
   */
  private async focusOn(...keys: string[]): Promise<void> {
    await this.updateComplete;
    for (const key of keys) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
      if (target) return target.focus();
    }
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** `opener`: the `data-focus` key of the button that opens it, where the keyboard returns. */
  private open(editing: Editing, opener: string): void {
    this.editing = editing;
    this.opener = opener;
    this.formError = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form.panel input, form.panel select')?.focus());
  }

  /** Closes the form (saved, or "Terug"); the keyboard goes back to the button that opened it. */
  private closeForm(): void {
    this.editing = undefined;
    this.formError = undefined;
    void this.focusOn(this.opener ?? '');
  }

  /**
   * Sends a change; on success reloads the list and says what happened, on failure shows why.
   * Resolves with whether it succeeded, once the list shows the change.
   */
  private async change(run: () => Promise<string>, inForm: boolean): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      const said = await run();
      this.error = undefined;
      await this.load();
      if (inForm) this.closeForm();
      this.announcement = said;
      return true;
    } catch (error) {
      const failure = error instanceof ApiRequestError ? error : undefined;
      if (inForm) {
        this.formError = failure;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form.panel .error')?.focus());
      } else this.error = failure;
      return false;
    } finally {
      this.busy = false;
    }
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    const data = new FormData(e.target as HTMLFormElement);
    const t = this.i18n.t.bind(this.i18n);
    void this.change(async () => {
      switch (editing.form) {
        case 'spreekuur': {
          const online = data.get('where') === 'online';
          const body = {
            name: text(data, 'name'),
            kind: text(data, 'kind'),
            online,
            location: online ? undefined : optional(text(data, 'location')),
            link: online ? optional(text(data, 'link')) : undefined,
            description: optional(text(data, 'description')),
            defaultCapacity: Number(text(data, 'defaultCapacity')),
          };
          if (editing.spreekuur) {
            const saved = await deskFetch(`/api/desk/spreekuren/${encodeURIComponent(editing.spreekuur.id)}`, {
              method: 'PUT',
              body,
              schema: deskSpreekuurSchema,
            });
            return t('announce.saved', { name: saved.name });
          }
          const made = await deskFetch('/api/desk/spreekuren', {
            method: 'POST',
            body: { ...body, id: optional(text(data, 'id')) },
            schema: deskSpreekuurSchema,
          });
          return t('announce.created', { name: made.name });
        }
        case 'time':
        case 'series': {
          const base = `/api/desk/spreekuren/${encodeURIComponent(editing.spreekuur.id)}`;
          const common = { start: text(data, 'start'), minutes: whole(text(data, 'minutes')), capacity: whole(text(data, 'capacity')) };
          const body =
            editing.form === 'time'
              ? { ...common, date: text(data, 'date') }
              : {
                  ...common,
                  weekday: text(data, 'weekday'),
                  from: text(data, 'from'),
                  ...(data.get('lengthBy') === 'until' ? { until: text(data, 'until') } : { weeks: whole(text(data, 'weeks')) }),
                };
          const added = await deskFetch(`${base}/${editing.form === 'time' ? 'times' : 'series'}`, {
            method: 'POST',
            body,
            schema: addedTimesSchema,
          });
          return t('announce.timesAdded', { count: added.times.length });
        }
        case 'places': {
          const time = await this.patchTime(editing.spreekuur, editing.time, { capacity: whole(text(data, 'capacity')) });
          return t('announce.places', { when: this.when(time), count: time.capacity });
        }
      }
    }, true);
  }

  private patchTime(spreekuur: DeskSpreekuur, time: DeskTime, body: { capacity?: number; closed?: boolean }): Promise<DeskTime> {
    return deskFetch(`/api/desk/spreekuren/${encodeURIComponent(spreekuur.id)}/times/${encodeURIComponent(time.id)}`, {
      method: 'PATCH',
      body,
      schema: deskTimeSchema,
    });
  }

  private async toggleClosed(spreekuur: DeskSpreekuur, time: DeskTime): Promise<void> {
    const done = await this.change(async () => {
      const updated = await this.patchTime(spreekuur, time, { closed: !time.closed });
      return this.i18n.t(updated.closed ? 'announce.closed' : 'announce.reopened', { when: this.when(updated) });
    }, false);
    if (done) void this.focusOn(`close:${time.id}`);
  }

  /**
   * Where the keyboard goes once a time is cancelled (its buttons are gone): the next time's
   * "cancel" button, else the one before, else the spreekuur's "add a time".
   */
  private afterCancel(spreekuur: DeskSpreekuur, time: DeskTime): string[] {
    const i = spreekuur.times.findIndex((t) => t.id === time.id);
    const next = spreekuur.times[i + 1];
    const before = i > 0 ? spreekuur.times[i - 1] : undefined;
    return [...(next ? [`cancel:${next.id}`] : []), ...(before ? [`cancel:${before.id}`] : []), `time:${spreekuur.id}`];
  }

  /**
   * Cancelling never loses a sign-up unseen. A time listed with sign-ups opens the dialog. One
   * listed without is sent without `confirm`: the list is not live, so the server refuses when
   * someone signed up since (409 `time_has_signups`); then the list is loaded again and the
   * dialog asks, with the people to contact. Only the dialog's "yes" sends `confirm: true`.
   */
  private async askCancel(spreekuur: DeskSpreekuur, time: DeskTime): Promise<void> {
    if (this.busy) return;
    if (time.signups.length) return this.openDialog({ spreekuur, time });
    this.busy = true;
    try {
      const cancelled = await this.cancelTime(spreekuur, time, false);
      this.error = undefined;
      await this.load();
      this.announcement = this.i18n.t('announce.cancelled', { when: this.when(time) });
      // (a server that cancels without confirmation must still say whom to contact)
      if (cancelled.length) this.openDialog({ spreekuur, time, cancelled });
      else void this.focusOn(...this.afterCancel(spreekuur, time));
    } catch (error) {
      const failure = error instanceof ApiRequestError ? error : undefined;
      if (failure?.code !== 'time_has_signups') {
        this.error = failure;
        return;
      }
      this.error = undefined;
      await this.load();
      const fresh = this.spreekuren?.find((s) => s.id === spreekuur.id);
      const freshTime = fresh?.times.find((t) => t.id === time.id);
      if (fresh && freshTime) this.openDialog({ spreekuur: fresh, time: freshTime });
      else this.error = failure; // gone meanwhile: the list shows it
    } finally {
      this.busy = false;
    }
  }

  private async cancelTime(spreekuur: DeskSpreekuur, time: DeskTime, confirm: boolean): Promise<DeskTimeSignup[]> {
    const path = `/api/desk/spreekuren/${encodeURIComponent(spreekuur.id)}/times/${encodeURIComponent(time.id)}/cancel`;
    return (await deskFetch(path, { method: 'POST', body: confirm ? { confirm: true } : {}, schema: cancelledTimeSchema })).cancelled;
  }

  /** The dialog is modal: it keeps the keyboard inside until it is closed (Escape too). */
  private openDialog(cancelling: Cancelling): void {
    this.cancelling = cancelling;
    void this.updateComplete.then(() => {
      if (!this.dialog?.open) this.dialog?.showModal();
      if (cancelling.cancelled) this.renderRoot.querySelector<HTMLElement>('dialog .done')?.focus();
    });
  }

  private async confirmCancel(): Promise<void> {
    const cancelling = this.cancelling;
    if (!cancelling || cancelling.cancelled) return;
    let cancelled: DeskTimeSignup[] = [];
    const done = await this.change(async () => {
      cancelled = await this.cancelTime(cancelling.spreekuur, cancelling.time, true);
      return this.i18n.t('announce.cancelled', { when: this.when(cancelling.time) });
    }, false);
    if (!done) return;
    // the server's list is the one that counts (someone may have signed up or cancelled since)
    this.cancelling = { ...cancelling, cancelled };
    if (cancelled.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dialog .done')?.focus();
    } else this.closeDialog();
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  /**
   * After the dialog closes (a button or Escape), the keyboard goes back to the time's "cancel"
   * button, or, when the time is gone, to the next time.
   */
  private dialogClosed(): void {
    const cancelling = this.cancelling;
    this.cancelling = undefined;
    if (!cancelling) return;
    void this.focusOn(
      ...(cancelling.cancelled ? this.afterCancel(cancelling.spreekuur, cancelling.time) : [`cancel:${cancelling.time.id}`]),
    );
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const editing = this.editing;
    return html`<h2 tabindex="-1">${t('heading')}</h2>
      <p>${t('intro')}</p>
      <p class="row">
        <button type="button" class="button" data-focus="add" @click=${() => this.open({ form: 'spreekuur' }, 'add')}>${t('add')}</button>
        <button type="button" class="button secondary" @click=${() => void this.load()}>${t('refresh')}</button>
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error.messageIn(this.i18n.lang)}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${editing?.form === 'spreekuur' && !editing.spreekuur ? this.renderSpreekuurForm() : nothing}
      ${
        !this.spreekuren
          ? this.error
            ? nothing
            : html`<p class="status" role="status">${t('loading')}</p>`
          : !this.spreekuren.length
            ? html`<p>${t('none')}</p>`
            : html`<ul class="spreekuren">
              ${this.spreekuren.map((s) => this.renderSpreekuur(s))}
            </ul>`
      }
      ${this.cancelling ? this.renderDialog(this.cancelling) : nothing}`;
  }

  private renderSpreekuur(s: DeskSpreekuur): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const editing = this.editing;
    const here = editing && 'spreekuur' in editing && editing.spreekuur?.id === s.id ? editing : undefined;
    return html`<li>
      <h3>${s.name}</h3>
      <p class="meta">
        ${t(`kinds.${s.kind}`)} · ${s.online ? t('online') : s.location}${s.online && s.link ? html` · <a href=${s.link}>${s.link}</a>` : nothing}
        · ${t('places', { count: s.defaultCapacity })}
      </p>
      ${s.description ? html`<p>${s.description}</p>` : nothing}
      <p class="meta">${t('code', { id: s.id })}</p>
      <p class="row">
        <button type="button" class="button secondary" data-focus=${`edit:${s.id}`} @click=${() => this.open({ form: 'spreekuur', spreekuur: s }, `edit:${s.id}`)}>
          ${t('edit')}<span class="visually-hidden"> ${s.name}</span>
        </button>
        <button type="button" class="button secondary" data-focus=${`time:${s.id}`} @click=${() => this.open({ form: 'time', spreekuur: s }, `time:${s.id}`)}>
          ${t('addTime')}<span class="visually-hidden"> (${s.name})</span>
        </button>
        <button type="button" class="button secondary" data-focus=${`series:${s.id}`} @click=${() => this.open({ form: 'series', spreekuur: s }, `series:${s.id}`)}>
          ${t('addSeries')}<span class="visually-hidden"> (${s.name})</span>
        </button>
      </p>
      ${here?.form === 'spreekuur' ? this.renderSpreekuurForm(s) : nothing}
      ${here?.form === 'time' ? this.renderTimeForm(s) : nothing} ${here?.form === 'series' ? this.renderSeriesForm(s) : nothing}
      <h4>${t('times')}</h4>
      ${
        s.times.length
          ? html`<ul class="times">
            ${s.times.map((time) => this.renderTime(s, time))}
          </ul>`
          : html`<p>${t('noTimes')}</p>`
      }
    </li>`;
  }

  private renderTime(s: DeskSpreekuur, time: DeskTime): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const when = this.when(time);
    const editing = this.editing;
    return html`<li ?data-closed=${time.closed}>
      <p class="row">
        <strong>${when}</strong>
        <span>${t('booked', { booked: time.booked, count: time.capacity })}</span>
        ${time.closed ? html`<span class="badge">${t('closed')}</span><span class="meta">${t('closedHint')}</span>` : nothing}
      </p>
      ${
        time.signups.length
          ? html`<details>
            <summary>${t('signedUp', { count: time.signups.length })}<span class="visually-hidden"> ${t('forTime', { when })}</span></summary>
            ${this.renderContacts(time.signups)}
          </details>`
          : nothing
      }
      <p class="row">
        <button type="button" class="button secondary" data-focus=${`places:${time.id}`} @click=${() => this.open({ form: 'places', spreekuur: s, time }, `places:${time.id}`)}>
          ${t('changePlaces')}<span class="visually-hidden"> ${t('forTime', { when })}</span>
        </button>
        <button type="button" class="button secondary" data-focus=${`close:${time.id}`} @click=${() => void this.toggleClosed(s, time)}>
          ${time.closed ? t('reopen') : t('close')}<span class="visually-hidden"> ${when}</span>
        </button>
        <button type="button" class="button danger" data-focus=${`cancel:${time.id}`} @click=${() => void this.askCancel(s, time)}>
          ${t('cancelTime')}<span class="visually-hidden"> ${when}</span>
        </button>
      </p>
      ${editing?.form === 'places' && editing.time.id === time.id ? this.renderPlacesForm(time) : nothing}
    </li>`;
  }

  private renderContacts(signups: DeskTimeSignup[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<ul class="contacts">
      ${signups.map(
        (c) =>
          html`<li>
            <strong>${c.name}</strong> (${c.reference})
            ${c.email ? html` · <a href=${`mailto:${c.email}`}>${t('mail', { address: c.email })}</a>` : nothing}
            ${c.phone ? html` · <a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${t('call', { number: c.phone })}</a>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderDialog(c: Cancelling): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<dialog aria-labelledby="cancel-heading" @close=${() => this.dialogClosed()}>
      <h3 id="cancel-heading">${t('dialog.heading', { when: this.when(c.time) })}</h3>
      ${
        c.cancelled
          ? html`<p class="done" tabindex="-1">${t('dialog.done')}</p>
            ${this.renderContacts(c.cancelled)}
            <p class="row"><button type="button" class="button" @click=${() => this.closeDialog()}>${t('dialog.closeDialog')}</button></p>`
          : html`<p>${t('dialog.warning', { count: c.time.signups.length })}</p>
            ${this.renderContacts(c.time.signups)}
            ${this.error ? html`<p class="error" role="alert">${this.error.messageIn(this.i18n.lang)}</p>` : nothing}
            <p class="row">
              <button type="button" class="button danger" ?disabled=${this.busy} @click=${() => void this.confirmCancel()}>${t('dialog.confirm')}</button>
              <button type="button" class="button secondary" @click=${() => this.closeDialog()}>${t('dialog.back')}</button>
            </p>`
      }
    </dialog>`;
  }

  /** The server's message for a field, if it named one. */
  private issueFor(field: string): ApiIssue | undefined {
    return this.formError?.issues.find((i) => i.path === field || i.path.startsWith(`${field}.`));
  }

  private field(
    name: string,
    label: string,
    control: (attrs: { id: string; invalid: boolean; describedBy: string | undefined }) => TemplateResult,
    hint?: string,
  ): TemplateResult {
    const issue = this.issueFor(name);
    const id = `field-${name}`;
    const describedBy = [...(hint ? [`${id}-hint`] : []), ...(issue ? [`${id}-error`] : [])].join(' ') || undefined;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="meta" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${control({ id, invalid: !!issue, describedBy })}
      ${issue ? html`<p class="field-error" id=${`${id}-error`}>${this.i18n.text(issue.message)}</p>` : nothing}
    </div>`;
  }

  private input(
    name: string,
    label: string,
    type: 'text' | 'url' | 'number' | 'date' | 'time',
    value: string | number | undefined,
    extra: { required?: boolean; min?: number; max?: number; hint?: string } = {},
  ) {
    return this.field(
      name,
      label,
      (a) =>
        html`<input
          id=${a.id}
          name=${name}
          type=${type}
          .value=${value === undefined ? '' : String(value)}
          ?required=${extra.required ?? false}
          min=${ifDefined(extra.min)}
          max=${ifDefined(extra.max)}
          aria-invalid=${a.invalid ? 'true' : 'false'}
          aria-describedby=${a.describedBy ?? nothing}
        />`,
      extra.hint,
    );
  }

  /** `level` 3 for the form at the top of the view, 4 for a form inside a spreekuur. */
  private formFrame(heading: string, body: TemplateResult, level: 3 | 4 = 4): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const problem = this.formError;
    return html`<form class="panel" novalidate @submit=${(e: SubmitEvent) => this.submit(e)} aria-labelledby="form-heading">
      ${level === 3 ? html`<h3 id="form-heading">${heading}</h3>` : html`<h4 id="form-heading">${heading}</h4>`}
      ${
        problem
          ? html`<div class="error" role="alert" tabindex="-1">
            <p>${problem.issues.length ? t('form.problems') : problem.messageIn(this.i18n.lang)}</p>
            ${
              problem.issues.length
                ? html`<ul>
                  ${problem.issues.map((i) => {
                    const field = i.path.split('.')[0]!;
                    // the field's own label, so the summary reads like the form (the server's path otherwise)
                    const label = FIELD_LABELS.has(field) ? t(`form.${field}`) : i.path;
                    // in the shadow root, and the desk routes on the address's #: focus the field, keep the tab
                    const go = (e: Event) => focusField(e, this.renderRoot, `#field-${field}`);
                    return html`<li><a href=${`#field-${field}`} @click=${go}>${label}</a>: ${this.i18n.text(i.message)}</li>`;
                  })}
                </ul>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${body}
      <p class="row">
        <button type="submit" class="button" ?disabled=${this.busy}>${t('form.save')}</button>
        <button type="button" class="button secondary" @click=${() => this.closeForm()}>${t('form.cancel')}</button>
      </p>
    </form>`;
  }

  private renderSpreekuurForm(s?: DeskSpreekuur): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const online = s?.online ?? false;
    return this.formFrame(
      s ? t('form.editHeading', { name: s.name }) : t('form.newHeading'),
      html`${this.input('name', t('form.name'), 'text', s?.name, { required: true })}
        ${this.field(
          'kind',
          t('form.kind'),
          (a) =>
            html`<select id=${a.id} name="kind" aria-invalid=${a.invalid ? 'true' : 'false'}>
              ${spreekuurKinds.map((k) => html`<option value=${k} ?selected=${(s?.kind ?? 'spreekuur') === k}>${t(`kinds.${k}`)}</option>`)}
            </select>`,
        )}
        ${s ? nothing : this.input('id', t('form.id'), 'text', undefined, { hint: t('form.idHint', { prefix: `${this.session?.organisation.id}-` }) })}
        <fieldset>
          <legend>${t('form.where')}</legend>
          <label><input type="radio" name="where" value="location" ?checked=${!online} /> ${t('form.atLocation')}</label>
          <label><input type="radio" name="where" value="online" ?checked=${online} /> ${t('form.isOnline')}</label>
        </fieldset>
        ${this.input('location', t('form.location'), 'text', s?.location)} ${this.input('link', t('form.link'), 'url', s?.link)}
        ${this.field(
          'description',
          t('form.description'),
          (a) =>
            html`<textarea id=${a.id} name="description" maxlength="2000" .value=${s?.description ?? ''} aria-invalid=${a.invalid ? 'true' : 'false'}></textarea>`,
        )}
        ${this.input('defaultCapacity', t('form.defaultCapacity'), 'number', s?.defaultCapacity ?? 1, { required: true, min: 1, max: 500 })}`,
      s ? 4 : 3,
    );
  }

  private renderTimeForm(s: DeskSpreekuur): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return this.formFrame(
      t('form.timeHeading', { name: s.name }),
      html`<p class="meta">${t('form.amsterdam')}</p>
        ${this.input('date', t('form.date'), 'date', addDays(amsterdamDate(Date.now()), 1), { required: true })}
        ${this.input('start', t('form.start'), 'time', '09:00', { required: true })}
        ${this.input('minutes', t('form.minutes'), 'number', 30, { required: true, min: 5, max: 600 })}
        ${this.input('capacity', t('form.capacity'), 'number', s.defaultCapacity, { min: 1, max: 500 })}`,
    );
  }

  private renderSeriesForm(s: DeskSpreekuur): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return this.formFrame(
      t('form.seriesHeading', { name: s.name }),
      html`<p class="meta">${t('form.amsterdam')}</p>
        ${this.field(
          'weekday',
          t('form.weekday'),
          (a) =>
            html`<select id=${a.id} name="weekday" aria-invalid=${a.invalid ? 'true' : 'false'}>
              ${WEEKDAY_KEYS.map((d) => html`<option value=${d}>${t(`weekdays.${d}`)}</option>`)}
            </select>`,
        )}
        ${this.input('start', t('form.start'), 'time', '09:00', { required: true })}
        ${this.input('minutes', t('form.minutes'), 'number', 30, { required: true, min: 5, max: 600 })}
        ${this.input('capacity', t('form.capacity'), 'number', s.defaultCapacity, { min: 1, max: 500 })}
        ${this.input('from', t('form.from'), 'date', amsterdamDate(Date.now()), { required: true })}
        <fieldset>
          <legend>${t('form.lengthBy')}</legend>
          <label><input type="radio" name="lengthBy" value="weeks" checked /> ${t('form.byWeeks')}</label>
          <label><input type="radio" name="lengthBy" value="until" /> ${t('form.byUntil')}</label>
        </fieldset>
        ${this.input('weeks', t('form.weeks'), 'number', 4, { min: 1, max: MAX_SERIES_WEEKS })} ${this.input('until', t('form.until'), 'date', undefined)}`,
    );
  }

  private renderPlacesForm(time: DeskTime): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return this.formFrame(
      t('form.placesHeading', { when: this.when(time) }),
      this.input('capacity', t('form.capacity'), 'number', time.capacity, { required: true, min: Math.max(1, time.booked), max: 500 }),
    );
  }
}
