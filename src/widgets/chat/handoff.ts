import type { $ZodType } from 'zod/v4/core';
import { chatMessage, conversationState, startConversationResponse } from '../../core/api/chat.js';
import { apiRequest, apiUrl, setApiFetch } from '../../core/api/client.js';
import { EVENT_SOURCE_CLOSED, openEventSource, setEventSourceFactory } from '../../core/api/events.js';
import type { EventSourceFactory, EventSourceLike } from '../../core/api/events.js';
import type {
  ChatMessage,
  ConversationState,
  LeaveQuestionRequest,
  SendMessageRequest,
  StartConversationRequest,
  StartConversationResponse,
} from '../../core/api/chat.js';

/**
 * The chat's calls to the handoff endpoints (contract: `core/api/chat.ts`, docs/chat.md), on
 * the one client (`core/api/client.ts`). Nothing is sent before the parent asks for a person
 * and agrees. A call that fails rejects with an `ApiRequestError` (a refusal, with the
 * envelope's code) or with `offline` (no answer).
 */
export class ChatOffline extends Error {
  constructor() {
    super('chat server not reachable');
  }
}

/** How the chat reaches a server; tests and stories replace it (`setChatTransport`). */
export interface ChatTransport {
  fetch: typeof fetch;
  eventSource: EventSourceFactory;
}
/** Replaces the event source and fetch (both through the core modules) for tests and stories. */
export function setChatTransport(t: Partial<ChatTransport> | undefined): void {
  setEventSourceFactory(t?.eventSource);
  setApiFetch(t?.fetch);
}

export class ChatApi {
  constructor(private readonly base: string) {}

  private async post<S extends $ZodType | undefined = undefined>(
    path: string,
    body: unknown,
    options: { token?: string; schema?: S; retry?: boolean } = {},
  ) {
    const result = await apiRequest(apiUrl(this.base, path), { method: 'POST', body, ...options });
    if (result.ok) return result.value;
    throw result.offline ? new ChatOffline() : result.error;
  }

  start(req: StartConversationRequest): Promise<StartConversationResponse> {
    return this.post('api/chat/conversations', req, { schema: startConversationResponse });
  }

  /** Safe to repeat: the server keeps a message once per client id. */
  send(id: string, token: string, req: SendMessageRequest): Promise<ChatMessage> {
    return this.post(`api/chat/conversations/${encodeURIComponent(id)}/messages`, req, { token, schema: chatMessage, retry: true });
  }

  async typing(id: string, token: string, typing: boolean): Promise<void> {
    await this.post(`api/chat/conversations/${encodeURIComponent(id)}/typing`, { typing }, { token });
  }

  async end(id: string, token: string): Promise<void> {
    await this.post(`api/chat/conversations/${encodeURIComponent(id)}/close`, {}, { token });
  }

  async leaveQuestion(req: LeaveQuestionRequest): Promise<void> {
    await this.post('api/chat/questions', req);
  }

  streamUrl(id: string, token: string, since: number): string {
    const url = new URL(apiUrl(this.base, `api/chat/conversations/${encodeURIComponent(id)}/events`));
    url.searchParams.set('token', token);
    url.searchParams.set('since', String(since));
    return url.href;
  }
}

export interface StreamHandlers {
  message(message: ChatMessage): void;
  state(state: ConversationState): void;
  typing(typing: boolean): void;
  /** `open` when connected, `reconnecting` after a drop. */
  connection(status: 'open' | 'reconnecting'): void;
}

const CLOSED = EVENT_SOURCE_CLOSED;
/** Reconnect when nothing (not even the server's 10 s ping) arrived for this long. */
export const SILENCE_DEADLINE_MS = 25_000;

/**
 * The live direction: a server-sent event stream with a cursor. Each message's `seq` is its
 * event id; a message at or below the cursor is a replay and is dropped, so a reconnect (the
 * browser's own, with Last-Event-ID, or ours, with `?since=`) neither loses nor doubles one.
 */
export class ChatStream {
  private source?: EventSourceLike;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private silenceTimer?: ReturnType<typeof setTimeout>;
  private attempts = 0;
  private stopped = false;

  constructor(
    private readonly urlFor: (since: number) => string,
    public cursor: number,
    private readonly handlers: StreamHandlers,
    private readonly factory: EventSourceFactory = (url) => openEventSource(url)!,
    private readonly backoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt),
    /**
     * How long the stream may stay silent: the server pings every 10 s, so longer means a stream
     * that is open but dead (some proxies and mobile networks): reconnect with the cursor.
     */
    private readonly silenceMs = SILENCE_DEADLINE_MS,
  ) {
    this.open();
  }

  /** Something arrived: the stream is alive; the deadline starts again. */
  private alive(): void {
    clearTimeout(this.silenceTimer);
    if (this.stopped) return;
    this.silenceTimer = setTimeout(() => {
      this.handlers.connection('reconnecting');
      this.reconnect();
    }, this.silenceMs);
  }

  private open(): void {
    if (this.stopped) return;
    const source = this.factory(this.urlFor(this.cursor));
    this.source = source;
    this.alive();
    source.onopen = () => {
      this.attempts = 0;
      this.alive();
      this.handlers.connection('open');
    };
    source.addEventListener('ping', () => this.alive());
    source.addEventListener('message', (e) => {
      this.alive();
      this.receive(e.data);
    });
    source.addEventListener('state', (e) => {
      this.alive();
      const parsed = conversationState.safeParse(safeJson(e.data));
      if (parsed.success) this.handlers.state(parsed.data);
    });
    source.addEventListener('typing', (e) => {
      this.alive();
      const data = safeJson(e.data) as { typing?: unknown } | undefined;
      this.handlers.typing(data?.typing === true);
    });
    source.onerror = () => {
      if (this.stopped) return;
      this.handlers.connection('reconnecting');
      // CONNECTING: the browser retries itself (sending Last-Event-ID); CLOSED: we retry.
      if (source.readyState === CLOSED) this.retry();
    };
  }

  private receive(data: string): void {
    const parsed = chatMessage.safeParse(safeJson(data));
    if (!parsed.success || parsed.data.seq <= this.cursor) return;
    this.cursor = parsed.data.seq;
    this.handlers.message(parsed.data);
  }

  private retry(): void {
    this.source?.close();
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(), this.backoff(this.attempts++));
  }

  /** Reconnects now (the browser came back online). */
  reconnect(): void {
    this.attempts = 0;
    this.source?.close();
    clearTimeout(this.retryTimer);
    this.open();
  }

  close(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.silenceTimer);
    this.source?.close();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
