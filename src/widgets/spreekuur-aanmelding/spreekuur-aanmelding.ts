import { SafetyController, assessSafety, safetyLoaded, safetySettled } from '../../core/safety/index.js';
import { heading } from '../../core/ui/heading.js';
import { revealSafety } from '../../core/ui/parts.js';
import { focusField } from '../../core/ui/focus-field.js';
import { html, nothing } from 'lit';
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
import '../../core/events/aanmelding-submitted.js';
import { QUESTION_MAX, detailFields, detailsPayload, emptyDetails, validateDetails } from '../../core/api/signups.js';
import type { DetailsInput, FieldError, Slot } from '../../core/api/signups.js';
import { cancelSignup, fetchSlots, lookupSignup, postSignup } from '../../core/api/signups-client.js';
import type { FlowActions, FlowState, ShownError, StepContext } from './context.js';
import { confirmationStore, draftStore, newKey } from './draft.js';
import type { Draft, Step } from './draft.js';
import { cancelLinkFor, parseCancelLink } from './cancel-link.js';
import { renderStepIndicator } from './steps/shared.js';
import { RETRY_DELAYS, retryDelay } from './retry.js';
import { orderSpreekuren, staticSlots } from './slots.js';
import { amsterdamDate } from '../../core/time/amsterdam.js';
import { renderTime } from './steps/time.js';
import { LazyView, lazyModule } from '../../core/lazy/view.js';
import { renderWhat } from './steps/what.js';
import { aanmeldingStyles } from './styles.js';
import { translations } from './locales/index.js';

const freshState = (): FlowState => ({
  step: 'what',
  details: emptyDetails(),
  honeypot: '',
  key: newKey(),
  slots: { status: 'idle' },
  errors: [],
  send: { status: 'idle' },
  cancel: 'idle',
});

/** Code of a later part, shared by every element on the page (see core/lazy/view.ts). */
const laterStepsCode = lazyModule(() => import('./later-steps.js'));

/** The outline of the first screen while the config loads (see the element's `skeleton`). */
const skeleton: TextSkeleton = {
  heading: 28,
  text: [12, 44, 36, 34],
  boxes: [
    [30, 90, 90],
    [30, 90, 90],
    [30, 90, 90],
  ],
  action: true,
};

/**
 * Lets a parent sign up for a spreekuur or meeting in a few steps (what, time, details, check,
 * confirmation) without ever losing what they typed: the draft is kept in this tab once they
 * start typing, a failing network is retried with the same idempotency key, and a time that was
 * just taken sends them back to choose another with the form kept.
 *
 * Without `endpoints.api` in the config the times come from the config and the sign-up becomes a
 * prefilled e-mail to the spreekuur's `email`.
 *
 * @summary Sign up for a spreekuur or meeting of the gemeente.
 * @tagname digiplein-spreekuur-aanmelding
 * @fires digiplein-aanmelding-submitted - A sign-up was booked (or handed to the e-mail program). Detail: `{ reference?, spreekuur, via }`; no personal data.
 * @csspart base - The widget's outer box.
 * @csspart steps - The step indicator.
 * @csspart error-summary - The error summary at the top of a step.
 * @csspart summary - The list of answers on the check step.
 * @csspart confirmation - The reference number and summary after signing up.
 * @csspart calendar - The "add to calendar" link.
 * @csspart skeleton - The calm placeholder shown while the config loads.
 * @cssprop --digiplein-accent-color - Buttons, the current step and chosen options.
 * @cssprop --digiplein-danger-color - Error messages and the error summary's border.
 */
export class SpreekuurAanmelding extends DigipleinElement {
  /**
   * While the config loads: the heading, where the parent is in the steps, the question, the
   * spreekuren to choose from (each a title, where and what) and the next button; as text that
   * wraps, so it keeps the first step's height on a phone and a wide screen alike.
   */
  protected override readonly skeleton: SkeletonShape = textSkeleton(skeleton);

  static override styles = [...DigipleinElement.styles, textSkeletonStyles, aanmeldingStyles];

  /** Id of a spreekuur in the config to preselect (the first step is then skipped). */
  @property({ reflect: true }) spreekuur?: string;

  /** Waits between automatic retries in milliseconds (tests shorten them). */
  @property({ attribute: false }) retryDelays: readonly number[] = RETRY_DELAYS;

  protected readonly i18n = new I18nController(this, 'aanmelding', translations);
  /** Loads the national safety lexicon on the first input, and renders again when it is there. */
  protected readonly safetyLexicon = new SafetyController(this);

