import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DigipleinElement } from '../../core/element.js';
import type { SkeletonShape } from '../../core/ui/skeleton.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { TrainingChapter, TrainingChapterEntry, TrainingSelfCheck, TrainingStep } from '../../core/config/schema/training.js';
import { fire } from '../../core/events/fire.js';
import '../../core/events/step-suggested.js';
import type { StepSuggestedDetail } from '../../core/events/step-suggested.js';
import { I18nController } from '../../core/i18n/index.js';
import { SafetyController, assessSafety, safetyLoaded } from '../../core/safety/index.js';
import { DataClearedController } from '../../core/storage/controller.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import { heading } from '../../core/ui/heading.js';
import { safeHref } from '../../core/ui/links.js';
import { renderSafetyCard, renderSafetyNotice, revealSafety } from '../../core/ui/parts.js';
import { chapterStatus, fitProgress, hasBody, nextChapter, partsOf, progressStore, startProgress } from './progress.js';
import { loadChapters } from './chapters.js';
import type { Progress } from './progress.js';
import { trainingStyles } from './styles.js';
import { emptyDraft, renderFollowUp } from './followup-view.js';
import { LazyView, lazyModule } from '../../core/lazy/view.js';
import type { FollowUpDraft, FollowUpState } from './followup-view.js';
import { nl } from './locales/nl.js';

/** Code of a later part, shared by every element on the page (see core/lazy/view.ts). */
const followUpFormCode = lazyModule(() => import('./followup-form.js'));

/**
 * An online training of a few chapters that a parent follows at their own pace: short parts to
 * read, questions to think about whose answers stay on the device, a self-check without grades,
 * and next steps for their stappenplan. Nothing is kept before the parent starts; then progress
 * is kept on this device only, so they resume where they left off. Printable summary of their
 * own answers, "Wis mijn antwoorden", and the safety help under any answer that signals danger.
 *
 * @tagname digiplein-training
 * @summary A training in chapters at the parent's own pace, with questions that stay on the device.
 * @fires digiplein-step-suggested - The parent wants a suggested step on their stappenplan. Detail: `{ stepId, title, description }`; a stap-tracker on the page takes it and calls `preventDefault()`.
 * @csspart base - The widget's outer box.
 * @csspart chapter - The chapter being read.
 * @csspart print - The summary shown only when printing.
 * @csspart skeleton - The calm placeholder shown while the config loads.
 * @cssprop --digiplein-training-tag-background-color - Background of the chapter status tags.
 */
export class DigipleinTraining extends DigipleinElement {
  /** While the config loads: an intro and the chapters. */
  protected override readonly skeleton: SkeletonShape = { lines: 2, rows: 8, action: false };
  static override styles = [...DigipleinElement.styles, trainingStyles];

  protected readonly i18n = new I18nController(this, 'training', { nl, en: () => import('./locales/en.js').then((m) => m.en) });
  /** Loads the national safety lexicon on the first input, and renders again when it is there. */
  protected readonly safetyLexicon = new SafetyController(this);

  /** Keep nothing on this device (a shared computer, a preview). */
  @property({ type: Boolean, reflect: true }) ephemeral = false;

  @state() private progress?: Progress;
  @state() private reading = false;
  @state() private confirmWipe = false;
  @state() private announcement = '';
  /** The answer to each suggested step's button: taken by the stap-tracker, or no stap-tracker here. */
  @state() private stepNotice: Record<string, 'added' | 'after-start' | 'no-tracker'> = {};
  /** The summary is rendered only for printing. */
  @state() private printing = false;
  /** The follow-up's form and sending: their code loads when a parent opens the form. */
  private readonly followUpForm = new LazyView(this, followUpFormCode);
  @state() private followUp: FollowUpState = { step: 'closed' };
  /** The follow-up form, in memory only: it is sent, never kept on the device. */
  @state() private draft: FollowUpDraft = emptyDraft();
  /** The national chapters' bodies, while they load or when they could not (./chapters.ts). */
  @state() private bodies: 'idle' | 'loading' | 'failed' = 'idle';

