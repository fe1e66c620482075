import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigipleinElement } from '../../core/element.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import { I18nController, addTranslations } from '../../core/i18n/index.js';
import { DataClearedController } from '../../core/storage/controller.js';
import { fire } from '../../core/events/fire.js';
import '../../core/events/stap-changed.js';
import { formatCode, normalizeCode } from '../../core/api/routes.js';
import type { Family, Membership, StepStatus } from '../../core/api/routes.js';
import type { Relation } from '../../core/config/schema/index.js';
import { statusOf } from '../../core/api/route-state.js';
import { allSteps, buildRoute, nextStep, progressOf } from './logic.js';
import type { TrackedPhase, TrackedStep } from './logic.js';
import { RouteSession } from './session.js';
import type { SessionError } from './session.js';
import { downloadFile, parseExportFile, routeStore, toExportFile } from './persistence.js';
import { renderPrintSummary, renderStepBody, statusLabel } from './render.js';
import { stapTrackerStyles } from './styles.js';
import { nl } from './locales/nl.js';
import { en } from './locales/en.js';

addTranslations('stap-tracker', { nl, en });

type Notice = { kind: 'ok' | 'error'; text: string } | undefined;

/**
 * The separation route as steps: a short start selects the steps that fit the family; each step
 * gets a status, who is doing it, a date and notes; progress per phase and in total, and what is
 * next. Kept on this device after the first answer; can be exported, imported, printed and
 * wiped; and shared with the other parent and a begeleider through a DigiPlein server.
 *
 * @tagname digiplein-stap-tracker
 * @summary Step-by-step overview of a separation, shared by both parents and their begeleider.
 * @fires digiplein-stap-changed - A person changed a step's status. Detail: `{ stepId, status }`.
 * @csspart base - The widget's outer box.
 * @csspart step - One step (a `<details>` element).
 * @csspart next - The "what is next" box.
 * @csspart print - The one-page overview shown only when printing.
 * @cssprop --digiplein-stap-tag-background-color - Background of the status tags.
 * @cssprop --digiplein-stap-line-color - The line and circles of the step-by-step layout.
 */
export class DigipleinStapTracker extends DigipleinElement {
  static override styles = [...DigipleinElement.styles, stapTrackerStyles];

  protected readonly i18n = new I18nController(this, 'stap-tracker');

  /** Keep nothing on this device (the desk sets this: a shared work place). */
  @property({ type: Boolean, reflect: true }) ephemeral = false;

  /** Shows the one-page print overview on screen instead of the interactive route. */
  @property({ type: Boolean, reflect: true, attribute: 'print-preview' }) printPreview = false;

  /** Opens a shared route with this membership (the desk opens routes as the begeleider). */
  @property({ attribute: false }) membership?: Membership;

  @state() private openSteps = new Set<string>();
  @state() private startErrors: string[] = [];
  @state() private editingFamily = false;
  @state() private joinError?: SessionError;
  @state() private notice: Notice;
  @state() private shareNotice: Notice;
  @state() private confirm?: 'wipe' | 'close';
  @state() private busy = false;
  @state() private announcement = '';
  /** The print overview is rendered only for printing (it doubles the DOM of a long route). */
  @state() private printing = false;

  private session = new RouteSession(undefined, () => this.requestUpdate());
  private loaded = false;
  private openedMembership?: Membership;
  private joinCode = '';
  private readonly onBeforePrint = () => {
    this.printing = true;
    this.performUpdate(); // synchronously, before the browser lays out the page for print
  };
  private readonly onAfterPrint = () => (this.printing = false);

