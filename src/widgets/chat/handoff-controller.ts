import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatMessage, ConversationState } from '../../core/api/chat.js';
import { ApiRequestError } from '../../core/api/errors.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import { fire } from '../../core/events/fire.js';
import '../../core/events/chat-handoff.js';
import type { I18nController } from '../../core/i18n/controller.js';
import { ChatApi, ChatStream } from './handoff.js';
import { newId, pendingMessage } from './item-id.js';
import type { ChatItem, ChatSession, HandoffSession } from './transcript-store.js';

/** What the handoff needs from the chat panel. */
export interface HandoffAccess {
  config(): ResolvedConfig | undefined;
  session(): ChatSession;
  change(fn: (s: ChatSession) => ChatSession): void;
  /** Whether the parent can see the chat now (else a person's reply marks it unread). */
  visible(): boolean;
  /** The conversation so far as plain text, shared with the professional only with consent. */
  history(): { from: 'parent' | 'bot'; text: string }[];
  i18n: I18nController;
}

/** The notice in the log for a state of the conversation with a person. */
export function stateNotice(state: ConversationState): ChatItem {
  if (state.status === 'active') {
    return state.professional
      ? { id: newId(), from: 'bot', kind: 'notice', key: 'handoff.active', params: { name: state.professional } }
      : { id: newId(), from: 'bot', kind: 'notice', key: 'handoff.activeNoName' };
  }
  if (state.status === 'closed') return { id: newId(), from: 'bot', kind: 'notice', key: 'handoff.closed' };
  const params: Record<string, number> = {};
  if (state.position !== undefined) params.position = state.position;
  if (state.expectedWaitMinutes !== undefined) params.wait = state.expectedWaitMinutes;
  return { id: newId(), from: 'bot', kind: 'notice', key: 'handoff.waiting', params };
}

/**
 * The conversation with a person: starts it (with the history only when the parent agreed),
 * keeps the live stream (resumed after a page change from the stored cursor), merges messages
 * into the log once each, sends the parent's messages (pending ones again when back online),
 * and tells the desk when the parent types.
 */
export class HandoffController implements ReactiveController {
  /** The professional is typing. */
  typing = false;
  /** The stream dropped and is being restored. */
  reconnecting = false;
  private stream?: ChatStream;
  private flushing = false;
  private typingSent = false;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private readonly onOnline = () => {
    this.stream?.reconnect();
    void this.flush();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly access: HandoffAccess,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.stop();
    clearTimeout(this.typingTimer);
  }

  /** Resumes a live conversation (after a page change) once the config is there. */
  hostUpdate(): void {
    if (this.access.session().handoff && !this.stream && this.access.config()?.endpoints.api) this.connect();
  }

  private api(): ChatApi | undefined {
    const base = this.access.config()?.endpoints.api;
    return base ? new ChatApi(base) : undefined;
  }

  private add(...items: ChatItem[]): void {
    const at = Date.now();
    this.access.change((s) => ({ ...s, items: [...s.items, ...items.map((i) => ({ at, ...i }))] }));
  }

  /** Opens the conversation; resolves false when the server could not be reached. */
  async start(share: boolean): Promise<boolean> {
    const config = this.access.config();
    const api = this.api();
    if (!config?.chat.organisation || !api) return false;
    const { i18n } = this.access;
    try {
      const history = share ? this.access.history() : [];
      const res = await api.start({ organisation: config.chat.organisation, lang: i18n.servedLang, shareHistory: share, history });
      this.access.change((s) => ({
        ...s,
        flow: undefined,
        handoff: { id: res.id, token: res.token, lastSeq: 0, shared: history.length, state: res.state },
      }));
      this.add(stateNotice(res.state));
      fire(this.host, 'digiplein-chat-handoff', { stage: 'requested', sharedHistory: share });
      this.connect();
      return true;
    } catch {
      return false;
    }
  }

  private connect(): void {
    const h = this.access.session().handoff;
    const api = this.api();
    if (!h || !api) return;
    this.stream?.close();
    this.stream = new ChatStream((since) => api.streamUrl(h.id, h.token, since), h.lastSeq, {
      message: (m) => this.onMessage(m),
      state: (s) => this.onState(s),
      typing: (t) => {
        this.typing = t;
        this.host.requestUpdate();
      },
      connection: (c) => {
        this.reconnecting = c === 'reconnecting';
        this.host.requestUpdate();
        if (c === 'open') void this.flush();
      },
    });
  }

  private stop(): void {
    this.stream?.close();
    this.stream = undefined;
  }

