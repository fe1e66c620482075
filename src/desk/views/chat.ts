import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { chatMessage, deskConversation, deskQuestion } from '../../core/api/chat.js';
import type { ChatMessage, DeskConversation, DeskQuestion } from '../../core/api/chat.js';
import type { DeskSession } from '../../core/api/desk.js';
import { ApiRequestError } from '../../core/api/errors.js';
import { I18nController } from '../../core/i18n/index.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import type { Translation } from '../../core/i18n/index.js';
import { deskFetch } from '../api.js';
import { renderSafetyFlag } from '../safety-flag.js';
import { deskStyles } from '../styles.js';

const nl = {
  heading: 'Chats',
  conversations: 'Gesprekken',
  none: 'Er wacht nu niemand.',
  waiting: 'Wacht op een medewerker',
  abandoned: 'Verlaten: de ouder is niet meer verbonden',
  abandonedHeading: 'Verlaten gesprekken',
  abandonedHint: 'De ouder heeft de chat gesloten. Komt de ouder terug, dan staat het gesprek weer in de wachtrij.',
  replyHint: 'Enter verstuurt, Shift+Enter begint een nieuwe regel.',
  active: 'In gesprek met {{name}}',
  activeMine: 'In gesprek met u',
  since: 'sinds {{time}}',
  messages_one: '{{count}} bericht',
  messages_other: '{{count}} berichten',
  open: 'Openen',
  take: 'Aannemen',
  openLabel: 'Gesprek van {{time}} openen',
  takeLabel: 'Gesprek van {{time}} aannemen',
  noContact: 'geen contactgegevens achtergelaten',
  close: 'Gesprek afsluiten',
  closeConfirm: 'Het gesprek afsluiten? De ouder kan daarna niet meer antwoorden in dit gesprek, en het gaat uit de lijst.',
  closeYes: 'Ja, afsluiten',
  closeNo: 'Nee, verder praten',
  closedDone: 'Het gesprek is afgesloten.',
  history: 'Gesprek',
  reply: 'Uw antwoord',
  send: 'Versturen',
  parentTyping: 'De ouder typt…',
  from: { parent: 'Ouder', bot: 'DigiBegeleider', professional: 'Medewerker', system: 'DigiPlein' },
  closed: 'Dit gesprek is afgesloten.',
  notYours: 'Een collega voert dit gesprek.',
  questions: 'Achtergelaten vragen',
  noQuestions: 'Er zijn geen vragen.',
  contact: 'Bereikbaar via',
  handled: 'Afgehandeld',
  markHandled: 'Markeer als afgehandeld',
  live: 'Live bijgewerkt',
  reconnecting: 'Verbinding kwijt; we proberen het opnieuw…',
};
const en: Translation<typeof nl> = {
  heading: 'Chats',
  conversations: 'Conversations',
  none: 'Nobody is waiting right now.',
  waiting: 'Waiting for a professional',
  abandoned: 'Abandoned: the parent is no longer connected',
  abandonedHeading: 'Abandoned conversations',
  abandonedHint: 'The parent closed the chat. If the parent comes back, the conversation is in the queue again.',
  replyHint: 'Enter sends, Shift+Enter starts a new line.',
  active: 'Talking with {{name}}',
  activeMine: 'Talking with you',
  since: 'since {{time}}',
  messages_one: '{{count}} message',
  messages_other: '{{count}} messages',
  open: 'Open',
  take: 'Take',
  openLabel: 'Open the conversation of {{time}}',
  takeLabel: 'Take the conversation of {{time}}',
  noContact: 'no contact details left',
  close: 'Close conversation',
  closeConfirm: 'Close the conversation? The parent can no longer reply in it, and it leaves the list.',
  closeYes: 'Yes, close it',
  closeNo: 'No, keep talking',
  closedDone: 'The conversation is closed.',
  history: 'Conversation',
  reply: 'Your reply',
  send: 'Send',
  parentTyping: 'The parent is typing…',
  from: { parent: 'Parent', bot: 'DigiBegeleider', professional: 'Professional', system: 'DigiPlein' },
  closed: 'This conversation is closed.',
  notYours: 'A colleague is handling this conversation.',
  questions: 'Questions left',
  noQuestions: 'There are no questions.',
  contact: 'Reachable at',
  handled: 'Handled',
  markHandled: 'Mark as handled',
  live: 'Updated live',
  reconnecting: 'Connection lost; trying again…',
};

const list = z.object({ conversations: z.array(deskConversation) });
const detail = z.object({ conversation: deskConversation, messages: z.array(chatMessage) });
const questions = z.object({ questions: z.array(deskQuestion) });