  constructor() {
    super();
    new DataClearedController(this, () => this.session.wipe());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.loaded) {
      this.loaded = true;
      this.session = new RouteSession(this.ephemeral ? undefined : routeStore(), () => this.requestUpdate());
      this.session.load();
      const match = /digiplein-route=([A-Za-z0-9-]+)/.exec(location.hash);
      if (match) this.joinCode = formatCode(normalizeCode(match[1]!));
    }
    if (this.session.api) this.session.startSync();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.stopSync();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** After the config is ready (the config controller resolves it during the update): connect to the server. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const cs = this.configController.state;
    if (cs.status !== 'ready') return;
    const api = cs.config.endpoints.api;
    const pollMs = (cs.config.stapTracker.pollSeconds ?? 3) * 1000;
    if (api && this.session.api !== api) {
      this.session.api = api;
      this.session.pollMs = pollMs;
      this.session.startSync();
    }
    if (this.membership && this.membership !== this.openedMembership && this.session.api) {
      this.openedMembership = this.membership;
      void this.session.open(this.membership).then((error) => (this.joinError = error));
    }
  }

  private routeCache?: { key: unknown[]; route: TrackedPhase[] };

  /** The steps for this family, grouped in phases; rebuilt only when what it depends on changed (not on a status change). */
  private get route(): TrackedPhase[] {
    const cs = this.configController.state;
    if (cs.status !== 'ready' || !this.session.family) return [];
    const s = this.session;
    const key = [cs.config.route, s.family, s.state, s.state.added.length, s.share?.steps];
    if (this.routeCache?.key.every((k, i) => k === key[i])) return this.routeCache.route;
    const route = buildRoute(cs.config.route.phases, cs.config.route.steps, s.family!, s.state, s.share?.steps);
    this.routeCache = { key, route };
    return route;
  }

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const title = config.stapTracker.title ? this.i18n.text(config.stapTracker.title) : t('title');
    const family = this.session.family;
    return html`
      <h2 id="title" tabindex="-1">${title}</h2>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.notice ? html`<p class=${this.notice.kind === 'error' ? 'error' : ''} role=${this.notice.kind === 'error' ? 'alert' : 'status'}>${this.notice.text}</p>` : nothing}
      ${!family || this.editingFamily ? this.renderStart(config) : this.renderRoute(config, family)}
    `;
  }

  // ---- start ------------------------------------------------------------------------------

  private renderStart(config: ResolvedConfig): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const f = this.session.family;
    const radio = (name: string, value: string, label: string, checked: boolean) =>
      html`<label class="choice"><input type="radio" name=${name} value=${value} ?checked=${checked} />${label}</label>`;
    const err = (name: string) => (this.startErrors.includes(name) ? html`<p class="error" id=${`err-${name}`}>${t('start.missing')}</p>` : nothing);
    const desc = (name: string) => (this.startErrors.includes(name) ? `err-${name}` : undefined);
    return html`
      <p class="intro">${t('intro')}</p>
      <form class="start panel" novalidate @submit=${this.onStart} aria-labelledby="start-heading">
        <h3 id="start-heading" tabindex="-1">${t('start.heading')}</h3>
        ${this.startErrors.length
          ? html`<div class="error-summary" role="alert"><p><strong>${t('start.errorsHeading')}</strong></p>
              <ul>${this.startErrors.map((n) => html`<li><a href=${`#q-${n}`} @click=${(e: Event) => this.focusField(e, n)}>${t(n === 'relation' ? 'start.relation' : n === 'children' ? 'start.children' : 'start.help')}</a></li>`)}</ul></div>`
          : nothing}
        <fieldset id="q-relation" aria-describedby=${desc('relation') ?? nothing}>
          <legend>${t('start.relation')}</legend>${err('relation')}
          <div class="choices">
            ${(['getrouwd', 'geregistreerd', 'samenwonend'] as const).map((r) => radio('relation', r, t(`start.${r}`), f?.relation === r))}
          </div>
        </fieldset>
        <fieldset id="q-children" aria-describedby=${desc('children') ?? nothing}>
          <legend>${t('start.children')}</legend>${err('children')}
          <div class="choices">${radio('children', 'yes', t('start.yes'), f?.minorChildren === true)}${radio('children', 'no', t('start.no'), f?.minorChildren === false)}</div>
        </fieldset>
        <fieldset id="q-help" aria-describedby=${desc('help') ?? nothing}>
          <legend>${t('start.help')}</legend>${err('help')}
          <div class="choices">${radio('help', 'yes', t('start.yes'), f?.hasHelp === true)}${radio('help', 'no', t('start.no'), f?.hasHelp === false)}</div>
        </fieldset>
        <p class="hint">${t('start.privacy')}</p>
        <button class="button" type="submit">${t('start.submit')}</button>
      </form>
      ${this.canShare(config) && !this.editingFamily ? this.renderJoin() : nothing}
    `;
  }

  private focusField(e: Event, name: string): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#q-${name} input`)?.focus();
  }

  private onStart(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const relation = data.get('relation') as Relation | null;
    const children = data.get('children');
    const help = data.get('help');
    const missing = [relation ? '' : 'relation', children ? '' : 'children', help ? '' : 'help'].filter(Boolean);
    this.startErrors = missing;
    if (missing.length) return;
    const answers: Family = { relation: relation!, minorChildren: children === 'yes', hasHelp: help === 'yes' };
    this.editingFamily = false;
    this.session.start(answers);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  /** The join form: on the start screen (level 3), or inside the share panel (level 4). */
  private renderJoin(level: 3 | 4 = 3): TemplateResult {
    const t = (k: string) => this.i18n.t(k);
    const heading = t('join.heading');
    return html`<form class="join panel" @submit=${this.onJoin} aria-labelledby="join-heading">
      ${level === 3 ? html`<h3 id="join-heading">${heading}</h3>` : html`<h4 id="join-heading">${heading}</h4>`}
      <p>${t('join.intro')}</p>
      <div class="field">
        <label for="join-code">${t('join.label')}</label>
        <span class="hint" id="join-hint">${t('join.hint')}</span>
        ${this.joinError ? html`<p class="error" id="join-error" role="alert">${this.errorText(this.joinError, 'join')}</p>` : nothing}
        <input id="join-code" name="code" autocomplete="off" spellcheck="false" .value=${this.joinCode} @input=${(e: Event) => (this.joinCode = (e.target as HTMLInputElement).value)}
          aria-describedby=${this.joinError ? 'join-hint join-error' : 'join-hint'} aria-invalid=${this.joinError ? 'true' : 'false'} />
      </div>
      ${this.session.family ? html`<p class="hint">${t('join.replaces')}</p>` : nothing}
      <button class="button secondary" type="submit" ?disabled=${this.busy}>${t('join.submit')}</button>
    </form>`;
  }

  private async onJoin(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const code = normalizeCode(this.joinCode);
    if (code.length < 4) {
      this.joinError = { reason: 'wrong-code' };
      return;
    }
    this.busy = true;
    this.joinError = await this.session.join(code);
    this.busy = false;
    if (!this.joinError) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  private errorText(error: SessionError, area: 'join' | 'share'): string {
    if (error.message) return this.i18n.lang.startsWith('en') ? error.message.en : error.message.nl;
    if (area === 'share') return this.i18n.t(error.reason === 'offline' ? 'share.offlineError' : 'join.server');
    return this.i18n.t(`join.${error.reason}`);
  }

  // ---- route ------------------------------------------------------------------------------

  private renderRoute(config: ResolvedConfig, family: Family): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const route = this.route;
    const steps = allSteps(route);
    const total = progressOf(steps, this.session.state);
    const next = nextStep(route, this.session.state);
    const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));
    const allOpen = steps.length > 0 && steps.every((s) => this.openSteps.has(s.id));
    const summary = [
      t(`family.${family.relation}`),
      t(family.minorChildren ? 'family.children' : 'family.noChildren'),
      t(family.hasHelp ? 'family.help' : 'family.noHelp'),
    ].join(', ');
    return html`
      <div class="screen-only">
        <p class="family">
          ${summary}.
          ${this.session.share
            ? nothing
            : html`<button type="button" class="button link" @click=${() => (this.editingFamily = true)}>${t('family.change')}</button>`}
        </p>
        ${this.session.share?.role === 'begeleider' ? html`<p><strong>${t('begeleider')}</strong></p>` : nothing}
        ${this.session.share ? this.renderSync() : nothing}
        <div class="progress">
          <p id="progress-label"><strong>${t('progress.label')}:</strong> ${t('progress.total', { count: total.total, finished: total.finished, total: total.total })}</p>
          <progress aria-labelledby="progress-label" max=${total.total} .value=${total.finished}></progress>
        </div>
        <section class="next panel" part="next" aria-labelledby="next-heading">
          <h3 id="next-heading">${t('next.heading')}</h3>
          ${next
            ? html`<p><button type="button" class="button link" @click=${() => this.openStep(next.step.id)}>${t(`next.${next.reason}`, { title: this.i18n.text(next.step.title) })}</button></p>`
            : html`<p>${steps.some((s) => statusOf(this.session.state, s.id) === 'waiting') ? t('next.waiting') : t('next.done')}</p>`}
        </section>
        <p><button type="button" class="button secondary" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.toggleAll(steps, !allOpen)}>${allOpen ? t('hideAll') : t('showAll')}</button></p>
        <ol class="phases">
          ${route.map((phase, i) => this.renderPhase(config, phase, i + 1, numbers))}
        </ol>
        ${this.session.share?.role === 'begeleider' && !this.session.readOnly ? this.renderAddStep(config) : nothing}
        ${this.canShare(config) ? this.renderShare(steps) : nothing}
        ${this.renderTools()}
      </div>
      ${this.printing || this.printPreview ? renderPrintSummary(route, this.session.state, this.i18n, summary) : nothing}
    `;
  }

  private renderPhase(config: ResolvedConfig, phase: TrackedPhase, n: number, numbers: Map<string, number>): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const p = progressOf(phase.steps, this.session.state);
    return html`<li>
      <span class="phase-number" aria-hidden="true">${n}</span>
      <h3><span class="visually-hidden">${t('phase', { n })}: </span>${this.i18n.text(phase.title)}</h3>
      <p class="phase-progress">${t('progress.phase', { finished: p.finished, total: p.total })}</p>
      <ol class="steps">
        ${phase.steps.map((step) => this.renderStep(config, step, numbers.get(step.id)!))}
      </ol>
    </li>`;
  }

  private renderStep(config: ResolvedConfig, step: TrackedStep, n: number): TemplateResult {
    const t = (k: string) => this.i18n.t(k);
    const status = statusOf(this.session.state, step.id);
    const open = this.openSteps.has(step.id);
    return html`<li>
      <details part="step" id=${`step-${step.id}`} ?open=${open} @toggle=${(e: Event) => this.onToggle(step.id, (e.target as HTMLDetailsElement).open)}>
        <summary>
          <span class="step-title"><span class="step-number">${this.i18n.t('stepNumber', { n })}: </span>${this.i18n.text(step.title)}</span>
          ${step.required ? html`<span class="tag required">${t('required')}</span>` : nothing}
          <span class="tag" data-status=${status}><span class="visually-hidden">${t('status.label')}: </span>${statusLabel(this.i18n, status)}</span>
        </summary>
        ${open
          ? renderStepBody(step, config, this.session, this.i18n, {
              onStatus: (value) => this.setStatus(step, value),
              onWho: (value) => this.session.change(step.id, 'who', value),
              onDate: (value) => this.session.change(step.id, 'date', value),
              onNotes: (value) => this.session.change(step.id, 'notes', value),
              onComment: (value) => this.session.change(step.id, 'comment', value),
            })
          : nothing}
      </details>
    </li>`;
  }

  private onToggle(id: string, open: boolean): void {
    if (open === this.openSteps.has(id)) return;
    const next = new Set(this.openSteps);
    if (open) next.add(id);
    else next.delete(id);
    this.openSteps = next;
  }

  private toggleAll(steps: TrackedStep[], open: boolean): void {
    this.openSteps = open ? new Set(steps.map((s) => s.id)) : new Set();
  }

  private openStep(id: string): void {
    this.onToggle(id, true);
    void this.updateComplete.then(() => {
      const summary = this.renderRoot.querySelector<HTMLElement>(`#step-${id} > summary`);
      summary?.scrollIntoView?.({ block: 'start' });
      summary?.focus();
    });
  }

  /** A status change by the person using the widget: keep it, announce it, tell the site. */
  setStatus(step: TrackedStep, status: StepStatus): void {
    this.session.change(step.id, 'status', status);
    const total = progressOf(allSteps(this.route), this.session.state);
    this.announcement = this.i18n.t('progress.announce', {
      step: this.i18n.text(step.title),
      status: statusLabel(this.i18n, status),
      progress: this.i18n.t('progress.total', { count: total.total, finished: total.finished, total: total.total }),
    });
    fire(this, 'digiplein-stap-changed', { stepId: step.id, status });
  }

  // ---- begeleider -------------------------------------------------------------------------

  private renderAddStep(config: ResolvedConfig): TemplateResult {
    const t = (k: string) => this.i18n.t(k);
    return html`<form class="panel" @submit=${this.onAddStep} aria-labelledby="add-heading">
      <h3 id="add-heading">${t('addStep.heading')}</h3>
      <div class="field">
        <label for="add-phase">${t('addStep.phase')}</label>
        <select id="add-phase" name="phase">${config.route.phases.map((p) => html`<option value=${p.id}>${this.i18n.text(p.title)}</option>`)}</select>
      </div>
      <div class="field">
        <label for="add-title">${t('addStep.title')}</label>
        <input id="add-title" name="title" maxlength="200" />
      </div>
      <div class="field">
        <label for="add-todo">${t('addStep.todo')}</label>
        <textarea id="add-todo" name="todo" maxlength="2000"></textarea>
      </div>
      <button class="button secondary" type="submit">${t('addStep.submit')}</button>
    </form>`;
  }

  private onAddStep(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    if (!title) {
      this.notice = { kind: 'error', text: this.i18n.t('addStep.missing') };
      form.querySelector<HTMLInputElement>('#add-title')?.focus();
      return;
    }
    const todo = String(data.get('todo') ?? '').trim();
    const id = `extra-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    this.session.change(id, 'add', { phase: String(data.get('phase')), title, ...(todo ? { todo } : {}) });
    form.reset();
    this.notice = { kind: 'ok', text: this.i18n.t('addStep.done') };
  }

  // ---- sharing ----------------------------------------------------------------------------

  private canShare(config: ResolvedConfig): boolean {
    return Boolean(config.endpoints.api) && config.stapTracker.share !== false;
  }

  private renderSync(): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const s = this.session;
    const share = s.share!;
    const time = s.lastSync ? new Intl.DateTimeFormat(this.i18n.lang, { hour: '2-digit', minute: '2-digit' }).format(s.lastSync) : '';
    const text =
      s.status === 'offline'
        ? s.pending.size ? t('share.offline', { count: s.pending.size }) : t('share.offlineNone')
        : s.status === 'closed' ? t('share.closed')
        : s.status === 'removed' ? t('share.removed')
        : s.status === 'synced' ? t('share.synced', { time })
        : t('share.syncing');
    return html`<div class="sync panel" data-status=${s.status}>
      <p>${t('share.role', { role: t(`who.${share.role}`) })} ${t('share.code')} <span class="code">${formatCode(share.code)}</span>.</p>
      <p>${text}</p>
      ${(s.status === 'closed' || s.status === 'removed') && share.role !== 'begeleider'
        ? html`<button type="button" class="button secondary" @click=${() => s.detach()}>${t('share.keepCopy')}</button>`
        : nothing}
    </div>`;
  }

  private renderShare(steps: TrackedStep[]): TemplateResult {
    const t = (k: string) => this.i18n.t(k);
    const share = this.session.share;
    const closed = this.session.readOnly;
    return html`<section class="panel" aria-labelledby="share-heading">
      <h3 id="share-heading">${t('share.heading')}</h3>
      ${this.shareNotice ? html`<p class=${this.shareNotice.kind === 'error' ? 'error' : ''} role=${this.shareNotice.kind === 'error' ? 'alert' : 'status'}>${this.shareNotice.text}</p>` : nothing}
      ${!share
        ? html`<p>${t('share.intro')}</p>
            <button type="button" class="button" ?disabled=${this.busy} @click=${() => this.onShare(steps)}>${this.busy ? t('share.busy') : t('share.button')}</button>
            ${this.renderJoin(4)}`
        : html`
            ${share.role === 'parent1' && share.link
              ? html`<p>${t('share.link')}: <a href=${share.link}>${share.link}</a></p>`
              : nothing}
            ${share.role !== 'begeleider' ? html`<p class="hint">${t('share.codeHint')}</p>` : nothing}
            ${share.role !== 'begeleider' && !closed
              ? html`<p class="hint" id="leave-hint">${t('share.leaveHint')}</p>
                  <button type="button" class="button secondary" aria-describedby="leave-hint" @click=${this.onLeave}>${t('share.leave')}</button>`
              : nothing}
            ${share.role === 'begeleider' && !closed
              ? this.confirm === 'close'
                ? html`<p role="alert">${t('share.closeConfirm')}</p>
                    <div class="actions"><button type="button" class="button danger" @click=${this.onClose}>${t('share.closeYes')}</button>
                    <button type="button" class="button secondary" @click=${() => (this.confirm = undefined)}>${t('tools.wipeNo')}</button></div>`
                : html`<button type="button" class="button secondary" @click=${() => (this.confirm = 'close')}>${t('share.close')}</button>`
              : nothing}
          `}
    </section>`;
  }

  private async onShare(steps: TrackedStep[]): Promise<void> {
    this.busy = true;
    this.shareNotice = undefined;
    const page = location.protocol.startsWith('http') ? location.href.split('#')[0] : undefined;
    const error = await this.session.shareRoute(steps.filter((s) => !s.added).map((s) => s.id), page);
    this.busy = false;
    if (error) this.shareNotice = { kind: 'error', text: this.errorText(error, 'share') };
  }

  private async onLeave(): Promise<void> {
    const error = await this.session.leave();
    this.shareNotice = error ? { kind: 'error', text: this.errorText(error, 'share') } : { kind: 'ok', text: this.i18n.t('share.left') };
  }

  private async onClose(): Promise<void> {
    this.confirm = undefined;
    const error = await this.session.close();
    this.shareNotice = error ? { kind: 'error', text: this.errorText(error, 'share') } : { kind: 'ok', text: this.i18n.t('share.closed_done') };
  }

  // ---- keep, print, wipe ------------------------------------------------------------------

  private renderTools(): TemplateResult {
    const t = (k: string) => this.i18n.t(k);
    const desk = this.ephemeral;
    return html`<section class="tools panel" aria-labelledby="tools-heading">
      <h3 id="tools-heading">${t('tools.heading')}</h3>
      <div class="actions">
        <button type="button" class="button secondary" @click=${this.onExport}>${t('tools.export')}</button>
        <button type="button" class="button secondary" @click=${() => window.print()}>${t('tools.print')}</button>
      </div>
      ${desk
        ? nothing
        : html`<div class="field">
              <label for="import">${t('tools.import')}</label>
              <span class="hint" id="import-hint">${t('tools.importHint')}</span>
              <input type="file" id="import" accept="application/json,.json" aria-describedby="import-hint" @change=${this.onImport} />
            </div>
            ${this.confirm === 'wipe'
              ? html`<p role="alert">${t('tools.wipeConfirm')} ${this.session.share ? t('tools.wipeShared') : ''}</p>
                  <div class="actions">
                    <button type="button" class="button danger" @click=${this.onWipe}>${t('tools.wipeYes')}</button>
                    <button type="button" class="button secondary" @click=${() => (this.confirm = undefined)}>${t('tools.wipeNo')}</button>
                  </div>`
              : html`<button type="button" class="button secondary" @click=${() => (this.confirm = 'wipe')}>${t('tools.wipe')}</button>`}`}
    </section>`;
  }

  private onExport(): void {
    if (!this.session.family) return;
    downloadFile(toExportFile(this.session.family, this.session.changes), 'stappenplan-digiplein.json');
  }

  private async onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.importText(await file.text());
    input.value = '';
  }

  /** Imports the text of an exported file; a broken file changes nothing and says why. */
  async importText(text: string): Promise<boolean> {
    const result = parseExportFile(text);
    if (!result.ok) {
      this.notice = { kind: 'error', text: this.i18n.t(`tools.${result.reason}`) };
      return false;
    }
    this.session.importFile(result.file);
    this.notice = { kind: 'ok', text: this.i18n.t('tools.imported') };
    return true;
  }

  private onWipe(): void {
    this.confirm = undefined;
    this.session.wipe();
    this.openSteps = new Set();
    this.notice = { kind: 'ok', text: this.i18n.t('tools.wiped') };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#start-heading')?.focus());
  }

  /** For tests and the desk: the route session behind the widget. */
  get routeSession(): RouteSession {
    return this.session;
  }
}