  private onMessage(m: ChatMessage): void {
    const h = this.access.session().handoff;
    if (!h) return;
    if (m.seq <= (h.shared ?? 0)) {
      // the history this browser shared: already in the log, only the cursor moves
      this.access.change((s) => ({ ...s, handoff: s.handoff ? { ...s.handoff, lastSeq: Math.max(s.handoff.lastSeq, m.seq) } : undefined }));
      return;
    }
    const visible = this.access.visible();
    this.access.change((s) => {
      const items = [...s.items];
      const mine = m.clientId ? items.findIndex((i) => i.from === 'parent' && i.clientId === m.clientId) : -1;
      if (m.from === 'parent') {
        if (mine >= 0) items[mine] = { ...(items[mine] as Extract<ChatItem, { from: 'parent' }>), seq: m.seq, pending: false };
        else items.push({ id: `s${m.seq}`, from: 'parent', text: m.text, seq: m.seq, at: Date.parse(m.at) || Date.now() });
      } else if (m.from === 'professional' || m.from === 'system') {
        items.push({ id: `s${m.seq}`, from: m.from, text: m.text, seq: m.seq, name: m.name, at: Date.parse(m.at) || Date.now() });
      }
      const unread = s.unread || (!visible && m.from === 'professional');
      return { ...s, items, unread, handoff: s.handoff ? { ...s.handoff, lastSeq: Math.max(s.handoff.lastSeq, m.seq) } : undefined };
    });
    if (m.from === 'professional') this.typing = false;
    if (this.access.session().unread)
      this.host.dispatchEvent(new CustomEvent('chat-unread', { detail: true, bubbles: true, composed: true }));
  }

  private onState(state: ConversationState, endedByParent = false): void {
    const h = this.access.session().handoff;
    if (!h) return;
    const before = h.state;
    const changed =
      before.status !== state.status ||
      before.professional !== state.professional ||
      before.position !== state.position ||
      before.expectedWaitMinutes !== state.expectedWaitMinutes;
    if (!changed) return;
    if (state.status === 'closed') {
      this.stop();
      this.typing = false;
      this.access.change((s) => ({ ...s, handoff: undefined }));
      this.add(endedByParent ? { id: newId(), from: 'bot', kind: 'notice', key: 'handoff.endedByYou' } : stateNotice(state));
      fire(this.host, 'digiplein-chat-handoff', { stage: 'closed' });
      return;
    }
    this.access.change((s) => ({ ...s, handoff: s.handoff ? { ...s.handoff, state } : undefined }));
    if (before.status !== state.status || before.professional !== state.professional) {
      this.add(stateNotice(state));
      if (state.status === 'active') fire(this.host, 'digiplein-chat-handoff', { stage: 'connected' });
    }
  }

  /** The parent writes to the person: shown at once as pending, then sent (and retried). */
  send(text: string): void {
    this.add(pendingMessage(text));
    clearTimeout(this.typingTimer);
    this.typingSent = false;
    void this.flush();
  }

  /** The parent tries a refused message again (same clientId, so it is never stored twice). */
  retry(clientId: string): void {
    this.access.change((s) => ({
      ...s,
      items: s.items.map((i) => (i.from === 'parent' && i.clientId === clientId ? { ...i, pending: true, failed: false } : i)),
    }));
    void this.flush();
  }

  /** Sends parent messages not yet confirmed by the server (retries keep their clientId). */
  private async flush(): Promise<void> {
    const h = this.access.session().handoff;
    const api = this.api();
    if (this.flushing || !h || !api) return;
    this.flushing = true;
    try {
      for (const item of this.access.session().items) {
        if (item.from !== 'parent' || !item.pending || !item.clientId) continue;
        const sent = await api.send(h.id, h.token, { text: item.text, clientId: item.clientId });
        this.access.change((s) => ({
          ...s,
          items: s.items.map((i) => (i.from === 'parent' && i.clientId === item.clientId ? { ...i, pending: false, seq: sent.seq } : i)),
        }));
      }
    } catch (error) {
      // offline, a timeout or a busy server: stays pending, retried on reconnect or when back online;
      // a refusal (another 4xx) will not change by retrying by itself: the parent sees it and can retry
      const refused =
        error instanceof ApiRequestError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
      if (refused) {
        this.access.change((s) => ({
          ...s,
          items: s.items.map((i) => (i.from === 'parent' && i.pending ? { ...i, pending: false, failed: true } : i)),
        }));
      }
    } finally {
      this.flushing = false;
    }
  }

  /** The parent ends the conversation with the person (or clears the chat). */
  end(): void {
    const h = this.access.session().handoff;
    if (!h) return;
    void this.api()
      ?.end(h.id, h.token)
      .catch(() => undefined);
    this.onState({ status: 'closed' }, true);
  }

  /**
   * Forgets the conversation without a word (the chat was cleared); `h`: the conversation, when
   * the session no longer holds it (cleared before this code had loaded).
   */
  forget(h: HandoffSession | undefined = this.access.session().handoff): void {
    if (h)
      void this.api()
        ?.end(h.id, h.token)
        .catch(() => undefined);
    this.stop();
    this.typing = false;
  }

  /** While a person is in the conversation, the desk sees that the parent is typing. */
  parentTyping(): void {
    const h = this.access.session().handoff;
    const api = this.api();
    if (!h || h.state.status !== 'active' || !api) return;
    const send = (typing: boolean) => {
      if (this.typingSent === typing) return;
      this.typingSent = typing;
      void api.typing(h.id, h.token, typing).catch(() => undefined);
    };
    send(true);
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => send(false), 4000);
  }
}
