import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DigipleinElement } from '../../core/element.js';
import type { SkeletonShape } from '../../core/ui/skeleton.js';
import type { ResolvedConfig, ScopedOffer } from '../../core/config/resolve.js';
import { fire } from '../../core/events/fire.js';
import type { HulpzoekerContactKind } from '../../core/events/hulpzoeker-result-click.js';
import { I18nController } from '../../core/i18n/index.js';
import { DataClearedController } from '../../core/storage/controller.js';
import { clearAllData, createStore } from '../../core/storage/storage.js';
import { renderSafetyCard, renderSafetyNotice, revealSafety } from '../../core/ui/parts.js';
import { SafetyController, assessSafety } from '../../core/safety/index.js';
import type { SafetyAssessment } from '../../core/safety/index.js';
import { LazyView, lazyModule } from '../../core/lazy/view.js';
import { renderPlace } from './place-view.js';
import type { Answers, FlowState, QuestionId, Situation } from './flow.js';
import {
  allQuestions,
  answer,
  back,
  fromHash,
  hasAnswers,
  initialFlow,
  next,
  parseFlow,
  questionsFrom,
  situations,
  toHash,
  unsafe,
} from './flow.js';
import { heading } from '../../core/ui/heading.js';
import { SIGNUP_TAG, renderOfferCard } from './offer-card-view.js';
import type { OfferCardContext } from './offer-card-view.js';
import { PlaceController } from './place-controller.js';
import { noMatchHelp, rankOffers, serves, shownOffers } from './ranking.js';
import { hulpzoekerStyles } from './styles.js';
import { translations } from './locales/index.js';

const store = createStore<FlowState>('hulpzoeker', 'answers', 'session', (raw) => parseFlow(raw, allQuestions));

/** Code of a later part, shared by every element on the page (see core/lazy/view.ts). */
/** How many search results show at first, and how many more each "show more" adds. */
const RESULTS_PAGE = 20;
/**
 * How many offers the answers' results show at first, and how many more each "show more" adds:
 * all of them (16 to 21 in the demo region) made a page of about 9,600 px on a phone.
 */
const GUIDED_PAGE = 10;
const catalogueCode = lazyModule(() => import('./catalogue.js'));

/**
 * From a parent's question to the right help: a few calm questions (or a search field), then
 * the offers of the gemeente, the region and the national pack, light help first where that
 * fits. "I do not feel safe" puts the safety help above everything at once.
 *
 * @tagname digiplein-hulpzoeker
 * @summary Guided help finder for separating parents: questions or search, ranked offers, safety first.
 *
 * @fires digiplein-hulpzoeker-result-click - A parent used a contact option of an offer. `detail: { offer, contact }`; no personal data.
 *
 * @csspart base - The widget's outer box.
 * @csspart question - The form of the current question.
 * @csspart results - The results section.
 * @csspart chips - The topic filter buttons.
 * @csspart offer - One result.
 * @csspart contact - The contact links of one result.
 * @csspart signup - The sign-up panel of a result with a spreekuur.
 * @csspart search - The search form.
 * @csspart safety - The safety card (112, Veilig Thuis, quick exit).
 * @csspart quick-exit - The quick-exit button.
 * @csspart debug - The list of config problems (with `debug`).
 * @csspart fallback - The national help shown when the config cannot be used.
 * @csspart skeleton - The calm placeholder shown while the config loads.
 *
 * @cssprop --digiplein-accent-color - Buttons, chosen chips and the progress.
 * @cssprop --digiplein-background-color-subtle - Background of results and questions.
 * @cssprop --digiplein-border-radius - Rounding of cards and buttons.
 * @cssprop --digiplein-focus-outline-color - Focus ring.
 */
export class DigipleinHulpzoeker extends DigipleinElement {
  /** While the config loads: two modes, a question and its choices, the next button. */
  protected override readonly skeleton: SkeletonShape = { lines: 3, rows: 7, action: true };
  static override styles = [...DigipleinElement.styles, hulpzoekerStyles];