/**
 * The desk's chat view: waiting and active conversations of the organisation with the history
 * the parent shared, take, reply (with typing state), close; and the questions parents left
 * outside opening hours. Live through the desk's server-sent event stream.
 *
 * @tagname digiplein-desk-chat
 * @summary The chat view of the desk.
 */
export class DeskChatView extends LitElement {
  static override styles = [
    ...deskStyles,
    css`
      .layout {
        display: grid;
        gap: 1em;
        grid-template-columns: minmax(14em, 1fr) 2fr;
      }
      @media (max-width: 48em) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      ul.items {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.5em;
      }
      .item {
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        padding: 0.5em 0.75em;
      }
      .item[aria-current='true'] {
        border-width: 3px;
        border-color: var(--_accent);
      }
      .log {
        display: grid;
        gap: 0.5em;
        max-block-size: 28em;
        overflow-y: auto;
        padding: 0.5em;
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        margin-block-end: 0.75em;
      }
      .msg {
        white-space: pre-wrap;
      }
      .msg .who {
        font-weight: 600;
      }
      textarea {
        inline-size: 100%;
      }
      .confirm {
        border-inline-start: 4px solid var(--_accent);
        padding-inline-start: 0.75em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
    `,
  ];

  /** Set by the desk shell. */
  @property({ attribute: false }) session?: DeskSession;
  protected readonly i18n = new I18nController(this, 'desk-chat', { nl, en });

  @state() private conversations: DeskConversation[] = [];
  @state() private selected?: { conversation: DeskConversation; messages: ChatMessage[] };
  @state() private questions: DeskQuestion[] = [];
  @state() private error?: ApiRequestError;
  @state() private parentTyping = false;
  @state() private reconnecting = false;
  /** The professional chose "close": the form asks once more before the parent is cut off. */
  @state() private confirmingClose = false;
  @state() private notice?: 'closedDone';
  /** Whether the log showed its newest message before this update (then it keeps doing so). */
  private logAtEnd = true;
  /** The conversation the log showed at the last update: another one opens at its newest message. */
  private logFor?: string;

  private source?: EventSource;
  private typingSent = false;
  private typingTimer?: ReturnType<typeof setTimeout>;

  /** Called by the shell when the same account is back after its session ran out. */
  sessionResumed(): void {
    if (this.error?.code === 'unauthenticated') this.error = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.logFor = undefined; // back on this tab: the log opens at its newest message again
    void this.refresh();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source?.close();
    this.source = undefined;
    clearTimeout(this.typingTimer);
  }