  private readonly store = progressStore();
  private loaded = false;
  /** A progress from before asks for the chapters' bodies once (to resume and print at once). */
  private preloaded = false;
  /** Reflection fields that showed safety help, so it is brought into view once, when it appears. */
  private readonly safetyShown = new Set<string>();
  private readonly onBeforePrint = () => {
    this.printing = true;
    this.performUpdate(); // synchronously, before the browser lays out the page for print
  };
  private readonly onAfterPrint = () => (this.printing = false);

  constructor() {
    super();
    new DataClearedController(this, () => this.reset());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.loaded) {
      this.loaded = true;
      if (!this.ephemeral) this.progress = this.store.get();
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.configController.state;
    if (this.progress && !this.preloaded && state.status === 'ready' && this.needsBodies(state.config)) {
      this.preloaded = true;
      // quietly: the overview works on the outline; opening or printing shows a failure
      loadChapters().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
  }

  private needsBodies(config: ResolvedConfig): boolean {
    return config.training.chapters.some((c) => !hasBody(c));
  }

  /** Resolves true once every chapter is whole (at once, without national outlines to fill in). */
  private loadBodies(config: ResolvedConfig): Promise<boolean> {
    if (!this.needsBodies(config)) return Promise.resolve(true);
    this.bodies = 'loading';
    return loadChapters().then(
      () => {
        this.bodies = 'idle';
        return true;
      },
      () => {
        this.bodies = 'failed';
        this.focusAfterUpdate('#bodies-failed');
        return false;
      },
    );
  }

  /** Prints the summary, with the chapters' bodies (the questions it repeats). */
  private print(config: ResolvedConfig): void {
    void this.loadBodies(config).then((ok) => ok && window.print());
  }

  private reset(): void {
    this.progress = undefined;
    this.draft = emptyDraft();
    this.followUp = { step: 'closed' };
    this.reading = false;
    this.confirmWipe = false;
    this.stepNotice = {};
    this.safetyShown.clear();
  }

  private save(progress: Progress): void {
    this.progress = progress;
    if (!this.ephemeral) this.store.set(progress);
  }

  /** Opens a chapter at a part (the first start writes the progress: the parent acted). */
  private open(config: ResolvedConfig, chapter: TrainingChapterEntry, part = 0): void {
    const progress = this.progress ?? startProgress(chapter);
    this.save({ ...progress, chapter: chapter.id, part });
    this.reading = true;
    this.confirmWipe = false;
    if (hasBody(chapter)) {
      this.focusAfterUpdate('#part-heading');
    } else {
      this.focusAfterUpdate('#bodies-loading');
      void this.loadBodies(config).then((ok) => ok && this.focusAfterUpdate('#part-heading'));
    }
  }

  private go(part: number): void {
    if (!this.progress) return;
    this.save({ ...this.progress, part });
    this.focusAfterUpdate('#part-heading');
  }

  private toOverview(): void {
    this.reading = false;
    this.focusAfterUpdate('#overview-heading');
  }

  private finish(config: ResolvedConfig, chapter: TrainingChapter): void {
    if (!this.progress) return;
    const done = this.progress.done.includes(chapter.id) ? this.progress.done : [...this.progress.done, chapter.id];
    const chapters = config.training.chapters;
    const next = nextChapter(chapters, { ...this.progress, done }, chapter.id);
    // the pointer stays on the finished chapter: the next one is "not started" until opened
    this.save({ ...this.progress, done, chapter: chapter.id, part: 0 });
    const title = this.i18n.text(chapter.title);
    this.announcement = next ? this.i18n.t('finished', { title }) : this.i18n.t('allDone');
    this.toOverview();
  }

  private reflect(config: ResolvedConfig, id: string, value: string): void {
    if (!this.progress) return;
    const reflections = { ...this.progress.reflections };
    if (value.trim()) reflections[id] = value;
    else delete reflections[id];
    this.save({ ...this.progress, reflections });
    void safetyLoaded().then(() => {
      if (!this.safetyShown.has(id) && assessSafety(config, value)) {
        this.safetyShown.add(id);
        void this.updateComplete.then(() => revealSafety(this.renderRoot.querySelector(`#safety-${id}`)));
      }
    });
  }

  private choose(check: TrainingSelfCheck, optionId: string): void {
    if (!this.progress) return;
    this.save({ ...this.progress, checks: { ...this.progress.checks, [check.id]: optionId } });
  }

  /** Offers the step to a stap-tracker on the page; it takes it by calling preventDefault() and says when. */
  private suggest(step: TrainingStep): void {
    const detail: StepSuggestedDetail = { stepId: step.id, title: step.title, description: step.description };
    const taken = !fire(this, 'digiplein-step-suggested', detail, { cancelable: true });
    const answer = taken ? (detail.answer ?? 'added') : 'no-tracker';
    this.stepNotice = { ...this.stepNotice, [step.id]: answer };
    // kept (and printed) as "on my stappenplan" only when it is there now
    if (answer === 'added' && this.progress && !this.progress.steps.includes(step.id)) {
      this.save({ ...this.progress, steps: [...this.progress.steps, step.id] });
    }
    const said = { added: 'steps.added', 'after-start': 'steps.afterStart', 'no-tracker': 'steps.noTracker' }[answer];
    this.announcement = this.i18n.t(said);
    // the button is gone (or stays): focus goes to the message, so it is read and not lost
    this.focusAfterUpdate(`#step-message-${step.id}`);
  }

  private renderFollowUpPart(config: ResolvedConfig, level: number): TemplateResult | typeof nothing {
    const view = {
      config,
      i18n: this.i18n,
      level,
      state: this.followUp,
      draft: this.draft,
      onOpen: () => {
        this.followUp = { step: 'form', errors: [] };
        void this.followUpForm.load().then((m) => m && this.focusAfterUpdate('#fu-name'));
      },
      onInput: (field: keyof FollowUpDraft, value: string | boolean) => (this.draft = { ...this.draft, [field]: value }),
      onSubmit: (e: SubmitEvent) => void this.submitFollowUp(e, config),
      form: () => this.followUpForm.render(this.i18n, (m) => m.renderFollowUpForm(view)),
    };
    return renderFollowUp(view);
  }

  private async submitFollowUp(e: SubmitEvent, config: ResolvedConfig): Promise<void> {
    e.preventDefault();
    const form = this.followUpForm.ready;
    if (!form) return; // the form is there only once its code is
    const { checkDraft, sendFollowUp, toRequest } = form;
    const errors = checkDraft(this.draft);
    const request = errors.length ? undefined : toRequest(config, this.draft, this.i18n.lang);
    if (!request || !config.endpoints.api) {
      this.followUp = { step: 'form', errors: errors.length ? errors : ['name'] };
      this.focusAfterUpdate(`#fu-${(errors[0] ?? 'name') === 'consent' ? 'consent' : (errors[0] ?? 'name')}`);
      return;
    }
    this.followUp = { step: 'sending' };
    const result = await sendFollowUp(config.endpoints.api, request);
    if (result.ok) {
      this.followUp = { step: 'sent' };
      this.draft = emptyDraft(); // sent: nothing of it stays, not even in memory
    } else {
      // the form keeps what was typed; the parent can send again or use e-mail
      this.followUp = { step: 'failed', offline: result.offline };
    }
    this.focusAfterUpdate('#followup-heading');
  }

  /** Asks before wiping (focus on the question), or takes it back (focus on the button again). */
  private askWipe(ask: boolean): void {
    this.confirmWipe = ask;
    this.focusAfterUpdate(ask ? '#wipe-question' : '#wipe-button');
  }

  private wipe(): void {
    this.store.remove();
    this.reset();
    this.announcement = this.i18n.t('wipe.done');
    this.focusAfterUpdate('#overview-heading');
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const chapters = config.training.chapters;
    const progress = this.progress ? fitProgress(this.progress, chapters) : undefined;
    const title = this.i18n.text(config.training.title ?? '');
    const current = progress && this.reading ? chapters.find((c) => c.id === progress.chapter) : undefined;
    return html`<section class="training" aria-labelledby=${this.hideHeading ? nothing : 'training-heading'} aria-label=${this.hideHeading ? title : nothing}>
      <div class="screen">
        ${this.hideHeading ? nothing : heading(this.level, title, { id: 'training-heading' })}
        ${
          !chapters.length
            ? html`<p>${this.i18n.t('empty')}</p>`
            : current && progress
              ? hasBody(current)
                ? this.renderChapter(config, chapters, current, progress)
                : this.renderBodiesLoading(config, true)
              : this.renderOverview(config, chapters, progress)
        }
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.printing ? this.renderPrint(config, chapters, progress) : nothing}
    </section>`;
  }

  /** While the chapters' bodies load (calm, no spinner), or when they could not: a retry, nothing lost. */
  private renderBodiesLoading(config: ResolvedConfig, reading: boolean): TemplateResult | typeof nothing {
    const t = this.i18n.t.bind(this.i18n);
    if (this.bodies !== 'failed') {
      return reading ? html`<p class="loading" id="bodies-loading" tabindex="-1" role="status">${t('chapters.loading')}</p>` : nothing;
    }
    const retry = () =>
      void this.loadBodies(config).then((ok) => {
        if (ok && reading) this.focusAfterUpdate('#part-heading');
        else if (ok) window.print(); // the overview shows a failure only after "print"
      });
    return html`<div class="panel" id="bodies-failed" tabindex="-1">
      <p>${t('chapters.failed')}</p>
      <div class="row">
        <button type="button" class="button" @click=${retry}>${t('chapters.retry')}</button>
        ${reading ? html`<button type="button" class="button link" @click=${() => this.toOverview()}>${t('toOverview')}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderOverview(config: ResolvedConfig, chapters: TrainingChapterEntry[], progress: Progress | undefined): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const done = chapters.filter((c) => chapterStatus(progress, c) === 'done').length;
    const resume = progress
      ? (chapters.find((c) => c.id === progress.chapter && !progress.done.includes(c.id)) ?? nextChapter(chapters, progress))
      : undefined;
    return html`<p class="intro">${this.i18n.text(config.training.intro ?? '')}</p>
      <p class="hint">${t('privacy')}</p>
      ${heading(this.level + 1, t('overview'), { id: 'overview-heading', focusable: true })}
      ${progress ? html`<p class="where">${t('progress', { done, total: chapters.length })}</p>` : nothing}
      ${this.renderBodiesLoading(config, false)}
      <div class="row">
        ${
          !progress
            ? html`<button type="button" class="button" @click=${() => this.open(config, chapters[0]!)}>${t('start')}</button>`
            : resume
              ? html`<button type="button" class="button" @click=${() => this.open(config, resume, resume.id === progress.chapter ? progress.part : 0)}>${t('resume')}</button>`
              : nothing
        }
        ${progress ? html`<button type="button" class="button secondary" @click=${() => this.print(config)}>${t('print.button')}</button>` : nothing}
        ${progress && !this.confirmWipe ? html`<button type="button" class="button secondary" id="wipe-button" @click=${() => this.askWipe(true)}>${t('wipe.button')}</button>` : nothing}
      </div>
      ${
        this.confirmWipe
          ? html`<div class="confirm" role="alertdialog" aria-labelledby="wipe-question">
            <p id="wipe-question" tabindex="-1">${t('wipe.confirm')}</p>
            <div class="row">
              <button type="button" class="button danger" @click=${() => this.wipe()}>${t('wipe.yes')}</button>
              <button type="button" class="button secondary" @click=${() => this.askWipe(false)}>${t('wipe.no')}</button>
            </div>
          </div>`
          : nothing
      }
      <ol class="chapters">
        ${chapters.map((chapter, i) => {
          const status = chapterStatus(progress, chapter);
          const name = this.i18n.text(chapter.title);
          return html`<li>
            <span>
              <strong>${t('chapterOf', { n: i + 1, total: chapters.length })}: ${name}</strong>
              <span class="meta"><span>${t('minutes', { count: chapter.minutes })}</span><span class="tag" data-status=${status}>${t(`status.${status}`)}</span></span>
            </span>
            <button type="button" class="button secondary" @click=${() => this.open(config, chapter, status === 'busy' && progress?.chapter === chapter.id ? progress.part : 0)}>
              ${t('open')}<span class="visually-hidden"> ${name}</span>
            </button>
          </li>`;
        })}
      </ol>
      ${this.renderFollowUpPart(config, this.level + 1)} ${this.renderPerson(config)}`;
  }

  private renderChapter(
    config: ResolvedConfig,
    chapters: TrainingChapterEntry[],
    chapter: TrainingChapter,
    progress: Progress,
  ): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const parts = partsOf(chapter);
    const part = Math.min(progress.part, parts - 1);
    const section = chapter.sections[part];
    const index = chapters.indexOf(chapter);
    return html`<article class="chapter" part="chapter" aria-labelledby="chapter-heading">
      <p class="where">${t('chapterOf', { n: index + 1, total: chapters.length })}</p>
      ${heading(this.level + 1, this.i18n.text(chapter.title), { id: 'chapter-heading' })}
      ${part === 0 ? html`<p class="intro">${this.i18n.text(chapter.intro)}</p>` : nothing}
      <p class="where">${t('partOf', { n: part + 1, total: parts })}</p>
      ${
        section
          ? html`${heading(this.level + 2, this.i18n.text(section.title), { id: 'part-heading', focusable: true })}
            <div class="body">${this.paragraphs(this.i18n.text(section.body))}</div>
            ${
              section.source?.length
                ? html`<div class="sources">
                  ${t('sources')}:
                  <ul>
                    ${section.source.map((url) => html`<li><a href=${safeHref(url) ?? '#'} target="_blank" rel="noopener noreferrer">${new URL(url).hostname}</a></li>`)}
                  </ul>
                </div>`
                : nothing
            }`
          : html`${heading(this.level + 2, t('questions'), { id: 'part-heading', focusable: true })} ${this.renderQuestions(config, chapter, progress)} ${this.renderFollowUpPart(config, this.level + 3)}`
      }
      <div class="row">
        ${part > 0 ? html`<button type="button" class="button secondary" @click=${() => this.go(part - 1)}>${t('previous')}</button>` : nothing}
        ${
          part < parts - 1
            ? html`<button type="button" class="button" @click=${() => this.go(part + 1)}>${t('next')}</button>`
            : html`<button type="button" class="button" @click=${() => this.finish(config, chapter)}>${t('finish')}</button>`
        }
        <button type="button" class="button link" @click=${() => this.toOverview()}>${t('toOverview')}</button>
      </div>
    </article>`;
  }

