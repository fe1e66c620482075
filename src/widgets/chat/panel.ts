import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DigipleinElement } from '../../core/element.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Conversation, KnowledgeEntry } from '../../core/config/schema/index.js';
import { fire } from '../../core/events/fire.js';
import '../../core/events/chat-handoff.js';
import { I18nController, addTranslations } from '../../core/i18n/index.js';
import { createSafetyDetector } from '../../core/safety/detect.js';
import type { SafetyDetector } from '../../core/safety/detect.js';
import { DataClearedController } from '../../core/storage/controller.js';
import { availability } from './availability.js';
import { botReply } from './bot.js';
import { answer as answerFlow, choose, run } from './flow.js';
import type { FlowStep } from './flow.js';
import { HandoffController } from './handoff-controller.js';
import { ChatApi } from './handoff.js';
import { renderClosedHours, renderConsent, renderLeaveForm, renderNoServer, type LeaveForm } from './handoff-views.js';
import { en } from './locales/en.js';
import { nl } from './locales/nl.js';
import { createRetriever } from './retrieve.js';
import type { Retriever } from './retrieve.js';
import { newId, sessionStore } from './session.js';
import type { ChatItem, ChatSession } from './session.js';
import { panelStyles } from './styles.js';
import { renderItem } from './items.js';

addTranslations('chat', { nl, en });

/** What the area under the log shows besides the composer. */
type Pane = 'none' | 'consent' | 'starting' | 'failed' | 'closed-hours' | 'no-server' | 'leave' | 'leave-sent';

const WIDGET_TAGS: Record<string, string> = {
  hulpzoeker: 'digiplein-hulpzoeker',
  'spreekuur-aanmelding': 'digiplein-spreekuur-aanmelding',
  'stap-tracker': 'digiplein-stap-tracker',
};

const emptySession = (): ChatSession => ({ v: 1, items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }] });

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
 */
export class DigipleinChatPanel extends DigipleinElement {
  static override styles = [...DigipleinElement.styles, panelStyles];

  protected readonly i18n = new I18nController(this, 'chat');

  /** `launcher` shows a close button. */
  @property() mode: 'inline' | 'launcher' = 'inline';
  /** Whether the panel is visible; replies from a person while hidden mark the launcher unread. */
  @property({ type: Boolean }) active = true;

  @state() private session: ChatSession = sessionStore.get() ?? emptySession();
  @state() private pane: Pane = 'none';
  @state() private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private inputError = '';
  @state() private leave: LeaveForm = { question: '', name: '', email: '', phone: '', consent: false, errors: {} };
  @state() private announce = '';

  @query('#input') private input?: HTMLInputElement;
  @query('.log') private log?: HTMLElement;

  private retriever?: { key: unknown; lang: string; value: Retriever };
  private detector?: { key: unknown; value: SafetyDetector };
  private widgets = new Map<string, HTMLElement>();
  private readonly onOnline = () => (this.offline = false);
  private readonly onOffline = () => (this.offline = true);

  private readonly handoff = new HandoffController(this, {
    config: () => this.resolved,
    session: () => this.session,
    change: (fn) => this.change(fn),
    visible: () => this.active,
    i18n: this.i18n,
  });