  private listen(): void {
    const source = new EventSource('/api/desk/chat/events');
    this.source = source;
    source.addEventListener('ready', () => {
      this.reconnecting = false;
      void this.refresh(); // catch up on anything missed while away
    });
    source.addEventListener('conversation', () => void this.refresh());
    source.addEventListener('question', () => void this.refresh());
    source.addEventListener('message', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { conversation: string; message: ChatMessage };
      const sel = this.selected;
      if (sel && sel.conversation.id === data.conversation && !sel.messages.some((m) => m.seq === data.message.seq)) {
        this.selected = { ...sel, messages: [...sel.messages, data.message].sort((a, b) => a.seq - b.seq) };
        if (data.message.from === 'parent') this.parentTyping = false;
      }
      void this.refreshList();
    });
    source.addEventListener('typing', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { conversation: string; from: string; typing: boolean };
      if (data.from === 'parent' && data.conversation === this.selected?.conversation.id) this.parentTyping = data.typing;
    });
    source.onerror = () => {
      this.reconnecting = true;
      // EventSource retries by itself, except after an error status (an expired session): then it
      // closes for good. Ask the session, which sends an expired one back to the login form,
      // and otherwise listen again after a pause.
      if (source.readyState !== EventSource.CLOSED) return;
      void deskFetch('/api/desk/session').then(
        () => setTimeout(() => this.source === source && this.isConnected && this.listen(), 3000),
        () => undefined,
      );
    };
  }

  private async run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      const out = await fn();
      this.error = undefined;
      return out;
    } catch (error) {
      if (error instanceof ApiRequestError) this.error = error;
      return undefined;
    }
  }

  private async refreshList(): Promise<void> {
    const result = await this.run(() => deskFetch('/api/desk/chat/conversations', { schema: list }));
    if (result) this.conversations = result.conversations;
  }

  private async refresh(): Promise<void> {
    await this.refreshList();
    const q = await this.run(() => deskFetch('/api/desk/chat/questions', { schema: questions }));
    if (q) this.questions = q.questions;
    if (this.selected) await this.openConversation(this.selected.conversation.id, false);
  }

  private async openConversation(id: string, focus = true): Promise<void> {
    const result = await this.run(() => deskFetch(`/api/desk/chat/conversations/${encodeURIComponent(id)}`, { schema: detail }));
    if (!result) {
      if (this.selected?.conversation.id === id) this.selected = undefined;
      return;
    }
    if (this.selected?.conversation.id !== id) this.confirmingClose = false;
    this.notice = undefined;
    this.selected = result;
    this.parentTyping = false;
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#conversation-heading')?.focus();
    }
  }

  private async take(id: string): Promise<void> {
    await this.run(() =>
      deskFetch(`/api/desk/chat/conversations/${encodeURIComponent(id)}/take`, { method: 'POST', body: {}, schema: deskConversation }),
    );
    await this.openConversation(id, false);
    await this.refreshList();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reply')?.focus();
  }

  private async send(e: Event): Promise<void> {
    e.preventDefault();
    const sel = this.selected;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#reply');
    if (!sel || !field || !field.value.trim()) return;
    const text = field.value.trim();
    const clientId = `desk-${crypto.randomUUID()}`;
    const sent = await this.run(() =>
      deskFetch(`/api/desk/chat/conversations/${encodeURIComponent(sel.conversation.id)}/messages`, {
        method: 'POST',
        body: { text, clientId },
        schema: chatMessage,
      }),
    );
    if (!sent) return;
    field.value = '';
    this.setTyping(false);
    const now = this.selected;
    if (now && !now.messages.some((m) => m.seq === sent.seq))
      this.selected = { ...now, messages: [...now.messages, sent].sort((a, b) => a.seq - b.seq) };
  }

  /** Enter sends (as in every messenger), Shift+Enter adds a line; never while an IME composes. */
  private onReplyKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    (e.target as HTMLTextAreaElement).form?.requestSubmit();
  };

  private onInput = () => {
    this.setTyping(true);
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.setTyping(false), 4000);
  };

  private setTyping(typing: boolean): void {
    const sel = this.selected;
    if (!sel || this.typingSent === typing) return;
    this.typingSent = typing;
    void deskFetch(`/api/desk/chat/conversations/${encodeURIComponent(sel.conversation.id)}/typing`, {
      method: 'POST',
      body: { typing },
    }).catch(() => undefined);
  }

  /** Asks once more before closing (it cannot be undone), with focus on the question. */
  private async askClose(): Promise<void> {
    this.confirmingClose = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#close-confirm')?.focus();
  }

  private async keepTalking(): Promise<void> {
    this.confirmingClose = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reply')?.focus();
  }

  private async close(id: string): Promise<void> {
    const closed = await this.run(async () => {
      await deskFetch(`/api/desk/chat/conversations/${encodeURIComponent(id)}/close`, { method: 'POST', body: {} });
      return true;
    });
    this.confirmingClose = false;
    if (!closed) return; // the error shows above; the conversation stays open
    this.selected = undefined;
    this.notice = 'closedDone';
    await this.refreshList();
    // the conversation is gone: focus goes to the line that says so, at the top of the list
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#chat-notice')?.focus();
  }

  private async handled(id: string): Promise<void> {
    await this.run(() => deskFetch(`/api/desk/chat/questions/${encodeURIComponent(id)}/handled`, { method: 'POST', body: {} }));
    await this.refresh();
    // the button made way for "handled": focus stays with that question
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"] .handled`)?.focus();
  }

  protected override willUpdate(): void {
    const log = this.renderRoot.querySelector<HTMLElement>('.log');
    // a professional who scrolled up to read keeps their place; otherwise the newest shows (and
    // always in a conversation just opened, or back on this tab, where the browser reset the log)
    if (!log || this.logFor !== this.selected?.conversation.id) this.logAtEnd = true;
    else this.logAtEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  protected override updated(): void {
    const log = this.renderRoot.querySelector<HTMLElement>('.log');
    this.logFor = log ? this.selected?.conversation.id : undefined;
    if (log && this.logAtEnd) log.scrollTop = log.scrollHeight;
  }

  private time(iso: string): string {
    return amsterdamFormat(this.i18n.lang, { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
  }

  private statusText(c: DeskConversation): string {
    if (c.status === 'waiting') return this.i18n.t(c.abandoned ? 'abandoned' : 'waiting');
    if (c.mine) return this.i18n.t('activeMine');
    return this.i18n.t('active', { name: c.takenBy ?? '' });
  }

  private renderSelected(): TemplateResult | typeof nothing {
    const sel = this.selected;
    if (!sel) return nothing;
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const c = sel.conversation;
    return html`<section aria-labelledby="conversation-heading">
      <h3 id="conversation-heading" tabindex="-1">${t('history')}: ${this.statusText(c)}</h3>
      ${c.safety ? html`<p>${renderSafetyFlag(this.i18n, c.safety)} ${this.i18n.t(`desk-safety:${c.safety}Hint`)}</p>` : nothing}
      <div class="log" role="log" aria-label=${t('history')} tabindex="0">
        ${sel.messages.map(
          (m) =>
            html`<p class="msg"><span class="who">${m.from === 'professional' && m.name ? m.name : t(`from.${m.from}`)}:</span> ${m.text}</p>`,
        )}
      </div>
      <p class="status" aria-live="polite">${this.parentTyping ? t('parentTyping') : ''}</p>
      ${
        c.status === 'closed'
          ? html`<p>${t('closed')}</p>`
          : c.status === 'waiting'
            ? html`<button type="button" class="button" @click=${() => void this.take(c.id)}>${t('take')}</button>`
            : c.mine
              ? html`<form @submit=${(e: Event) => void this.send(e)}>
                <div class="field">
                  <label for="reply">${t('reply')}</label>
                  <p class="status" id="reply-hint">${t('replyHint')}</p>
                  <textarea id="reply" rows="3" maxlength="2000" aria-describedby="reply-hint" @input=${this.onInput} @keydown=${this.onReplyKey}></textarea>
                </div>
                ${
                  this.confirmingClose
                    ? html`<div class="confirm">
                        <p id="close-confirm" tabindex="-1">${t('closeConfirm')}</p>
                        <div class="row">
                          <button type="button" class="button" @click=${() => void this.close(c.id)}>${t('closeYes')}</button>
                          <button type="button" class="button secondary" @click=${() => void this.keepTalking()}>${t('closeNo')}</button>
                        </div>
                      </div>`
                    : html`<div class="row">
                        <button type="submit" class="button">${t('send')}</button>
                        <button type="button" class="button secondary" @click=${() => void this.askClose()}>${t('close')}</button>
                      </div>`
                }
              </form>`
              : html`<p>${t('notYours')}</p>`
      }
    </section>`;
  }

  /** A list of conversations (the live queue, or the abandoned ones apart). */
  private renderList(conversations: DeskConversation[], empty: string): TemplateResult | typeof nothing {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    if (!conversations.length) return empty ? html`<p>${empty}</p>` : nothing;
    return html`<ul class="items">
    ${conversations.map(
      (c) => html`<li class="item" aria-current=${this.selected?.conversation.id === c.id ? 'true' : 'false'}>
        ${renderSafetyFlag(this.i18n, c.safety)}<strong>${this.statusText(c)}</strong><br />
        <span class="status">${t('since', { time: this.time(c.createdAt) })}, ${t('messages', { count: c.messageCount })}</span>
        <div class="row">
          <button type="button" class="button secondary" aria-label=${t('openLabel', { time: this.time(c.createdAt) })} @click=${() => void this.openConversation(c.id)}>${t('open')}</button>
          ${
            c.status === 'waiting'
              ? html`<button type="button" class="button" aria-label=${t('takeLabel', { time: this.time(c.createdAt) })} @click=${() => void this.take(c.id)}>${t('take')}</button>`
              : nothing
          }
        </div>
      </li>`,
    )}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const lang = this.i18n.lang;
    return html`<section aria-labelledby="chat-heading">
      <h2 id="chat-heading">${t('heading')}</h2>
      <p class="status" role="status">${this.reconnecting ? t('reconnecting') : t('live')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error.messageIn(lang)}</p>` : nothing}
      <p id="chat-notice" class="notice" role="status" tabindex="-1" ?hidden=${!this.notice}>${this.notice ? t(this.notice) : ''}</p>
      <div class="layout">
        <div>
          <h3>${t('conversations')}</h3>
          ${this.renderList(
            this.conversations.filter((c) => !c.abandoned),
            t('none'),
          )}
          ${
            this.conversations.some((c) => c.abandoned)
              ? html`<h3>${t('abandonedHeading')}</h3>
                <p class="status">${t('abandonedHint')}</p>
                ${this.renderList(
                  this.conversations.filter((c) => c.abandoned),
                  '',
                )}`
              : nothing
          }
        </div>
        <div>${this.renderSelected()}</div>
      </div>
      <h3>${t('questions')}</h3>
      ${
        this.questions.length
          ? html`<ul class="items">
            ${this.questions.map(
              (q) => html`<li class="item" data-question=${q.id}>
                <p class="msg">${renderSafetyFlag(this.i18n, q.safety)}${q.question}</p>
                <p>${t('contact')}: ${[q.name, q.email, q.phone].filter(Boolean).join(', ') || t('noContact')} (${this.time(q.createdAt)})</p>
                ${
                  q.handled
                    ? html`<p class="status handled" tabindex="-1">${t('handled')}</p>`
                    : html`<button type="button" class="button secondary" @click=${() => void this.handled(q.id)}>${t('markHandled')}</button>`
                }
              </li>`,
            )}
          </ul>`
          : html`<p>${t('noQuestions')}</p>`
      }
    </section>`;
  }
}
