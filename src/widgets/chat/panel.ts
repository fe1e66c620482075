import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DigipleinElement } from '../../core/element.js';
import type { SkeletonShape } from '../../core/ui/skeleton.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Conversation, KnowledgeEntry } from '../../core/config/schema/index.js';
import { fire } from '../../core/events/fire.js';
import '../../core/events/chat-handoff.js';
import { I18nController } from '../../core/i18n/index.js';
import { answerSearch, answerSearchCode, knowledgeSettled, loadKnowledge } from './knowledge.js';
import type { AnswerSearch } from './knowledge.js';
import { SafetyController, assessSafety, safetyLoaded, safetySettled } from '../../core/safety/index.js';
import { renderOrganisationContact } from './organisation-contact.js';
import type { SafetyAssessment } from '../../core/safety/index.js';
import { DataClearedController } from '../../core/storage/controller.js';
import { LazyView, lazyModule } from '../../core/lazy/view.js';
import type { LazyModule } from '../../core/lazy/view.js';
import { botReply } from './bot.js';
import { createWidgetElement } from './embed.js';
import { answer as answerFlow, choose, run } from './flow.js';
import type { FlowStep } from './flow.js';
import type { HandoffController } from './handoff-controller.js';
import { ConversationScroll } from './scroll-controller.js';
import type { LeaveForm, Pane } from './handoff-view.js';
import { stepItems, transcript } from './items.js';
import { nl } from './locales/nl.js';
import {
  renderBanners,
  renderChoices,
  renderComposer,
  renderFoot,
  renderHead,
  renderLog,
  renderStarters,
  renderTyping,
} from './panel-view.js';
import { registeredContent } from '../../content/registry.js';
import type { Retriever } from './retrieve.js';
import { newId, pendingMessage } from './item-id.js';
import { sessionStore } from './transcript-store.js';
import type { ChatItem, ChatSession } from './transcript-store.js';
import { panelStyles } from './styles.js';

/** Where Escape goes back to from each pane (undefined: nothing to go back from). */
const backFrom: Partial<Record<Pane, Pane>> = {
  asking: 'none',
  consent: 'none',
  failed: 'none',
  'closed-hours': 'none',
  'no-server': 'none',
  leave: 'closed-hours',
};

const emptySession = (): ChatSession => ({ v: 1, items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }] });

type PersonModule = typeof import('./person.js');
/** The handoff to a person (./person.ts): loaded when the parent first asks for one, once for the page. */
let personCode: LazyModule<PersonModule> = lazyModule(() => import('./person.js'));
/** For tests: how the handoff's chunk is imported (to make it slow, or fail); panels made after this use it. */
export function setPersonImport(load: () => Promise<PersonModule>): void {
  personCode = lazyModule(load);
}

/**
 * The chat itself (loaded on first open by `<digiplein-chat>`; not meant to be used alone).
 * Answers from content, guided conversations, safety first, handoff to a professional.
 *
 * @tagname digiplein-chat-panel
 * @summary The DigiBegeleider chat panel (internal; use `<digiplein-chat>`).
 * @csspart base - The chat's root.
 * @csspart log - The message list (`role="log"`).
 * @csspart composer - The input and send button.
 * @csspart safety - The safety card.
 * @csspart person-badge - The badge saying the parent is now talking to a person.
 * @csspart skeleton - The calm placeholder shown while the config loads.
 * @fires digiplein-chat-handoff - Bubbles up through `<digiplein-chat>` when a parent asks for a person (no message content).
 */
export class DigipleinChatPanel extends DigipleinElement {
  /** While the config loads: a welcome, the question field and its send button. */
  protected override readonly skeleton: SkeletonShape = { lines: 2, rows: 1, action: true };
  static override styles = [...DigipleinElement.styles, panelStyles];

  protected readonly i18n = new I18nController(this, 'chat', { nl, en: () => import('./locales/en.js').then((m) => m.en) });
  /** Loads the national safety lexicon on the first input, and renders again when it is there. */
  protected readonly safetyLexicon = new SafetyController(this);

  /** `launcher` shows a close button (reflected: the layout differs). */
  @property({ reflect: true }) mode: 'inline' | 'launcher' = 'inline';
  /** Whether the panel is visible; replies from a person while hidden mark the launcher unread. */
  @property({ type: Boolean }) active = true;