  constructor() {
    super();
    new DataClearedController(this, () => this.reset(false));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.removeEventListener('keydown', this.onKeydown);
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

  private onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.mode === 'launcher') {
      e.stopPropagation();
      this.dispatchEvent(new Event('chat-close', { bubbles: true, composed: true }));
    }
  };

  // ——— state ———

  private get resolved(): ResolvedConfig | undefined {
    const s = this.configController.state;
    return s.status === 'pending' ? undefined : s.config;
  }

  private retrieverFor(config: ResolvedConfig): Retriever {
    const lang = this.i18n.lang;
    if (this.retriever?.key !== config.knowledgeBase || this.retriever.lang !== lang) {
      this.retriever = { key: config.knowledgeBase, lang, value: createRetriever(config.knowledgeBase, lang, { synonyms: config.synonyms }) };
    }
    return this.retriever.value;
  }

  private detectorFor(config: ResolvedConfig): SafetyDetector {
    if (this.detector?.key !== config.safety) this.detector = { key: config.safety, value: createSafetyDetector(config.safety.phrases) };
    return this.detector.value;
  }

  /** Changes the session; stores it once the parent has written something. */
  private change(fn: (s: ChatSession) => ChatSession): void {
    this.session = fn(this.session);
    if (this.session.items.some((i) => i.from === 'parent')) sessionStore.set({ ...this.session, open: this.mode === 'launcher' ? this.active : undefined });
  }

  private add(...items: ChatItem[]): void {
    this.change((s) => ({ ...s, items: [...s.items, ...items] }));
  }

  private reset(announce: boolean): void {
    this.handoff.forget();
    this.widgets.clear();
    sessionStore.remove();
    this.session = emptySession();
    this.pane = 'none';
    this.inputError = '';
    this.leave = { question: '', name: '', email: '', phone: '', consent: false, errors: {} };
    this.dispatchEvent(new CustomEvent('chat-unread', { detail: false, bubbles: true, composed: true }));
    this.announce = announce ? this.i18n.t('cleared') : '';
  }

  private clear = () => {
    this.reset(true);
    this.focusInput();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('active') && this.active && this.session.unread) {
      this.change((s) => ({ ...s, unread: false }));
      this.dispatchEvent(new CustomEvent('chat-unread', { detail: false, bubbles: true, composed: true }));
    }
    if (changed.has('active') && this.session.items.some((i) => i.from === 'parent')) this.change((s) => s);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusWhenReady && this.input) {
      this.focusWhenReady = false;
      this.input.focus();
    }
    if (changed.has('session') && this.log) {
      const log = this.log;
      log.scrollTop = log.scrollHeight;
    }
  }

  // ——— the bot ———

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
    if (wait?.kind === 'question' && !this.session.handoff) {
      const conv = this.conversation(config, this.session.flow!.conversation);
      const result = conv ? answerFlow(conv, wait.node, text, this.session.flow!.answers) : undefined;
      if (result && !result.ok) {
        this.inputError = this.i18n.t(result.reason === 'postcode' ? 'flow.postcode' : 'flow.empty');
        return;
      }
      field.value = '';
      this.add({ id: newId(), from: 'parent', text });
      if (this.detectorFor(config).match(text)) return this.showSafety();
      if (result?.ok && conv) this.applyStep(conv, result.step, result.answers);
      return;
    }
    field.value = '';
    this.ask(config, text);
  };

  private ask(config: ResolvedConfig, text: string): void {
    if (this.session.handoff) {
      // a person is in the conversation: the bot stays silent, but danger still shows the card
      this.handoff.send(text);
      if (this.detectorFor(config).match(text)) this.add({ id: newId(), from: 'bot', kind: 'safety' });
      return;
    }
    this.add({ id: newId(), from: 'parent', text });
    this.change((s) => ({ ...s, flow: undefined }));
    const reply = botReply(text, this.detectorFor(config), this.retrieverFor(config));
    switch (reply.kind) {
      case 'safety':
        return this.showSafety();
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

  private showSafety(): void {
    this.change((s) => ({ ...s, flow: undefined }));
    this.pane = 'none';
    this.add({ id: newId(), from: 'bot', kind: 'safety' });
  }

  private pickSuggestion(entry: KnowledgeEntry) {
    this.add({ id: newId(), from: 'parent', text: this.i18n.text(entry.question) }, { id: newId(), from: 'bot', kind: 'answer', entry: entry.id });
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
    const items: ChatItem[] = step.outputs.map((o) =>
      o.kind === 'message'
        ? { id: newId(), from: 'bot', kind: 'text', text: o.text }
        : { id: newId(), from: 'bot', kind: 'widget', widget: o.widget, options: o.options },
    );
    const wait = step.wait;
    if (wait.kind === 'choice' || wait.kind === 'question') items.push({ id: newId(), from: 'bot', kind: 'text', text: wait.text });
    if (wait.kind === 'handoff' && wait.text) items.push({ id: newId(), from: 'bot', kind: 'text', text: wait.text });
    if (wait.kind === 'error') items.push({ id: newId(), from: 'bot', kind: 'notice', key: 'flow.error' });
    this.add(...items);
    const keep = wait.kind === 'choice' || wait.kind === 'question';
    this.change((s) => ({ ...s, flow: keep ? { conversation: conv.id, wait, answers } : undefined }));
    if (wait.kind === 'handoff') this.requestPerson();
    if (keep) void this.updateComplete.then(() => (wait.kind === 'question' ? this.input?.focus() : this.renderRoot.querySelector<HTMLElement>('.choices button')?.focus()));
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

  private requestPerson = () => {
    const config = this.resolved;
    if (!config || this.session.handoff) return;
    this.change((s) => ({ ...s, flow: undefined }));
    if (!config.endpoints.api || !config.chat.organisation) this.pane = 'no-server';
    else this.pane = availability(config.chat, new Date()).open ? 'consent' : 'closed-hours';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.pane button, .pane input, .pane textarea')?.focus());
  };

  private async startHandoff(share: boolean): Promise<void> {
    this.pane = 'starting';
    const ok = await this.handoff.start(share);
    this.pane = ok ? 'none' : 'failed';
    if (ok) void this.updateComplete.then(() => this.input?.focus());
  }

  private endHandoff = () => this.handoff.end();

  private async sendQuestion(): Promise<void> {
    const config = this.resolved;
    if (!config?.endpoints.api || !config.chat.organisation) return;
    const f = this.leave;
    const errors: LeaveForm['errors'] = {};
    if (!f.question.trim()) errors.question = 'leave.errors.question';
    if (!f.email.trim() && !f.phone.trim()) errors.contact = 'leave.errors.contact';
    if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) errors.email = 'leave.errors.email';
    if (f.phone.trim() && !/^\+?[\d -]{6,20}$/.test(f.phone.trim())) errors.phone = 'leave.errors.phone';
    if (!f.consent) errors.consent = 'leave.errors.consent';
    this.leave = { ...f, errors, failed: false };
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.pane [aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await new ChatApi(config.endpoints.api).leaveQuestion({
        organisation: config.chat.organisation,
        lang: this.i18n.servedLang,
        question: f.question.trim(),
        ...(f.name.trim() ? { name: f.name.trim() } : {}),
        ...(f.email.trim() ? { email: f.email.trim() } : {}),
        ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
        consent: true,
      });
      this.pane = 'leave-sent';
      this.leave = { question: '', name: '', email: '', phone: '', consent: false, errors: {} };
      this.add({ id: newId(), from: 'bot', kind: 'notice', key: 'leave.sent' });
      // a question left may signal danger too: the safety card comes with the confirmation
      if (this.detectorFor(config).match(f.question)) this.add({ id: newId(), from: 'bot', kind: 'safety' });
      fire(this, 'digiplein-chat-handoff', { stage: 'question-left' });
    } catch {
      this.leave = { ...this.leave, failed: true };
    }
  }

  // ——— rendering ———

  /** Another widget opened inside the chat: its element (never its code), kept across renders. */
  private widgetElement(item: Extract<ChatItem, { kind: 'widget' }>): HTMLElement {
    let el = this.widgets.get(item.id);
    if (!el) {
      el = document.createElement(WIDGET_TAGS[item.widget] ?? 'div');
      for (const [k, v] of Object.entries(item.options)) if (v) el.setAttribute(k, v);
      this.configSourceFor(el)?.();
      this.widgets.set(item.id, el);
    }
    return el;
  }

  /** The opened widget uses the same config source as the chat. */
  private configSourceFor(el: HTMLElement): (() => void) | undefined {
    const raw = this.config;
    if (raw !== undefined) return () => Object.assign(el, { config: raw });
    if (this.configSrc) return () => el.setAttribute('config', this.configSrc!);
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return () => el.append(script.cloneNode(true));
    return undefined; // a provider around the chat reaches the widget as well
  }

  private renderPane(config: ResolvedConfig): TemplateResult | typeof nothing {
    const flow = this.session.flow;
    if (!this.session.handoff && flow?.wait.kind === 'choice' && this.pane === 'none') {
      return html`<div class="pane choices" role="group" aria-label=${this.i18n.text(flow.wait.text)}>
        ${flow.wait.choices.map((c, i) => html`<button type="button" class="button secondary" @click=${() => this.onChoice(i)}>${this.i18n.text(c.label)}</button>`)}
      </div>`;
    }
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    switch (this.pane) {
      case 'consent':
        return renderConsent(t, (share) => void this.startHandoff(share), () => (this.pane = 'none'));
      case 'starting':
        return html`<div class="pane"><p role="status">${t('handoff.starting')}</p></div>`;
      case 'failed':
        return html`<div class="pane"><p role="alert">${t('handoff.failed')}</p>
          <button type="button" class="button" @click=${() => (this.pane = 'consent')}>${t('handoff.retry')}</button></div>`;
      case 'closed-hours':
        return renderClosedHours(config, this.i18n, availability(config.chat, new Date()), {
          leave: () => (this.pane = 'leave'),
          spreekuur: () => {
            this.pane = 'none';
            this.add({ id: newId(), from: 'bot', kind: 'widget', widget: 'spreekuur-aanmelding', options: {} });
          },
          cancel: () => (this.pane = 'none'),
        });
      case 'no-server':
        return renderNoServer(config, this.i18n, () => (this.pane = 'none'));
      case 'leave':
        return renderLeaveForm(this.i18n, this.leave, (f) => (this.leave = { ...this.leave, ...f }), () => void this.sendQuestion(), () => (this.pane = 'none'));
      default:
        return nothing;
    }
  }

  protected renderReady(config: ResolvedConfig): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const h = this.session.handoff;
    const title = this.i18n.text(config.chat.botName) || t('title');
    const question = !h && this.session.flow?.wait.kind === 'question' ? this.session.flow.wait : undefined;
    const starterIds = config.chat.starters;
    const starters = starterIds ? config.conversations.filter((c) => starterIds.includes(c.id)) : config.conversations;
    const fresh = !this.session.items.some((i) => i.from === 'parent');
    return html`<section class="chat" aria-labelledby="chat-title">
      <header class="head">
        <h2 id="chat-title">${title}</h2>
        ${h?.state.status === 'active' ? html`<span class="badge" part="person-badge">${t('handoff.person')}</span>` : nothing}
        <div class="tools">
          ${h ? html`<button type="button" class="button link" @click=${this.endHandoff}>${t('handoff.end')}</button>` : nothing}
          ${fresh ? nothing : html`<button type="button" class="button link" @click=${this.clear}>${t('clear')}</button>`}
          ${this.mode === 'launcher'
            ? html`<button type="button" class="button secondary close" aria-label=${t('close')} @click=${() => this.dispatchEvent(new Event('chat-close', { bubbles: true, composed: true }))}>
                <span aria-hidden="true">×</span>
              </button>`
            : nothing}
        </div>
      </header>
      ${this.offline ? html`<p class="banner" role="status">${t('offline')}</p>` : nothing}
      ${this.handoff.reconnecting && h ? html`<p class="banner" role="status">${t('handoff.reconnecting')}</p>` : nothing}
      <div class="log" part="log" role="log" aria-label=${t('log')} tabindex="0">
        ${repeat(this.session.items, (i) => i.id, (i) =>
          renderItem(i, { config, i18n: this.i18n, askPerson: this.requestPerson, pick: (e) => this.pickSuggestion(e), widget: (w) => this.widgetElement(w) }))}
      </div>
      ${fresh && starters.length && !h && this.pane === 'none'
        ? html`<div class="pane starters" role="group" aria-label=${t('starters')}>
            ${starters.map((c) => html`<button type="button" class="button secondary" @click=${() => this.startConversation(c)}>${this.i18n.text(c.title)}</button>`)}
          </div>`
        : nothing}
      ${this.renderPane(config)}
      <p class="typing" aria-hidden=${this.handoff.typing ? 'false' : 'true'}>${this.handoff.typing ? t('handoff.typing', { name: h?.state.professional ?? t('professional') }) : ''}</p>
      <form class="composer" part="composer" @submit=${this.onSubmit} novalidate>
        <label for="input" class="vh">${question ? t('flow.answerLabel') : h ? t('inputToPerson') : t('input')}</label>
        <input
          id="input"
          type="text"
          autocomplete="off"
          enterkeyhint="send"
          maxlength="2000"
          aria-invalid=${this.inputError ? 'true' : 'false'}
          aria-describedby=${this.inputError ? 'input-error' : 'privacy'}
          @focus=${this.keepInView}
          @input=${() => this.handoff.parentTyping()}
        />
        <button type="submit" class="button">${t('send')}</button>
        ${this.inputError ? html`<p id="input-error" class="error" role="alert">${this.inputError}</p>` : nothing}
      </form>
      <div class="foot">
        <p id="privacy" class="hint">${t('privacy')}</p>
        ${h || this.pane !== 'none' ? nothing : html`<button type="button" class="button link" @click=${this.requestPerson}>${t('askPerson')}</button>`}
      </div>
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