  @state() private flow: FlowState = freshState();
  private readonly store = draftStore();
  private readonly confirmation = confirmationStore();
  /** True once the parent typed something: only then is the draft written. */
  private typed = false;
  private attempts = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private lookingUp = false;
  private counterTimer?: ReturnType<typeof setTimeout>;
  /** The safety help under the question just appeared: bring it into view, focus stays in the field. */
  private revealSafetyCard = false;
  /** The steps after a time is chosen: their code loads on the first touch in the widget. */
  private readonly laterSteps = new LazyView(this, laterStepsCode, { prefetch: 'interaction' });
  private focusAfterRender?: 'heading' | 'summary' | 'notice';
  private preselectDone = false;
  private restored = false;
  private readonly onOnline = () => {
    if (this.flow.send.status === 'offline' || this.flow.send.status === 'waiting') void this.send();
  };

  constructor() {
    super();
    new DataClearedController(this, () => this.reset());
  }

  /**
   * Brings back the draft or the last confirmation of this tab, at the first config sync (when
   * the `spreekuur` attribute is known): only for the same spreekuur, or when none was asked
   * for, so a second sign-up form on the page never shows another spreekuur's details.
   */
  private restoreOnce(): void {
    if (this.restored) return;
    this.restored = true;
    const draft = this.store.get();
    const kept = draft ? undefined : this.confirmation.get();
    const restoredId = draft?.spreekuur ?? kept?.response.spreekuur;
    if (this.spreekuur && restoredId && this.spreekuur !== restoredId) return;
    if (kept) {
      this.preselectDone = true;
      this.flow = {
        ...this.flow,
        step: 'done',
        spreekuur: kept.response.spreekuur,
        result: { via: 'api', response: kept.response },
        cancelUrl: kept.cancelUrl,
      };
    }
    if (draft) {
      this.typed = true;
      this.preselectDone = true;
      this.flow = {
        ...this.flow,
        step: draft.step === 'done' ? 'check' : draft.step,
        spreekuur: draft.spreekuur,
        slot: draft.slot,
        details: draft.details,
        key: draft.key,
        startedAt: draft.startedAt,
      };
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    const link = parseCancelLink(location.hash);
    if (link) this.flow = { ...this.flow, cancelLink: link, cancel: 'idle' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
    clearTimeout(this.counterTimer);
  }

  // ------------------------------------------------------------------------------------------
  // state

  private patch(next: Partial<FlowState>): void {
    this.flow = { ...this.flow, ...next };
    this.persist();
  }

  private persist(): void {
    if (!this.typed || this.flow.step === 'done') return;
    const { step, spreekuur, slot, details, key, startedAt } = this.flow;
    const draft: Draft = { v: 1, step, spreekuur, slot, details, key, startedAt };
    this.store.set(draft);
  }

  private reset(): void {
    clearTimeout(this.retryTimer);
    this.store.remove();
    this.confirmation.remove();
    this.typed = false;
    this.attempts = 0;
    this.flow = freshState();
    this.preselectDone = false;
  }

  private get resolved(): ResolvedConfig | undefined {
    const s = this.configController.state;
    return s.status === 'ready' ? s.config : undefined;
  }

  private get api(): string | undefined {
    return this.resolved?.endpoints.api;
  }

  /** The spreekuren a parent can sign up for here: with a server, all; without, those with an e-mail address. */
  private spreekuren(config: ResolvedConfig) {
    return orderSpreekuren(config).filter((s) => config.endpoints.api || s.email);
  }

  private go(step: Step, focus: 'heading' | 'summary' | 'notice' = 'heading'): void {
    this.patch({ step, errors: [], notice: focus === 'notice' ? this.flow.notice : undefined });
    this.focusAfterRender = focus;
    if (step === 'details' && this.flow.startedAt === undefined) this.patch({ startedAt: Date.now() });
  }

  private showErrors(errors: ShownError[]): void {
    this.patch({ errors });
    this.focusAfterRender = 'summary';
  }

  private fieldMessages(errors: readonly FieldError[]): ShownError[] {
    return errors.map((e) => ({ field: e.field, target: this.fieldTarget(e.field), message: this.i18n.t(`errors.${e.key}`, e.values) }));
  }

  /** The control the error summary links to for a field (a radio group: its first option). */
  private fieldTarget(field: string): string {
    return field === 'contactBy' ? 'contactBy-email' : field;
  }

  // ------------------------------------------------------------------------------------------
  // slots

  private async loadSlots(): Promise<void> {
    const config = this.resolved;
    const id = this.flow.spreekuur;
    const spreekuur = config?.spreekuren.find((s) => s.id === id);
    if (!config || !spreekuur) return;
    if (!config.endpoints.api) {
      this.flow = { ...this.flow, slots: { status: 'ready', spreekuur: spreekuur.id, slots: staticSlots(spreekuur) } };
      return;
    }
    this.flow = { ...this.flow, slots: { status: 'loading', spreekuur: spreekuur.id } };
    const result = await fetchSlots(config.endpoints.api, spreekuur.id);
    if (this.flow.spreekuur !== spreekuur.id) return;
    this.flow = {
      ...this.flow,
      slots: result.ok ? { status: 'ready', spreekuur: spreekuur.id, slots: result.value } : { status: 'failed', spreekuur: spreekuur.id },
    };
  }

  // ------------------------------------------------------------------------------------------
  // actions

  private readonly actions: FlowActions = {
    chooseSpreekuur: (id) => {
      if (id !== this.flow.spreekuur) this.patch({ spreekuur: id, slot: undefined, slots: { status: 'idle' } });
      this.patch({ errors: [] });
    },
    chooseSlot: (slot: Slot) => this.patch({ slot: { id: slot.id, start: slot.start, end: slot.end }, errors: [] }),
    chooseDay: (day) =>
      this.patch({ day, slot: this.flow.slot && amsterdamDate(this.flow.slot.start) === day ? this.flow.slot : undefined }),
    input: (field, value) => {
      this.typed = true;
      this.patch({ details: { ...this.flow.details, [field]: value } as DetailsInput });
      if (field === 'question') this.announceCounter();
    },
    questionDone: () => this.checkQuestion(), // leaving the field: no need to wait for the pause
    honeypot: (value) => this.patch({ honeypot: value }),
    next: () => this.next(),
    back: () => {
      const order: Step[] = ['what', 'time', 'details', 'check'];
      const i = order.indexOf(this.flow.step);
      if (i > 0) this.go(order[i - 1]!);
    },
    goTo: (step) => this.go(step),
    retrySlots: () => void this.loadSlots(),
    send: () => void this.send(),
    mailtoOpened: () => {
      const href = this.laterSteps.ready?.signupMailto(this.context(this.resolved!));
      if (!href) return;
      this.store.remove();
      this.typed = false;
      this.flow = { ...this.flow, step: 'done', result: { via: 'mailto', href } };
      this.focusAfterRender = 'heading';
      fire(this, 'digiplein-aanmelding-submitted', { spreekuur: this.flow.spreekuur!, via: 'mailto' });
    },
    focusField: (target, event) => focusField(event, this.renderRoot, `#${CSS.escape(target)}`),
    askCancel: () => {
      this.flow = { ...this.flow, cancel: 'confirm' };
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#cancel-yes')?.focus());
    },
    cancel: (confirmed) => void this.cancel(confirmed),
    restart: () => {
      this.confirmation.remove();
      if (this.flow.cancelLink) history.replaceState(history.state, '', location.pathname + location.search);
      this.flow = { ...freshState(), spreekuur: this.flow.cancelLink ? undefined : this.flow.spreekuur };
      this.focusAfterRender = 'heading';
    },
  };

  private next(): void {
    const config = this.resolved;
    if (!config) return;
    const { step } = this.flow;
    const first = this.spreekuren(config)[0];
    if (step === 'what') {
      if (!this.flow.spreekuur || !config.spreekuren.some((s) => s.id === this.flow.spreekuur)) {
        return this.showErrors([{ field: 'spreekuur', target: `spreekuur-${first?.id}`, message: this.i18n.t('errors.what.required') }]);
      }
      this.go('time');
      void this.loadSlots();
    } else if (step === 'time') {
      if (!this.flow.slot) return this.showErrors([{ field: 'slot', target: 'slot-first', message: this.i18n.t('errors.time.required') }]);
      this.go('details');
    } else if (step === 'details') {
      const result = validateDetails(detailsPayload(this.flow.details), this.questionMax(config));
      if (!result.ok) return this.showErrors(this.fieldMessages(result.errors));
      this.go('check');
    }
  }

  /** Says how many characters are left once the parent pauses, not at every key (GOV.UK's character count). */
  private announceCounter(): void {
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => this.checkQuestion(), 1000);
  }

  /**
   * The pause after typing (or leaving the field): announce the characters left and check the
   * question for danger like every free-text field, so help shows at once, before sending. The
   * help is brought into view; focus stays where the parent is.
   */
  private checkQuestion(): void {
    clearTimeout(this.counterTimer);
    const config = this.resolved;
    if (!config) return;
    const left = this.questionMax(config) - this.flow.details.question.length;
    const counter = left >= 0 ? this.i18n.t('details.charsLeft', { count: left }) : this.i18n.t('details.charsOver', { count: -left });
    // checked again with the national lexicon once that has loaded (it loads on the first input)
    if (!safetySettled()) void safetyLoaded().then(() => this.checkQuestion());
    const questionSafety = assessSafety(config, this.flow.details.question);
    if (questionSafety && questionSafety.strength !== this.flow.questionSafety?.strength) this.revealSafetyCard = true;
    this.flow = { ...this.flow, questionSafety, counterNote: questionSafety ? `${this.i18n.t('details.safetyNote')} ${counter}` : counter };
  }

  private questionMax(config: ResolvedConfig): number {
    return Math.min(config.spreekuurAanmelding.questionMaxLength ?? QUESTION_MAX, QUESTION_MAX);
  }

  private async send(): Promise<void> {
    const config = this.resolved;
    const { spreekuur, slot, send } = this.flow;
    if (!config?.endpoints.api || !spreekuur || !slot || send.status === 'sending') return; // a double click sends once
    clearTimeout(this.retryTimer);
    this.patch({ send: { status: 'sending' } });
    const result = await postSignup(config.endpoints.api, {
      spreekuur,
      slot: slot.id,
      idempotencyKey: this.flow.key,
      details: detailsPayload(this.flow.details) as never,
      lang: this.i18n.servedLang === 'en' ? 'en' : 'nl',
      fillMs: Math.max(0, Date.now() - (this.flow.startedAt ?? 0)),
      website: this.flow.honeypot || undefined,
    });
    if (!this.isConnected) return;
    if (result.ok) {
      this.attempts = 0;
      this.store.remove();
      this.typed = false;
      const cancelUrl = cancelLinkFor(location.href, result.value.reference, result.value.cancelToken);
      this.confirmation.set({ response: result.value, cancelUrl });
      this.flow = {
        ...this.flow,
        step: 'done',
        result: { via: 'api', response: result.value },
        send: { status: 'idle' },
        key: newKey(),
        cancel: 'idle',
        cancelUrl,
      };
      this.focusAfterRender = 'heading';
      fire(this, 'digiplein-aanmelding-submitted', { reference: result.value.reference, spreekuur, via: 'api' });
      return;
    }
    const failure = result.failure;
    switch (failure.kind) {
      case 'unavailable': {
        const delay = retryDelay(this.attempts++, this.retryDelays);
        if (!navigator.onLine) this.patch({ send: { status: 'offline' } });
        else if (delay === undefined) this.patch({ send: { status: 'failed' } });
        else {
          this.patch({ send: { status: 'waiting', seconds: Math.max(1, Math.round(delay / 1000)) } });
          this.retryTimer = setTimeout(() => void this.send(), delay);
        }
        return;
      }
      case 'slot-taken':
        this.attempts = 0;
        this.patch({ slot: undefined, send: { status: 'idle' }, notice: this.i18n.t('time.taken') });
        this.go('time', 'notice');
        void this.loadSlots();
        return;
      case 'invalid': {
        // The widget checks with the same schema first, so this means the server is stricter
        // (or newer): show its own words next to the fields it names.
        this.attempts = 0;
        const lang = this.i18n.servedLang === 'en' ? 'en' : 'nl';
        const shown = failure.issues.map((issue) => {
          const field = issue.path.replace(/^details\./, '').split(/[.[]/)[0]!;
          const known = (detailFields as readonly string[]).includes(field);
          return { field: known ? field : 'name', target: known ? this.fieldTarget(field) : 'name', message: issue.message[lang] };
        });
        this.patch({ send: { status: 'idle' } });
        this.go('details');
        this.showErrors(shown);
        return;
      }
      case 'refused':
        this.attempts = 0;
        this.patch({ send: { status: 'refused', code: failure.code } });
    }
  }

  private async cancel(confirmed: boolean): Promise<void> {
    const result = this.flow.result;
    const target =
      this.flow.cancelLink ??
      (result?.via === 'api' ? { reference: result.response.reference, token: result.response.cancelToken } : undefined);
    if (!confirmed || !target || !this.api) {
      this.flow = { ...this.flow, cancel: 'idle' };
      return;
    }
    if (this.flow.cancel === 'cancelling') return;
    this.flow = { ...this.flow, cancel: 'cancelling' };
    const res = await cancelSignup(this.api, target.reference, target.token);
    this.flow = { ...this.flow, cancel: res.ok ? 'cancelled' : 'failed' };
    if (res.ok) this.confirmation.remove();
    if (res.ok) this.focusAfterRender = 'heading';
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  /** Runs after the config controller resolved the config, before rendering (changes here render at once). */
  protected override update(changed: PropertyValues): void {
    this.syncWithConfig();
    super.update(changed);
  }

  private syncWithConfig(): void {
    const config = this.resolved;
    if (!config) return;
    const link = this.flow.cancelLink;
    if (link && config.endpoints.api && this.flow.cancelDetails === undefined && !this.lookingUp) {
      // the cancel page says what is cancelled: the spreekuur, the day and the time
      this.lookingUp = true;
      void lookupSignup(config.endpoints.api, link.reference, link.token).then((r) => {
        this.lookingUp = false;
        this.flow = { ...this.flow, cancelDetails: r.ok ? r.value : 'unknown' };
      });
    }
    if (!this.restored) {
      this.restoreOnce();
      // a restored question shows its safety help again
      const question = this.flow.details.question;
      if (question) {
        this.flow = { ...this.flow, questionSafety: assessSafety(config, question) };
        if (!safetySettled())
          void safetyLoaded().then(() => (this.flow = { ...this.flow, questionSafety: assessSafety(config, question) }));
      }
    }
    // A spreekuur from the draft or the attribute that the config does not (or no longer) have.
    if (this.flow.spreekuur && !this.spreekuren(config).some((s) => s.id === this.flow.spreekuur) && this.flow.step !== 'done') {
      this.flow = { ...this.flow, spreekuur: undefined, slot: undefined, step: 'what' };
    }
    if (!this.preselectDone) {
      this.preselectDone = true;
      if (this.spreekuur && this.spreekuren(config).some((s) => s.id === this.spreekuur)) {
        this.flow = { ...this.flow, spreekuur: this.spreekuur, step: 'time' };
      }
    }
    if (this.flow.step === 'time' && this.flow.spreekuur && this.flow.slots.status === 'idle') void this.loadSlots();
  }

  private context(config: ResolvedConfig): StepContext {
    const spreekuren = this.spreekuren(config);
    return {
      i18n: this.i18n,
      config,
      spreekuren,
      current: config.spreekuren.find((s) => s.id === this.flow.spreekuur),
      state: this.flow,
      actions: this.actions,
      api: config.endpoints.api,
      questionMax: this.questionMax(config),
      level: this.level,
    };
  }

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const ctx = this.context(config);
    const step = this.flow.step;
    const link = this.flow.cancelLink;
    if (link && config.endpoints.api) {
      return html`<section class="aanmelding" aria-label=${this.i18n.t('heading')}>
        ${this.hideHeading ? nothing : heading(this.level, this.i18n.t('heading'), { id: 'aanmelding-heading' })}
        <div class="step" data-step="cancel">${this.laterSteps.render(this.i18n, (m) => m.renderCancelLink(ctx, link))}</div>
      </section>`;
    }
    const body =
      step === 'what'
        ? renderWhat(ctx)
        : step === 'time'
          ? renderTime(ctx)
          : this.laterSteps.render(this.i18n, (m) =>
              step === 'details'
                ? m.renderDetails(ctx)
                : step === 'check'
                  ? m.renderCheck(ctx, config.endpoints.api ? undefined : m.signupMailto(ctx))
                  : m.renderDone(ctx),
            );
    return html`<section class="aanmelding" aria-label=${this.i18n.t('heading')}>
      ${this.hideHeading ? nothing : heading(this.level, this.i18n.t('heading'), { id: 'aanmelding-heading' })}
      ${step === 'done' || !ctx.spreekuren.length ? nothing : renderStepIndicator(ctx)}
      <div class="step" data-step=${step}>${body}</div>
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.revealSafetyCard) {
      this.revealSafetyCard = false;
      revealSafety(this.renderRoot.querySelector('.question-safety .safety'));
    }
    const focus = this.focusAfterRender;
    if (!focus) return;
    // a later step whose code is still loading: focus moves when it is there
    if (!['what', 'time'].includes(this.flow.step) && !this.laterSteps.ready) return;
    this.focusAfterRender = undefined;
    const selector = focus === 'summary' ? '.error-summary' : focus === 'notice' ? '#notice' : '#step-heading';
    const target = this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector<HTMLElement>('#step-heading');
    target?.focus();
  }
}
