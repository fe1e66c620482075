import { SafetyController, assessSafety, safetyLoaded } from '../../core/safety/index.js';
import { revealSafety } from '../../core/ui/parts.js';
import { focusField } from '../../core/ui/focus-field.js';
import { html, nothing } from 'lit';
import { heading } from '../../core/ui/heading.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigipleinElement } from '../../core/element.js';
import type { SkeletonShape } from '../../core/ui/skeleton.js';
import { textSkeleton, textSkeletonStyles } from '../../core/ui/skeleton-text.js';
import type { TextSkeleton } from '../../core/ui/skeleton-text.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import { I18nController } from '../../core/i18n/index.js';
import { DataClearedController } from '../../core/storage/controller.js';
import { fire } from '../../core/events/fire.js';
import '../../core/events/stap-changed.js';
import '../../core/events/step-suggested.js';
import type { StepSuggestedDetail, StepSuggestedEvent } from '../../core/events/step-suggested.js';
import { formatCode, normalizeCode } from '../../core/api/routes.js';
import type { Family, Membership, StepStatus } from '../../core/api/routes.js';
import { allSteps, buildRoute, nextStep, progressOf } from './logic.js';
import type { TrackedPhase, TrackedStep } from './logic.js';
import { RouteSession } from './sync.js';
import type { SessionError } from './sync.js';
import { downloadFile, parseExportFile, routeStore, toExportFile } from './persistence.js';
import { freeTextSafetySelector, renderNotice, renderPhase, renderPrintSummary, renderProgress, statusLabel } from './phase-view.js';
import type { Notice, PhaseContext } from './phase-view.js';
import { errorText, renderJoin, renderShare, renderSync } from './share-view.js';
import type { ShareHandlers, ShareView } from './share-view.js';
import { readStart, renderStart } from './start-view.js';
import { renderAddStep, renderImportField, renderTools } from './tools-view.js';
import type { ToolsHandlers } from './tools-view.js';
import { stapTrackerStyles } from './styles.js';
import { nl } from './locales/nl.js';

/** The outline of the first screen while the config loads (see the element's `skeleton`). */
const skeleton: TextSkeleton = {
  heading: 27,
  text: [110],
  boxes: [
    [20, 22, [16, 30, 15], 42, [2, 3], 66, [2, 3], 52, 'button'],
    [28, 70, 4, 22, 'field', 'button'],
    [38, 20, 66, 'field'],
  ],
};

/**
 * The separation route as steps: a short start selects the steps that fit the family; each step
 * gets a status, who is doing it, a date and notes; progress per phase and in total, and what is
 * next. Kept on this device after the first answer; can be exported, imported, printed and
 * wiped; and shared with the other parent and a begeleider through a DigiPlein server.
 *
 * @tagname digiplein-stap-tracker
 * @summary Step-by-step overview of a separation, shared by both parents and their begeleider.
 * @fires digiplein-stap-changed - A person changed a step's status. Detail: `{ stepId, status }`.
 * Takes `digiplein-step-suggested` (from `<digiplein-training>` on the same page): the step is added
 * to the parent's route, in the phase they are in, and the event is answered with `preventDefault()`.
 * @csspart base - The widget's outer box.
 * @csspart step - One step (a `<details>` element).
 * @csspart next - The "what is next" box.
 * @csspart print - The one-page overview shown only when printing.
 * @csspart skeleton - The calm placeholder shown while the config loads.
 * @cssprop --digiplein-stap-tag-background-color - Background of the status tags.
 * @cssprop --digiplein-stap-line-color - The line and circles of the step-by-step layout.
 */
export class DigipleinStapTracker extends DigipleinElement {
  /**
   * While the config loads: the start: the heading and a short explanation; the three questions
   * with their choices side by side and the button; joining with a code; restoring a file. As
   * text that wraps, so it keeps the start's height on a phone and a wide screen alike.
   */
  protected override readonly skeleton: SkeletonShape = textSkeleton(skeleton);