  @state() private session: ChatSession = sessionStore.get() ?? emptySession();
  @state() private pane: Pane = 'none';
  @state() private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private inputError = '';
  /** The leave-a-question form (undefined: empty). */
  @state() private leave?: LeaveForm;
  @state() private announce = '';

  @query('#input') private input?: HTMLInputElement;
  @query('.log') private log?: HTMLElement;

  private retriever?: { key: unknown; lang: string; value: Retriever };
  private widgets = new Map<string, HTMLElement>();
  private readonly onOnline = () => (this.offline = false);
  private readonly onOffline = () => (this.offline = true);

  private readonly reading = new ConversationScroll(this, {
    body: () => this.renderRoot.querySelector<HTMLElement>('.body') ?? undefined,
    log: () => this.log,
    items: () => this.session.items,
  });

  /**
   * The handoff's code: loaded when the parent first asks for a person (the pane shows a calm
   * loading line, or a failure with "try again"), or at once when the stored conversation is
   * with a person (see willUpdate).
   */
  private readonly person = new LazyView(this, personCode);
  /**
   * The bot's search (it loads with the knowledge base on the first input): when it could not
   * load, the log says so calmly with "try again", and the question stays in the field.
   */
  private readonly search = new LazyView(this, answerSearchCode());
  /** A question waits in the field because the bot's search could not load. */
  @state() private searchFailed = false;
  private handoffController?: HandoffController;
  private resumeAsked = false;

  /** The conversation with a person, once the handoff's code is there (made once). */
  private get handoff(): HandoffController | undefined {
    const person = this.person.ready;
    this.handoffController ??= person
      ? new person.HandoffController(this, {
          config: () => this.resolved,
          session: () => this.session,
          change: (fn) => this.change(fn),
          visible: () => this.active,
          history: () => (this.resolved ? transcript(this.session.items, this.resolved, this.i18n) : []),
          i18n: this.i18n,
        })
      : undefined;
    return this.handoffController;
  }

  /** Runs `fn` with the handoff's controller: at once, or when its code has loaded. */
  private withHandoff(fn: (handoff: HandoffController) => void): void {
    if (this.handoff) return fn(this.handoff);
    void this.person.load().then(() => this.handoff && fn(this.handoff));
  }

  constructor() {
    super();
    new DataClearedController(this, () => this.reset(false));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('input', this.onFirstInput);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.removeEventListener('keydown', this.onKeydown);
    this.removeEventListener('input', this.onFirstInput);
  }

  /**
   * Moves focus to the input (the launcher calls this when it opens the panel). While the
   * config is still loading, focus moves as soon as the input is there.
   */
  focusInput(): void {
    if (this.input) this.input.focus();
    else this.focusWhenReady = true;
  }
  private focusWhenReady = false;