  private renderQuestions(config: ResolvedConfig, chapter: TrainingChapter, progress: Progress): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const level = this.level + 3;
    return html`${
      chapter.reflections?.length
        ? html`<div class="panel">
            ${heading(level, t('reflect.heading'))}
            <p class="hint" id="reflect-hint">${t('reflect.hint')}</p>
            ${chapter.reflections.map((r) => {
              const value = progress.reflections[r.id] ?? '';
              const safety = value ? assessSafety(config, value) : undefined;
              return html`<div class="field">
                <label for=${`reflect-${r.id}`}>${this.i18n.text(r.prompt)}</label>
                <textarea id=${`reflect-${r.id}`} rows="4" aria-describedby="reflect-hint" .value=${live(value)}
                  @input=${(e: Event) => this.reflect(config, r.id, (e.target as HTMLTextAreaElement).value)}></textarea>
                ${
                  safety
                    ? html`<div id=${`safety-${r.id}`}>
                      ${safety.strength === 'strong' ? renderSafetyCard(config, this.i18n, level + 1, safety, `${r.id}-`) : renderSafetyNotice(config, this.i18n, safety, `${r.id}-`)}
                    </div>`
                    : nothing
                }
              </div>`;
            })}
          </div>`
        : nothing
    }
      ${
        chapter.selfCheck?.length
          ? html`${heading(level, t('check.heading'))}
            <p class="hint">${t('check.hint')}</p>
            ${chapter.selfCheck.map((check) => this.renderCheck(check, progress))}`
          : nothing
      }
      ${
        chapter.suggestedSteps?.length
          ? html`${heading(level, t('steps.heading'))}
            ${chapter.suggestedSteps.map(
              (step) => html`<div class="step">
                <p><strong>${this.i18n.text(step.title)}</strong></p>
                <p>${this.i18n.text(step.description)}</p>
                ${
                  this.stepNotice[step.id] === 'after-start'
                    ? html`<p id=${`step-message-${step.id}`} tabindex="-1">${t('steps.afterStart')}</p>`
                    : this.stepNotice[step.id] === 'added' || progress.steps.includes(step.id)
                      ? html`<p id=${`step-message-${step.id}`} tabindex="-1">${t('steps.added')}</p>`
                      : html`<button type="button" class="button secondary" @click=${() => this.suggest(step)}>${t('steps.add')}</button>
                      ${this.stepNotice[step.id] === 'no-tracker' ? html`<p id=${`step-message-${step.id}`} tabindex="-1">${t('steps.noTracker')}</p>` : nothing}`
                }
              </div>`,
            )}`
          : nothing
      }`;
  }

  private renderCheck(check: TrainingSelfCheck, progress: Progress): TemplateResult {
    const chosen = check.options.find((o) => o.id === progress.checks[check.id]);
    return html`<fieldset>
      <legend>${this.i18n.text(check.question)}</legend>
      ${check.options.map(
        (o) => html`<label class="choice">
          <input type="radio" name=${`check-${check.id}`} value=${o.id} .checked=${live(chosen?.id === o.id)} @change=${() => this.choose(check, o.id)} />
          ${this.i18n.text(o.label)}
        </label>`,
      )}
      <div aria-live="polite">${chosen ? html`<p class="feedback">${this.i18n.text(chosen.feedback)}</p>` : nothing}</div>
    </fieldset>`;
  }

  /** The organisation, so a person is always one step away. */
  private renderPerson(config: ResolvedConfig): TemplateResult | typeof nothing {
    const org = config.organisation;
    if (!org.phone && !org.email && !org.website) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="panel">
      ${heading(this.level + 1, t('person.heading'))}
      <p>${t('person.text', { name: this.i18n.text(org.name) })}</p>
      <div class="row">
        ${org.phone ? html`<a class="button secondary" href=${`tel:${org.phone.replace(/[^\d+]/g, '')}`}>${t('person.call', { number: org.phone })}</a>` : nothing}
        ${org.email ? html`<a class="button secondary" href=${`mailto:${org.email}`}>${t('person.mail', { address: org.email })}</a>` : nothing}
        ${org.website ? html`<a class="button secondary" href=${safeHref(org.website) ?? '#'} target="_blank" rel="noopener noreferrer">${t('person.website')}</a>` : nothing}
      </div>
    </div>`;
  }

  /** The parent's own answers, chapter by chapter, for printing. */
  private renderPrint(config: ResolvedConfig, entries: TrainingChapterEntry[], progress: Progress | undefined): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const date = amsterdamFormat(this.i18n.lang, { dateStyle: 'long' }).format(new Date());
    // a chapter whose body has not loaded (the browser's own print, offline) is left out
    const answered = entries
      .filter(hasBody)
      .filter(
        (c) =>
          (c.reflections ?? []).some((r) => progress?.reflections[r.id]) ||
          (c.selfCheck ?? []).some((s) => progress?.checks[s.id]) ||
          (c.suggestedSteps ?? []).some((s) => progress?.steps.includes(s.id)),
      );
    return html`<div class="print-summary" part="print">
      <h2>${t('print.heading')}</h2>
      <p>${this.i18n.text(config.training.title ?? '')} · ${t('print.note', { date })}</p>
      ${!answered.length ? html`<p>${t('print.nothing')}</p>` : nothing}
      ${answered.map(
        (c) => html`<h3>${this.i18n.text(c.title)}</h3>
          ${(c.reflections ?? [])
            .filter((r) => progress?.reflections[r.id])
            .map((r) => html`<p><strong>${this.i18n.text(r.prompt)}</strong></p>${this.paragraphs(progress!.reflections[r.id]!)}`)}
          ${(c.selfCheck ?? [])
            .filter((s) => progress?.checks[s.id])
            .map((s) => {
              const o = s.options.find((x) => x.id === progress!.checks[s.id]);
              return o
                ? html`<p><strong>${this.i18n.text(s.question)}</strong> ${t('print.chosen')} ${this.i18n.text(o.label)}</p>`
                : nothing;
            })}
          ${
            (c.suggestedSteps ?? []).filter((s) => progress?.steps.includes(s.id)).length
              ? html`<p><strong>${t('print.steps')}</strong> ${(c.suggestedSteps ?? [])
                  .filter((s) => progress?.steps.includes(s.id))
                  .map((s) => this.i18n.text(s.title))
                  .join('; ')}</p>`
              : nothing
          }`,
      )}
    </div>`;
  }

  private paragraphs(text: string): TemplateResult[] {
    return text
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .map((p) => html`<p>${p.trim()}</p>`);
  }
}