  static override styles = [...DigipleinElement.styles, textSkeletonStyles, stapTrackerStyles];

  protected readonly i18n = new I18nController(this, 'stap-tracker', { nl, en: () => import('./locales/en.js').then((m) => m.en) });
  /** Loads the national safety lexicon on the first input, and renders again when it is there. */
  protected readonly safetyLexicon = new SafetyController(this);

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
  /** The result of the last import, shown under the file field. */
  @state() private importNotice: Notice;
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
  /** A step the parent asked another widget (the training) to put on their stappenplan. */
  private readonly onStepSuggested = (e: StepSuggestedEvent) => {
    if (e.defaultPrevented || this.configController.state.status !== 'ready' || this.session.readOnly) return;
    const title = this.i18n.text(e.detail.title);
    e.preventDefault();
    if (!this.session.family) {
      // no route yet: the step follows once the parent answered the start questions
      if (!this.pendingSuggestions.some((p) => p.stepId === e.detail.stepId)) this.pendingSuggestions.push(e.detail);
      e.detail.answer = 'after-start';
      this.notice = { kind: 'ok', text: this.i18n.t('addStep.afterStart', { title }) };
      return;
    }
    this.addSuggested(e.detail);
    e.detail.answer = 'added';
    this.notice = { kind: 'ok', text: this.i18n.t('addStep.suggested', { title }) };
  };
  /** Steps offered before the route existed (kept in memory for this visit). */
  private readonly pendingSuggestions: StepSuggestedDetail[] = [];

  private addSuggested(step: StepSuggestedDetail): void {
    const cs = this.configController.state;
    const id = `training-${step.stepId}`; // the same suggestion twice is one step
    if (cs.status !== 'ready' || this.session.state.added.some((s) => s.id === id)) return;
    const route = this.route;
    const phase = nextStep(route, this.session.state)?.step.phase ?? route.at(-1)?.id ?? cs.config.route.phases[0]?.id;
    if (!phase) return;
    this.session.change(id, 'add', { phase, title: this.i18n.text(step.title), todo: this.i18n.text(step.description) });
  }

  constructor() {
    super();
    new DataClearedController(this, () => {
      this.session.wipe();
      this.resetView();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.loaded) {
      this.loaded = true;
      // a second stap-tracker on the page (with an id) keeps its own route
      const twins = document.querySelectorAll(this.localName).length > 1;
      this.session = new RouteSession(this.ephemeral ? undefined : routeStore(twins ? this.id : ''), () => this.requestUpdate());
      this.session.load();
      const match = /digiplein-route=([A-Za-z0-9-]+)/.exec(location.hash);
      if (match) this.joinCode = formatCode(normalizeCode(match[1]!));
    }
    if (this.session.api) this.session.startSync();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    window.addEventListener('digiplein-step-suggested', this.onStepSuggested);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.stopSync();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('digiplein-step-suggested', this.onStepSuggested);
  }

  /** After the config is ready (the config controller resolves it during the update): connect to the server. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const cs = this.configController.state;
    if (cs.status !== 'ready') return;
    // a route now exists (started, joined, imported): steps offered before it was there land now
    if (this.session.family && this.pendingSuggestions.length && !this.session.readOnly) {
      for (const step of this.pendingSuggestions.splice(0)) this.addSuggested(step);
    }
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
      ${
        // hide-heading: the page says it already; the heading stays for screen readers, and as
        // the place focus goes to after the start or a join
        heading(this.level, title, { id: 'title', focusable: true, className: this.hideHeading ? 'visually-hidden' : undefined })
      }
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${renderNotice(this.notice)}
      ${!family || this.editingFamily ? this.renderStart(config) : this.renderRoute(config, family)}
    `;
  }

  // ---- start ------------------------------------------------------------------------------

  private renderStart(config: ResolvedConfig): TemplateResult {
    const join = this.canShare(config) && !this.editingFamily ? renderJoin(this.shareView, this.shareHandlers) : nothing;
    // a saved route can be put back on a new device without making a plan first
    const restore =
      this.ephemeral || this.editingFamily
        ? nothing
        : html`<section class="panel restore" aria-labelledby="restore-heading">
          ${heading(this.level + 1, this.i18n.t('tools.restoreHeading'), { id: 'restore-heading' })}
          ${renderImportField(this.i18n, 'import-start', this.importNotice, (e) => void this.onImport(e))}
        </section>`;
    return renderStart(
      this.i18n,
      this.session.family,
      this.startErrors,
      { onStart: (e) => this.onStart(e), onFocusField: (e, n) => this.focusField(e, n) },
      html`${join}${restore}`,
      this.level,
    );
  }

  /**
   * After the start, a join or an import the route replaces the form: focus goes to the widget's
   * heading, or, when the page hides it (`hide-heading`), to the first heading one can see.
   */
  private focusTop(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(this.hideHeading ? '#next-heading' : '#title')?.focus());
  }