  /** `guided` (questions, the default) or `search` (a search field). */
  @property({ reflect: true }) mode: 'guided' | 'search' = 'guided';

  /** Reflect the answers in the page's URL hash, so the back button and a shared link work. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * Where to start when nothing was kept for this session: for example `{ answers: { voorWie: 'kind' } }`
   * on a page for young people, or `{ step: 4, answers: {…} }` to open on the results. Not stored
   * until the parent acts.
   */
  @property({ attribute: false }) start?: { step?: number; answers?: Answers };

  /** The search text in search mode (a page may open the search with a word filled in). */
  @property() query = '';

  /**
   * A postcode the page (or a guided conversation in the chat) already knows: it answers the
   * "where do you live" question as soon as the config is there, so the parent is not asked
   * twice. Only the gemeente it belongs to is kept, never the postcode.
   */
  @property() postcode = '';
  private appliedPostcode = '';

  /**
   * With `postcode`: open on the help for that gemeente instead of the first question (the
   * chat's "Ik zoek hulp in mijn gemeente" uses it). Focus is not moved.
   */
  @property({ type: Boolean, attribute: 'show-results' }) showResults = false;

  protected readonly i18n = new I18nController(this, 'hulpzoeker', translations);
  /** Loads the national safety lexicon on the first input, and renders again when it is there. */
  protected readonly safetyLexicon = new SafetyController(this);
  /** The search over the offers (search mode only): its code loads when search mode opens. */
  private readonly catalogue = new LazyView(this, catalogueCode);
  protected readonly cleared = new DataClearedController(this, () => this.reset());

