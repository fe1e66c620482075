import { chatMessage, conversationState, startConversationResponse } from '../../core/api/chat.js';
import type {
  ChatMessage, ConversationState, LeaveQuestionRequest, SendMessageRequest, StartConversationRequest, StartConversationResponse,
} from '../../core/api/chat.js';

/**
 * The chat's client for the handoff endpoints (contract: `core/api/chat.ts`, docs/chat.md).
 * Nothing is sent before the parent asks for a person and agrees.
 */
export class ChatApiError extends Error {
  constructor(readonly status: number, readonly code: string) {
    super(`chat api ${status} ${code}`);
  }
}

/** How the chat reaches a server; tests and stories replace it (`setChatTransport`). */
export interface ChatTransport {
  fetch: typeof fetch;
  eventSource: EventSourceFactory;
}
const defaultTransport: ChatTransport = {
  fetch: (...a) => fetch(...a),
  eventSource: (url) => new EventSource(url) as unknown as EventSourceLike,
};
let transport = defaultTransport;
export function setChatTransport(t: Partial<ChatTransport> | undefined): void {
  transport = { ...defaultTransport, ...t };
}
export function chatTransport(): ChatTransport {
  return transport;
}

export class ChatApi {
  constructor(private readonly base: string, private readonly fetchImpl: typeof fetch = (...a) => transport.fetch(...a)) {}

  /** `<base>/<path>`; a base that is a path on the site (`/`) is resolved against the page. */
  url(path: string): string {
    const base = new URL(this.base.endsWith('/') ? this.base : `${this.base}/`, globalThis.document?.baseURI);
    return new URL(path.replace(/^\//, ''), base).href;
  }

  private async post(path: string, body: unknown, token?: string): Promise<unknown> {
    const res = await this.fetchImpl(this.url(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      credentials: 'omit',
      // A server that never answers must not leave the parent waiting on a spinner.
      signal: AbortSignal.timeout(15_000),
    });
    const data: unknown = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
    // the server's error envelope is { error: { code, message } } (core/api/errors.ts)
    if (!res.ok) throw new ChatApiError(res.status, (data as { error?: { code?: string } } | undefined)?.error?.code ?? 'http');
    return data;
  }

  async start(req: StartConversationRequest): Promise<StartConversationResponse> {
    return startConversationResponse.parse(await this.post('api/chat/conversations', req));
  }

  async send(id: string, token: string, req: SendMessageRequest): Promise<ChatMessage> {
    return chatMessage.parse(await this.post(`api/chat/conversations/${encodeURIComponent(id)}/messages`, req, token));
  }

  async typing(id: string, token: string, typing: boolean): Promise<void> {
    await this.post(`api/chat/conversations/${encodeURIComponent(id)}/typing`, { typing }, token);
  }

  async end(id: string, token: string): Promise<void> {
    await this.post(`api/chat/conversations/${encodeURIComponent(id)}/close`, {}, token);
  }

  async leaveQuestion(req: LeaveQuestionRequest): Promise<void> {
    await this.post('api/chat/questions', req);
  }

  streamUrl(id: string, token: string, since: number): string {
    const url = new URL(this.url(`api/chat/conversations/${encodeURIComponent(id)}/events`));
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

/** The parts of EventSource the stream uses (tests pass a scripted one). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  onopen: ((event: Event) => void) | null;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

const CLOSED = 2;

/**
 * The live direction: a server-sent event stream with a cursor. Each message's `seq` is its
 * event id; a message at or below the cursor is a replay and is dropped, so a reconnect (the
 * browser's own, with Last-Event-ID, or ours, with `?since=`) neither loses nor doubles one.
 */
export class ChatStream {
  private source?: EventSourceLike;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private attempts = 0;
  private stopped = false;

  constructor(
    private readonly urlFor: (since: number) => string,
    public cursor: number,
    private readonly handlers: StreamHandlers,
    private readonly factory: EventSourceFactory = (url) => transport.eventSource(url),
    private readonly backoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt),
  ) {
    this.open();
  }

  private open(): void {
    if (this.stopped) return;
    const source = this.factory(this.urlFor(this.cursor));
    this.source = source;
    source.onopen = () => {
      this.attempts = 0;
      this.handlers.connection('open');
    };
    source.addEventListener('message', (e) => this.receive(e.data));
    source.addEventListener('state', (e) => {
      const parsed = conversationState.safeParse(safeJson(e.data));
      if (parsed.success) this.handlers.state(parsed.data);
    });
    source.addEventListener('typing', (e) => {
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