  /**
   * Escape goes back one step before it closes: an open pane (the consent question, the
   * leave-a-question form) goes back and keeps what was asked or typed; with nothing open,
   * the launcher's panel closes.
   */
  private onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const back = backFrom[this.pane];
    if (back !== undefined) {
      e.stopPropagation();
      e.preventDefault();
      this.showPane(back);
      return;
    }
    if (this.mode === 'launcher') {
      e.stopPropagation();
      this.dispatchEvent(new Event('chat-close', { bubbles: true, composed: true }));
    }
  };

  /**
   * Opens a pane (or closes it with `none`) and moves focus to it: its heading or first control,
   * or back to the input, so a screen-reader user hears where they are.
   */
  private showPane(pane: Pane): void {
    this.pane = pane;
    this.focusPane();
  }

  private focusPane(): void {
    void this.updateComplete.then(() => {
      const pane = this.pane;
      if (pane === 'none') return this.input?.focus();
      const target = this.renderRoot.querySelector<HTMLElement>(
        '.pane [data-pane-focus], .pane h3, .pane button, .pane input, .pane textarea',
      );
      if (!target) return;
      if (!target.matches('button, input, textarea')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.closest('.pane')?.scrollIntoView({ block: 'nearest' });
    });
  }

  // ——— state ———

  private get resolved(): ResolvedConfig | undefined {
    const s = this.configController.state;
    return s.status === 'pending' ? undefined : s.config;
  }

  private retrieverFor(config: ResolvedConfig, search: AnswerSearch): Retriever {
    const lang = this.i18n.lang;
    if (this.retriever?.key !== config.knowledgeBase || this.retriever.lang !== lang) {
      const { createRetriever, nationalSynonyms } = search;
      this.retriever = {
        key: config.knowledgeBase,
        lang,
        value: createRetriever(config.knowledgeBase, lang, {
          synonyms: [...nationalSynonyms, ...config.synonyms],
          model: registeredContent().questionModel,
        }),
      };
    }
    return this.retriever.value;
  }

  /** Changes the session; stores it once the parent has written something. */
  private change(fn: (s: ChatSession) => ChatSession): void {
    this.session = fn(this.session);
    if (this.session.items.some((i) => i.from === 'parent'))
      sessionStore.set({ ...this.session, open: this.mode === 'launcher' ? this.active : undefined });
  }

  private add(...items: ChatItem[]): void {
    const at = Date.now();
    this.change((s) => ({ ...s, items: [...s.items, ...items.map((i) => ({ at, ...i }))] }));
  }

  private reset(announce: boolean): void {
    const h = this.session.handoff;
    if (h) this.withHandoff((handoff) => handoff.forget(h));
    this.widgets.clear();
    sessionStore.remove();
    this.session = emptySession();
    this.pane = 'none';
    this.inputError = '';
    this.searchFailed = false;
    this.leave = undefined;
    this.dispatchEvent(new CustomEvent('chat-unread', { detail: false, bubbles: true, composed: true }));
    this.announce = announce ? this.i18n.t('cleared') : '';
  }

  private clear = () => {
    this.reset(true);
    this.focusInput();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // a conversation from before (this page or the last) shows its answers from the knowledge base
    if (!knowledgeSettled() && this.session.items.some((i) => i.from === 'parent')) this.onFirstInput();
    if (changed.has('active') && this.active && this.session.unread) {
      this.change((s) => ({ ...s, unread: false }));
      this.dispatchEvent(new CustomEvent('chat-unread', { detail: false, bubbles: true, composed: true }));
    }
    if (changed.has('active') && this.session.items.some((i) => i.from === 'parent')) this.change((s) => s);
    // the bot's search came after "try again": the question held in the field goes now
    if (this.searchFailed && answerSearch() && !this.awaitingContent) {
      this.searchFailed = false;
      void this.updateComplete.then(() => {
        // focus was on "try again", which is gone: back to the field
        if (!this.renderRoot.contains(document.activeElement) && !this.shadowRoot?.activeElement) this.input?.focus();
        if (this.input?.value.trim()) this.input.form?.requestSubmit();
      });
    }
    const person = this.person.ready;
    if (person) {
      // makes the handoff's controller, which resumes a conversation with a person in this
      // update (its hostUpdate)
      void this.handoff;
      const config = this.resolved;
      if (this.pane === 'asking' && config) this.pane = person.firstPane(config, new Date());
    } else if (this.session.handoff && !this.resumeAsked) {
      // a conversation with a person from before (this page or the last): its code at once
      // (once: after a failure the pane offers "try again")
      this.resumeAsked = true;
      void this.person.load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusWhenReady && this.input) {
      this.focusWhenReady = false;
      this.input.focus();
    }
    if (changed.has('session')) this.reading.reveal((changed.get('session') as ChatSession | undefined)?.items.length ?? 0);
    // the handoff's code came after the parent asked: focus moves from the loading line to the pane
    if (changed.get('pane') === 'asking' && this.pane !== 'asking') this.focusPane();
  }

  // ——— the bot ———

  /** A question waits for the safety lexicon and the knowledge base to load before the bot answers it. */
  private awaitingContent = false;

  /** The national knowledge base; if it cannot load, the bot answers from the gemeente's own. */
  private async knowledgeLoaded(): Promise<void> {
    try {
      await loadKnowledge();
    } catch (e) {
      console.error('DigiPlein: de landelijke kennisbank kon niet laden / the national knowledge base could not load', e);
    }
  }

  private readonly onFirstInput = () => {
    if (!knowledgeSettled() || !answerSearch())
      loadKnowledge().then(
        () => this.requestUpdate(),
        () => undefined,
      );
  };

  private onSubmit = (e: Event) => {
    e.preventDefault();
    const config = this.resolved;
    const field = this.input;
    if (!config || !field) return;
    const text = field.value.trim();
    const wait = this.session.flow?.wait;
    if (!text) {
      this.inputError = this.i18n.t('flow.empty');
      return;
    }
    this.inputError = '';
    // the bot answers (not a person, nor a guided conversation's question)
    const bot = !this.session.handoff && wait?.kind !== 'question';
    if (!safetySettled() || (bot && (!knowledgeSettled() || !answerSearch()))) {
      // the safety check runs before any reply, and the bot's answer comes from the whole
      // knowledge base with its search: wait for them (they load on the first input)
      if (!this.awaitingContent) {
        this.awaitingContent = true;
        void Promise.all([safetyLoaded(), ...(bot ? [this.knowledgeLoaded(), this.search.load()] : [])]).then(() => {
          this.awaitingContent = false;
          // the search could not load: a calm message in the log with "try again" (renderReady);
          // the question stays in the field, and sending again tries again too
          this.searchFailed = bot && !answerSearch();
          if (!this.searchFailed) this.onSubmit(e);
        });
      }
      return;
    }
    if (wait?.kind === 'question' && !this.session.handoff) {
      const conv = this.conversation(config, this.session.flow!.conversation);
      const result = conv ? answerFlow(conv, wait.node, text, this.session.flow!.answers) : undefined;
      if (result && !result.ok) {
        this.inputError = this.i18n.t(result.reason === 'postcode' ? 'flow.postcode' : 'flow.empty');
        return;
      }
      field.value = '';
      this.add({ id: newId(), from: 'parent', text });
      const safety = assessSafety(config, text);
      if (safety) this.showSafety(safety);
      if (safety?.strength === 'strong') return;
      if (result?.ok && conv) this.applyStep(conv, result.step, result.answers);
      return;
    }
    field.value = '';
    this.ask(config, text);
  };

  private ask(config: ResolvedConfig, text: string): void {
    if (this.session.handoff) {
      // a person is in the conversation: the bot stays silent, but danger still shows the card;
      // before the handoff's code is there, the message waits as pending and goes when it connects
      if (this.handoff) this.handoff.send(text);
      else this.add(pendingMessage(text));
      const safety = assessSafety(config, text);
      if (safety) this.add({ id: newId(), from: 'bot', kind: 'safety', assessment: safety });
      return;
    }
    this.add({ id: newId(), from: 'parent', text });
    this.change((s) => ({ ...s, flow: undefined }));
    const { safety, reply } = botReply(text, (t) => assessSafety(config, t), this.retrieverFor(config, answerSearch()!));
    if (safety) this.showSafety(safety);
    // after a strong signal the card stands alone unless content answers the question directly
    if (safety?.strength === 'strong' && reply.kind !== 'answer') return;
    switch (reply.kind) {
      case 'person':
        return this.requestPerson();
      case 'answer':
        return this.add({ id: newId(), from: 'bot', kind: 'answer', entry: reply.entry.id });
      case 'suggest':
        return this.add({ id: newId(), from: 'bot', kind: 'suggest', entries: reply.entries.map((e) => e.id) });
      case 'none':
        return this.add({ id: newId(), from: 'bot', kind: 'none' });
    }
  }

  private showSafety(assessment: SafetyAssessment): void {
    if (assessment.strength === 'strong') {
      this.change((s) => ({ ...s, flow: undefined }));
      this.pane = 'none'; // focus stays in the input: the card is announced and in view
    }
    this.add({ id: newId(), from: 'bot', kind: 'safety', assessment });
  }

  private pickSuggestion(entry: KnowledgeEntry) {
    this.add(
      { id: newId(), from: 'parent', text: this.i18n.text(entry.question) },
      { id: newId(), from: 'bot', kind: 'answer', entry: entry.id },
    );
  }

  // ——— guided conversations ———

  private conversation(config: ResolvedConfig, id: string): Conversation | undefined {
    return config.conversations.find((c) => c.id === id);
  }

  private startConversation(conv: Conversation): void {
    this.pane = 'none';
    this.add({ id: newId(), from: 'parent', text: this.i18n.text(conv.title) });
    this.applyStep(conv, run(conv), {});
  }

  private applyStep(conv: Conversation, step: FlowStep, answers: Record<string, string>): void {
    const wait = step.wait;
    this.add(...stepItems(step));
    const keep = wait.kind === 'choice' || wait.kind === 'question';
    this.change((s) => ({ ...s, flow: keep ? { conversation: conv.id, wait, answers } : undefined }));
    if (wait.kind === 'handoff') this.requestPerson();
    if (keep)
      void this.updateComplete.then(() =>
        wait.kind === 'question' ? this.input?.focus() : this.renderRoot.querySelector<HTMLElement>('.choices button')?.focus(),
      );
  }

  private onChoice(index: number): void {
    const config = this.resolved;
    const flow = this.session.flow;
    if (!config || flow?.wait.kind !== 'choice') return;
    const conv = this.conversation(config, flow.conversation);
    const label = flow.wait.choices[index]?.label;
    if (!conv || !label) return;
    const result = choose(conv, flow.wait.node, index, flow.answers);
    this.add({ id: newId(), from: 'parent', text: this.i18n.text(label) });
    if (result.ok) this.applyStep(conv, result.step, result.answers);
  }

  // ——— handoff ———

  /** The parent asks for a person: the first pane of the handoff, once its code is there (willUpdate). */
  private requestPerson = () => {
    const config = this.resolved;
    if (!config || this.session.handoff) return;
    this.change((s) => ({ ...s, flow: undefined }));
    this.showPane('asking');
    void this.person.load(); // (again, after a failure: asking again is trying again)
  };

  private async startHandoff(share: boolean): Promise<void> {
    const handoff = this.handoff;
    if (!handoff) return; // the consent pane shows only once the handoff's code is there
    this.showPane('starting');
    const ok = await handoff.start(share);
    this.showPane(ok ? 'none' : 'failed');
  }

  private endHandoff = () => this.withHandoff((handoff) => handoff.end());

  private sendingQuestion = false;

  private async sendQuestion(): Promise<void> {
    const config = this.resolved;
    const person = this.person.ready; // the form shows only once the handoff's code is there
    // One question per press, however often the button is clicked while it is on its way.
    if (!config?.endpoints.api || !config.chat.organisation || !person || this.sendingQuestion) return;
    const { ChatApi, leaveErrors, leaveRequest } = person;
    const f = this.leave ?? person.emptyLeave();
    const errors = leaveErrors(f);
    this.leave = { ...f, errors, failed: false };
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.pane [aria-invalid="true"]')?.focus();
      return;
    }
    this.sendingQuestion = true;
    try {
      await new ChatApi(config.endpoints.api).leaveQuestion(leaveRequest(f, config.chat.organisation, this.i18n.servedLang));
      this.showPane('none');
      this.leave = undefined;
      this.add({ id: newId(), from: 'bot', kind: 'notice', key: 'leave.sent' });
      // a question left may signal danger too: the safety card comes with the confirmation
      await safetyLoaded();
      const safety = assessSafety(config, f.question);
      if (safety) this.add({ id: newId(), from: 'bot', kind: 'safety', assessment: safety });
      fire(this, 'digiplein-chat-handoff', { stage: 'question-left' });
    } catch {
      this.leave = { ...(this.leave ?? person.emptyLeave()), failed: true };
    } finally {
      this.sendingQuestion = false;
    }
  }

  /** Where "Toch niet" in the form to leave a question goes back to. */
  private leaveBack: Pane = 'closed-hours';

  /**
   * The form to leave a question, with the question the parent asked last to send as it is or
   * to change (it stays on this device until they press send).
   */
  private openLeaveForm(empty: LeaveForm, back: Pane): void {
    this.leave ??= { ...empty, question: this.lastQuestion() };
    this.leaveBack = back;
    this.showPane('leave');
  }

  /** What the parent wrote last in this conversation, if anything. */
  private lastQuestion(): string {
    for (const item of [...this.session.items].reverse()) if (item.from === 'parent') return item.text;
    return '';
  }

  // ——— rendering ———

  /** Another widget opened inside the chat: its element (never its code), kept across renders. */
  private widgetElement(item: Extract<ChatItem, { kind: 'widget' }>): HTMLElement {
    const el = this.widgets.get(item.id) ?? createWidgetElement(item);
    this.widgets.set(item.id, el);
    return el;
  }

  private renderPane(config: ResolvedConfig): TemplateResult | typeof nothing {
    const flow = this.session.flow;
    if (!this.session.handoff && flow?.wait.kind === 'choice' && this.pane === 'none')
      return renderChoices(this.i18n, flow.wait, (i) => this.onChoice(i));
    if (this.pane === 'none' && !this.session.handoff) return nothing;
    const person = this.person.ready;
    // the handoff's code is loading: a calm line (focused in place of the button that asked), or
    // its failure with "try again" and the organisation's own phone and e-mail (a parent who asked
    // for a person still has a way to one); a conversation with a person goes on once it is there
    if (!person)
      return html`<div class="pane person-loading"><div data-pane-focus>${this.person.render(this.i18n, () => nothing, {
        otherWay: renderOrganisationContact(config, this.i18n, this.i18n.t('closedHours.contact')),
      })}</div></div>`;
    if (this.pane === 'none' && this.session.handoff?.state.status === 'waiting')
      return person.renderLeaveInstead(this.i18n, () => {
        this.endHandoff();
        this.openLeaveForm(person.emptyLeave(), 'none');
      });
    const leave = this.leave ?? person.emptyLeave();
    return person.renderHandoffPane(this.pane, config, this.i18n, leave, {
      share: (share) => void this.startHandoff(share),
      retry: () => this.showPane('consent'),
      leave: () => this.openLeaveForm(person.emptyLeave(), 'closed-hours'),
      spreekuur: () => {
        this.showPane('none');
        this.add({ id: newId(), from: 'bot', kind: 'widget', widget: 'spreekuur-aanmelding', options: {} });
      },
      change: (f) => (this.leave = { ...(this.leave ?? person.emptyLeave()), ...f }),
      submit: () => void this.sendQuestion(),
      cancel: () => this.showPane(this.pane === 'leave' ? this.leaveBack : 'none'),
      contact: (intro) => renderOrganisationContact(config, this.i18n, intro),
    });
  }

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const h = this.session.handoff;
    const question = !h && this.session.flow?.wait.kind === 'question' ? this.session.flow.wait : undefined;
    const fresh = !this.session.items.some((i) => i.from === 'parent');
    const head = {
      title: this.i18n.text(config.chat.botName) || t('title'),
      person: h?.state.status === 'active',
      handoff: !!h,
      fresh,
      launcher: this.mode === 'launcher',
    };
    // one composer at a time: the leave-a-question form has its own question field
    const composing = this.pane !== 'leave';
    const privacy = h ? (h.state.status === 'active' ? 'privacyPerson' : 'privacyWaiting') : composing ? 'privacy' : 'privacyLeave';
    return html`<section class="chat ${h ? 'handoff' : ''}" aria-labelledby="chat-title">
      ${renderHead(t, head, { end: this.endHandoff, clear: this.clear, close: () => this.dispatchEvent(new Event('chat-close', { bubbles: true, composed: true })) })}
      ${renderBanners(t, this.offline, !!this.handoffController?.reconnecting && !!h)}
      <div class="body" @scroll=${this.reading.onScroll}>
        ${renderLog(t, this.session.items, { config, i18n: this.i18n, askPerson: this.requestPerson, pick: (e) => this.pickSuggestion(e), widget: (w) => this.widgetElement(w), retry: (id) => this.withHandoff((handoff) => handoff.retry(id)) }, this.searchFailed ? this.search.render(this.i18n, () => nothing) : nothing)}
        ${fresh && !h && this.pane === 'none' ? renderStarters(config, this.i18n, (c) => this.startConversation(c)) : nothing}
        ${this.renderPane(config)}
        ${this.reading.newBelow ? html`<button type="button" class="button new-below" @click=${this.reading.showNewest}>${t('newMessage')}</button>` : nothing}
      </div>
      ${renderTyping(t, !!this.handoffController?.typing, h?.state.professional)}
      ${
        composing
          ? renderComposer(
              t,
              { label: question ? t('flow.answerLabel') : h ? t('inputToPerson') : t('input'), error: this.inputError },
              {
                submit: this.onSubmit,
                focus: this.keepInView,
                input: () => this.handoffController?.parentTyping(),
              },
            )
          : nothing
      }
      ${renderFoot(t(privacy), h || this.pane !== 'none' ? undefined : this.requestPerson, t('askPerson'))}
      <p class="vh" role="status">${this.announce}</p>
    </section>`;
  }

  /** Inline mode on a phone: keep the input above the on-screen keyboard. */
  private keepInView = () => {
    if (this.mode === 'launcher') return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    setTimeout(() => this.input?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' }), 300);
  };
}