  @state() private flow: FlowState = initialFlow;
  @state() private chipThemes?: string[];
  @state() private announcement = '';
  @state() private openSignups = new Set<string>();
  /** How many search results show: the best first, more when the parent asks. */
  @state() private searchShown = RESULTS_PAGE;
  /** How many of the answers' results show: the best first, more when the parent asks. */
  @state() private resultsShown = GUIDED_PAGE;
  /** The place in the list of the first result "show more" brought: its heading takes focus after this render. */
  private focusResult?: number;
  private focusNext?: 'question' | 'results';
  /** A safety card or notice just appeared: bring it into view after this render. */
  private revealSafetyCard = false;
  /** The strength of the danger signal in the search text last rendered (to announce a change once). */
  private searchSafety?: SafetyAssessment['strength'];
  private announceTimer?: number;
  /** The search announcement waiting for a pause in typing. */
  private pendingSearchText?: string;
  private readonly place = new PlaceController(this);
  private readonly onPopState = () => this.restoreFromHash();

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = this.syncUrl ? fromHash(location.hash, allQuestions) : undefined;
    const restored = fromUrl ?? store.get() ?? (this.start ? parseFlow(this.start, allQuestions) : undefined);
    if (restored) this.flow = restored;
    if (this.syncUrl) {
      window.addEventListener('popstate', this.onPopState);
      window.addEventListener('hashchange', this.onPopState);
    }
    if (!customElements.get(SIGNUP_TAG)) void customElements.whenDefined(SIGNUP_TAG).then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
    clearTimeout(this.announceTimer);
  }

  /** Back to the first question with nothing remembered ("wis mijn gegevens", quick exit). */
  private reset(): void {
    this.flow = initialFlow;
    this.query = '';
    this.searchShown = RESULTS_PAGE;
    this.chipThemes = undefined;
    this.place.reset();
    this.openSignups = new Set();
    this.announcement = '';
    if (this.syncUrl && fromHash(location.hash, allQuestions)) history.replaceState(history.state, '', location.pathname + location.search);
  }

  private restoreFromHash(): void {
    const fromUrl = fromHash(location.hash, allQuestions);
    const keepUnsafe = this.flow.answers.situatie === 'onveilig' ? { situatie: 'onveilig' as const } : {};
    this.flow = fromUrl ? { ...fromUrl, answers: { ...keepUnsafe, ...fromUrl.answers } } : { step: 0, answers: this.flow.answers };
    this.chipThemes = undefined;
  }

  /** Every change a parent makes goes through here: remember (only once answered) and reflect. */
  private setFlow(next: FlowState, { push = false } = {}): void {
    this.flow = next;
    this.resultsShown = GUIDED_PAGE; // other answers or themes: the best of the new list first
    if (hasAnswers(next.answers)) store.set(next);
    if (this.syncUrl) {
      const hash = toHash(next);
      if (hash !== location.hash) history[push ? 'pushState' : 'replaceState'](history.state, '', hash);
    }
  }

  private questions(config: ResolvedConfig): QuestionId[] {
    const questions = questionsFrom(config.hulpzoeker.questions);
    // a postcode handed in that found its gemeente: the place question is not asked again
    const placeKnown = this.postcode.trim() && this.place.status.kind === 'found' && this.flow.answers.gemeente;
    return placeKnown ? questions.filter((q) => q !== 'woonplaats') : questions;
  }

  private announce(text: string, delay = 0): void {
    clearTimeout(this.announceTimer);
    if (!delay) {
      this.announcement = text;
      return;
    }
    this.announceTimer = window.setTimeout(() => (this.announcement = text), delay);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.configController.state;
    if (this.postcode.trim() && this.postcode !== this.appliedPostcode && state.status === 'ready') {
      this.appliedPostcode = this.postcode;
      this.place.type(this.postcode);
      const config = state.config;
      void this.findGemeente(config).then((found) => {
        // past every question (also when this page asks the place question): the results
        if (found && this.showResults && this.flow.step === 0)
          this.setFlow({ ...this.flow, step: questionsFrom(config.hulpzoeker.questions).length });
      });
    }
    if (this.revealSafetyCard) {
      this.revealSafetyCard = false;
      revealSafety(this.renderRoot.querySelector('.safety'));
    }
    if (this.focusResult !== undefined) {
      this.renderRoot.querySelectorAll<HTMLElement>('.offer [id^=offer-]')[this.focusResult]?.focus();
      this.focusResult = undefined;
    }
    if (!this.focusNext) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext === 'results' ? '#results-heading' : '.question fieldset');
    this.focusNext = undefined;
    target?.focus();
  }

  // ---- actions --------------------------------------------------------------------------

  private go(config: ResolvedConfig, to: FlowState): void {
    const questions = this.questions(config);
    this.setFlow(to, { push: true });
    this.chipThemes = undefined;
    this.focusNext = to.step >= questions.length ? 'results' : 'question';
  }

  private async onNext(event: Event, config: ResolvedConfig, question: QuestionId): Promise<void> {
    event.preventDefault();
    if (question === 'woonplaats' && this.place.pending && !(await this.findGemeente(config))) return;
    this.go(config, next(this.flow, this.questions(config)));
  }

  private onSkip(config: ResolvedConfig, question: QuestionId): void {
    const key = question === 'woonplaats' ? 'gemeente' : question;
    if (question === 'woonplaats') this.place.reset();
    this.go(config, next(answer(this.flow, key, undefined), this.questions(config)));
  }

  private onAnswer<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.setFlow(answer(this.flow, key, value));
    if (key === 'situatie' && value === 'onveilig') {
      this.announce(this.i18n.t('results.safetyNote'));
      this.revealSafetyCard = true;
    }
  }

  private toggleTheme(id: string, checked: boolean): void {
    const current = this.flow.answers.themas ?? [];
    this.onAnswer('themas', checked ? [...new Set([...current, id])] : current.filter((t) => t !== id));
  }

  /** Resolves the typed postcode and answers with its gemeente; true when one was found. */
  private async findGemeente(config: ResolvedConfig): Promise<boolean> {
    const code = await this.place.find(config);
    if (code) this.onAnswer('gemeente', code);
    return Boolean(code);
  }

  private onContact(offer: ScopedOffer, contact: HulpzoekerContactKind): void {
    fire(this, 'digiplein-hulpzoeker-result-click', { offer: offer.id, contact });
  }

  private onToggleSignup(offer: ScopedOffer): void {
    const open = new Set(this.openSignups);
    if (open.has(offer.id)) open.delete(offer.id);
    else {
      open.add(offer.id);
      this.onContact(offer, 'spreekuur');
    }
    this.openSignups = open;
  }

  private setMode(mode: 'guided' | 'search'): void {
    this.mode = mode;
    if (mode === 'search') void this.catalogue.load();
  }

  private clearData(): void {
    clearAllData(); // resets this widget (and every other one) through the data-cleared event
    this.announce(this.i18n.t('core:privacy.cleared'));
    this.focusNext = 'question';
  }

  // ---- rendering ------------------------------------------------------------------------

  private cardContext(config: ResolvedConfig): OfferCardContext {
    return {
      i18n: this.i18n,
      config,
      openSignups: this.openSignups,
      level: this.level + 2,
      onContact: (offer, kind) => this.onContact(offer, kind),
      onToggleSignup: (offer) => this.onToggleSignup(offer),
    };
  }

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const { i18n } = this;
    const questions = this.questions(config);
    const step = Math.min(this.flow.step, questions.length);
    return html`
      <div class="hulpzoeker">
        ${this.hideHeading ? nothing : heading(this.level, i18n.t('heading'))}
        <div class="modes" role="group" aria-label=${i18n.t('modes.label')}>
          ${(['guided', 'search'] as const).map(
            (
              m,
            ) => html`<button type="button" class="button ${this.mode === m ? '' : 'secondary'}" aria-pressed=${this.mode === m ? 'true' : 'false'} @click=${() => this.setMode(m)}>
              ${i18n.t(`modes.${m}`)}
            </button>`,
          )}
        </div>
        ${
          this.mode === 'search'
            ? this.renderSearch(config)
            : step < questions.length
              ? this.renderQuestion(config, questions, step)
              : this.renderResults(config)
        }
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      </div>
    `;
  }

  private renderQuestion(config: ResolvedConfig, questions: readonly QuestionId[], step: number): TemplateResult {
    const { i18n } = this;
    const question = questions[step]!;
    return html`<form class="question" part="question" novalidate @submit=${(e: Event) => this.onNext(e, config, question)}>
      ${step === 0 ? html`<p>${i18n.t('intro')}</p>` : nothing}
      <p class="progress">${i18n.t('progress', { current: step + 1, total: questions.length })}</p>
      <fieldset tabindex="-1" aria-describedby=${question === 'themas' ? 'themas-hint' : nothing}>
        <legend>${i18n.t(`${this.questionKey(question)}.legend`)}</legend>
        ${this.renderChoices(config, question)}
      </fieldset>
      ${question === 'situatie' && unsafe(this.flow.answers) ? renderSafetyCard(config, i18n, 3) : nothing}
      <div class="nav">
        ${step > 0 ? html`<button type="button" class="button secondary" @click=${() => this.go(config, back(this.flow))}>${i18n.t('actions.back')}</button>` : nothing}
        <button type="button" class="button link" @click=${() => this.onSkip(config, question)}>${i18n.t('actions.skip')}</button>
        <button type="submit" class="button">${i18n.t(step === questions.length - 1 ? 'actions.results' : 'actions.next')}</button>
      </div>
    </form>`;
  }

  /** The strings of a question: a child or young person is asked about their parents, with "je". */
  private questionKey(question: QuestionId): string {
    return question === 'situatie' && this.flow.answers.voorWie === 'kind' ? 'questions.situatie.kind' : `questions.${question}`;
  }

  private renderChoices(config: ResolvedConfig, question: QuestionId): TemplateResult {
    const { i18n } = this;
    const a = this.flow.answers;
    const radio = (name: keyof Answers, value: string, label: string, checked: boolean) =>
      html`<label class="choice"><input type="radio" name=${name} .value=${value} .checked=${live(checked)} @change=${() => this.onAnswer(name, value as never)} /><span>${label}</span></label>`;
    switch (question) {
      case 'voorWie':
        return html`${(['ouder', 'kind', 'naaste'] as const).map((v) => radio('voorWie', v, i18n.t(`questions.voorWie.${v}`), a.voorWie === v))}`;
      case 'situatie':
        return html`${situations.map((v: Situation) => radio('situatie', v, i18n.t(`${this.questionKey(question)}.${v}`), a.situatie === v))}`;
      case 'themas':
        return html`<p class="hint" id="themas-hint">${i18n.t('questions.themas.hint')}</p>
          ${config.themes.map(
            (t) => html`<label class="choice"
              ><input type="checkbox" name="themas" .value=${t.id} .checked=${live(a.themas?.includes(t.id) ?? false)} @change=${(e: Event) => this.toggleTheme(t.id, (e.target as HTMLInputElement).checked)} /><span
                >${i18n.text(t.label)}</span
              ></label
            >`,
          )}`;
      case 'woonplaats':
        return renderPlace(config, this.i18n, this.place, this.flow.answers.gemeente, {
          find: () => void this.findGemeente(config),
          choose: (code) => this.onAnswer('gemeente', code),
        });
    }
  }

  /** The offers for the answers, and whether they are a real match or the no-match help. */
  private ranked(config: ResolvedConfig): { offers: ScopedOffer[]; matched: boolean } {
    const a = this.flow.answers;
    const outside = Boolean(a.gemeente && config.gemeenten.length && !config.gemeenten.some((g) => g.code === a.gemeente));
    const pool = outside ? config.offers.filter((o) => o.scope === 'landelijk') : config.offers;
    const ranked = rankOffers(pool, a, { themes: this.chipThemes, lang: this.i18n.lang, nameOf: (o) => this.i18n.text(o.name) });
    if (ranked.length) return { offers: ranked.map((r) => r.offer), matched: true };
    return { offers: noMatchHelp(config.offers, config.gemeenten, a), matched: false };
  }

  private renderResults(config: ResolvedConfig): TemplateResult {
    const { i18n } = this;
    const { offers, matched } = this.ranked(config);
    const themes = this.chipThemes ?? this.flow.answers.themas ?? [];
    const count = matched ? i18n.t('results.count', { count: offers.length }) : i18n.t('results.noMatchHeading');
    if (this.announcement !== count && !unsafe(this.flow.answers)) this.announce(count, 1);
    const setChips = (list: string[]) => {
      this.chipThemes = list;
      this.setFlow(answer(this.flow, 'themas', list));
    };
    return html`<section class="results" part="results" aria-labelledby="results-heading">
      ${heading(this.level + 1, i18n.t('results.heading'), { id: 'results-heading', focusable: true })}
      <p class="count">${count}</p>
      ${unsafe(this.flow.answers) ? html`<p>${i18n.t('results.safetyNote')}</p>${renderSafetyCard(config, i18n, 4)}` : nothing}
      <div class="chips" part="chips" role="group" aria-label=${i18n.t('results.chips')}>
        <span class="chips-label" aria-hidden="true">${i18n.t('results.chips')}:</span>
        <button type="button" class="chip" aria-pressed=${themes.length ? 'false' : 'true'} @click=${() => setChips([])}>${i18n.t('results.allThemes')}</button>
        ${config.themes.map((t) => {
          const on = themes.includes(t.id);
          return html`<button type="button" class="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => setChips(on ? themes.filter((x) => x !== t.id) : [...themes, t.id])}>
            ${i18n.text(t.label)}
          </button>`;
        })}
      </div>
      ${matched ? nothing : html`<p>${i18n.t('results.noMatch')}</p>`}
      ${this.renderList(config, offers.slice(0, this.resultsShown))}
      ${
        offers.length > this.resultsShown
          ? html`<p class="actions">
              <button type="button" class="button secondary" @click=${() => {
                // focus goes to the first new one, so a keyboard user reads on from there
                this.focusResult = this.resultsShown;
                this.resultsShown += GUIDED_PAGE;
              }}>${i18n.t('results.more', { count: offers.length - this.resultsShown })}</button>
            </p>`
          : nothing
      }
      <div class="nav">
        <button type="button" class="button secondary" @click=${() => this.go(config, { ...this.flow, step: 0 })}>${i18n.t('actions.change')}</button>
        <button type="button" class="button link" @click=${() => this.clearData()}>${i18n.t('core:privacy.clear')}</button>
      </div>
    </section>`;
  }

  private renderList(config: ResolvedConfig, offers: readonly ScopedOffer[]): TemplateResult {
    const ctx = this.cardContext(config);
    return html`<ul class="offers">
      ${offers.map((o) => renderOfferCard(o, ctx))}
    </ul>`;
  }

  private renderSearch(config: ResolvedConfig): TemplateResult {
    const { i18n } = this;
    const query = this.query.trim();
    const gemeente = this.flow.answers.gemeente;
    // what a parent types here is checked for danger like every free-text field; until the
    // national lexicon is there (it loads on the first input), no results show without that check
    const safety = query ? assessSafety(config, query) : undefined;
    const search = this.catalogue.ready;
    const checked = !query || (this.safetyLexicon.ready && search !== undefined);
    // only the best results are kept while scoring (a large catalogue costs no more), more on request
    const hits =
      query && checked
        ? search!.searchOffers(config, i18n.lang, query, { filter: (o) => serves(o, gemeente), limit: this.searchShown })
        : Object.assign([], { total: 0 });
    const strong = safety?.strength === 'strong';
    const offers = shownOffers(
      hits.map((h) => h.doc),
      config.offers.filter((o) => serves(o, gemeente)),
      safety,
    );
    const empty = Boolean(query) && checked && !offers.length;
    const hidden = hits.total - hits.length; // matches beyond the results shown
    const count =
      !query || !checked
        ? ''
        : empty
          ? i18n.t('search.empty', { query })
          : hidden
            ? i18n.t('search.countOf', { shown: offers.length, total: offers.length + hidden })
            : i18n.t('results.count', { count: offers.length });
    const text = safety ? `${i18n.t(strong ? 'search.safety' : 'search.safetyPossible')} ${count}` : count;
    if (safety?.strength !== this.searchSafety) {
      this.searchSafety = safety?.strength;
      if (safety) this.revealSafetyCard = true;
    }
    if (this.announcement !== text && this.pendingSearchText !== text) {
      this.pendingSearchText = text;
      // the old text goes at once (an empty live region says nothing), the new one after a pause in typing
      queueMicrotask(() => (this.announcement = ''));
      this.announce(text, 600);
    }
    return html`<form class="search" part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label for="query">${i18n.t('search.label')}</label>
        <span class="hint" id="query-hint">${i18n.t('search.hint')}</span>
        <input
          id="query"
          type="search"
          autocomplete="off"
          spellcheck="true"
          .value=${live(this.query)}
          aria-describedby="query-hint"
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.searchShown = RESULTS_PAGE;
          }}
        />
      </form>
      ${safety ? (strong ? renderSafetyCard(config, i18n, 3, safety) : renderSafetyNotice(config, i18n, safety)) : nothing}
      ${
        query
          ? html`<section class="results" part="results" aria-labelledby="results-heading">
            ${heading(this.level + 1, i18n.t(empty ? 'search.emptyHeading' : 'results.heading'), { id: 'results-heading', focusable: true })}
            <p class="count">${text}</p>
            ${search ? nothing : this.catalogue.render(i18n, () => nothing)}
            ${this.renderList(config, empty ? noMatchHelp(config.offers, config.gemeenten, this.flow.answers) : offers)}
            ${
              hidden
                ? html`<p class="actions">
                    <button type="button" class="button secondary" @click=${() => {
                      // the next results; focus goes to the first new one, so a keyboard user reads on from there
                      this.searchShown += RESULTS_PAGE;
                      this.focusResult = offers.length;
                    }}>${i18n.t('search.more')}</button>
                  </p>`
                : nothing
            }
          </section>`
          : nothing
      }`;
  }
}