  private focusField(e: Event, name: string): void {
    focusField(e, this.renderRoot, `#q-${name} input`);
  }

  private onStart(e: SubmitEvent): void {
    e.preventDefault();
    const { missing, answers } = readStart(e.target as HTMLFormElement);
    this.startErrors = missing;
    if (!answers) {
      // as the sign-up does: focus moves to the summary (the button is off-screen on a phone)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    this.editingFamily = false;
    this.session.start(answers);
    this.focusTop();
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
    if (!this.joinError) this.focusTop();
  }

  // ---- route ------------------------------------------------------------------------------

  private renderRoute(config: ResolvedConfig, family: Family): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const route = this.route;
    const steps = allSteps(route);
    const phases = this.phaseContext(config, new Map(steps.map((s, i) => [s.id, i + 1])));
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
          ${
            this.session.share
              ? nothing
              : html`<button type="button" class="button link" @click=${() => (this.editingFamily = true)}>${t('family.change')}</button>`
          }
        </p>
        ${this.session.share?.role === 'begeleider' ? html`<p><strong>${t('begeleider')}</strong></p>` : nothing}
        ${this.session.share ? renderSync(this.i18n, this.session) : nothing}
        ${renderProgress(route, this.session.state, this.i18n, (id) => this.openStep(id), this.level)}
        <p><button type="button" class="button secondary" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.toggleAll(steps, !allOpen)}>${allOpen ? t('hideAll') : t('showAll')}</button></p>
        <ol class="phases">
          ${route.map((phase, i) => renderPhase(phase, i + 1, phases))}
        </ol>
        ${this.session.share?.role === 'begeleider' && !this.session.readOnly ? renderAddStep(config, this.i18n, (e) => this.onAddStep(e), this.level) : nothing}
        ${this.canShare(config) ? renderShare(this.shareView, this.shareHandlers, steps) : nothing}
        ${renderTools({ i18n: this.i18n, level: this.level, ephemeral: this.ephemeral, confirmWipe: this.confirm === 'wipe', shared: Boolean(this.session.share), importNotice: this.importNotice }, this.toolsHandlers)}
      </div>
      ${this.printing || this.printPreview ? renderPrintSummary(route, this.session.state, this.i18n, summary) : nothing}
    `;
  }

  private phaseContext(config: ResolvedConfig, numbers: Map<string, number>): PhaseContext {
    const { session, i18n, openSteps } = this;
    return {
      config,
      session,
      i18n,
      level: this.level,
      openSteps,
      numbers,
      onToggle: (id, open) => this.onToggle(id, open),
      onStatus: (step, value) => this.setStatus(step, value),
      onFreeText: (step, field, value) => this.saveFreeText(config, step, field, value),
    };
  }

  /** Saves a note or comment; danger in it brings the safety help under the field into view and says so. */
  private saveFreeText(config: ResolvedConfig, step: TrackedStep, field: 'notes' | 'comment', value: string): void {
    this.session.change(step.id, field, value);
    void safetyLoaded().then(() => this.revealFreeTextSafety(config, step, field, value));
  }

  private revealFreeTextSafety(config: ResolvedConfig, step: TrackedStep, field: 'notes' | 'comment', value: string): void {
    if (!assessSafety(config, value)) return;
    // emptied first, so a second note with danger in it is announced again
    this.announcement = '';
    void this.updateComplete.then(() => {
      revealSafety(this.renderRoot.querySelector(freeTextSafetySelector(step.id, field === 'comment' ? 'comments' : 'notes')));
      this.announcement = this.i18n.t('safetyNote');
    });
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

  private get shareView(): ShareView {
    const { i18n, level, session, busy, shareNotice, joinCode, joinError } = this;
    return { i18n, level, session, busy, shareNotice, confirmClose: this.confirm === 'close', joinCode, joinError };
  }

  private readonly shareHandlers: ShareHandlers = {
    onJoin: (e) => void this.onJoin(e),
    onJoinCode: (value) => (this.joinCode = value),
    onShare: (steps) => void this.onShare(steps),
    onLeave: () => void this.onLeave(),
    onClose: () => void this.onClose(),
    onConfirmClose: (ask) => (this.confirm = ask ? 'close' : undefined),
  };

  private async onShare(steps: TrackedStep[]): Promise<void> {
    this.busy = true;
    this.shareNotice = undefined;
    const page = location.protocol.startsWith('http') ? location.href.split('#')[0] : undefined;
    const error = await this.session.shareRoute(
      steps.filter((s) => !s.added).map((s) => s.id),
      page,
    );
    this.busy = false;
    if (error) this.shareNotice = { kind: 'error', text: errorText(this.i18n, error, 'share') };
  }

  private async onLeave(): Promise<void> {
    const error = await this.session.leave();
    this.shareNotice = error
      ? { kind: 'error', text: errorText(this.i18n, error, 'share') }
      : { kind: 'ok', text: this.i18n.t('share.left') };
  }

  private async onClose(): Promise<void> {
    this.confirm = undefined;
    const error = await this.session.close();
    this.shareNotice = error
      ? { kind: 'error', text: errorText(this.i18n, error, 'share') }
      : { kind: 'ok', text: this.i18n.t('share.closed_done') };
  }

  // ---- keep, print, wipe ------------------------------------------------------------------

  private readonly toolsHandlers: ToolsHandlers = {
    onExport: () => this.onExport(),
    onImport: (e) => void this.onImport(e),
    onWipe: () => this.onWipe(),
    onConfirmWipe: (ask) => (this.confirm = ask ? 'wipe' : undefined),
  };

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
      this.importNotice = { kind: 'error', text: this.i18n.t(`tools.${result.reason}`) };
      return false;
    }
    const fromStart = !this.session.family;
    this.session.importFile(result.file);
    this.importNotice = { kind: 'ok', text: this.i18n.t('tools.imported') };
    // restored on the start screen: the route replaces the form, its heading takes focus
    if (fromStart) this.focusTop();
    return true;
  }

  /** Forgets what the screen still showed of the wiped route: open steps, questions, codes, messages. */
  private resetView(): void {
    this.confirm = undefined;
    this.openSteps = new Set();
    this.editingFamily = false;
    this.notice = undefined;
    this.shareNotice = undefined;
    this.joinError = undefined;
    this.joinCode = '';
    this.pendingSuggestions.length = 0; // wiped: a suggestion from before does not come back
  }

  private onWipe(): void {
    this.session.wipe();
    this.resetView();
    this.notice = { kind: 'ok', text: this.i18n.t('tools.wiped') };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#start-heading')?.focus());
  }

  /** For tests and the desk: the route session behind the widget. */
  get routeSession(): RouteSession {
    return this.session;
  }
}
