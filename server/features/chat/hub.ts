import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The live side of the chat relay: who is listening to which conversation (parents) and to
 * which organisation (the desk), in this one server process. Messages are stored first and
 * then published, so a stream that was away reads what it missed from the database.
 */
export interface SseEvent {
  event: string;
  data: unknown;
  /** The message's sequence number (only message events carry one). */
  id?: number;
}

type Listener = (e: SseEvent) => void;

export class ChatHub {
  private readonly byConversation = new Map<string, Set<Listener>>();
  private readonly byOrganisation = new Map<string, Set<Listener>>();
  /** Professionals with the desk open, per organisation (account ids with a count of streams). */
  private readonly deskPresence = new Map<string, Map<string, number>>();

  private static add(map: Map<string, Set<Listener>>, key: string, l: Listener): () => void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(l);
    return () => {
      set.delete(l);
      if (!set.size) map.delete(key);
    };
  }

  onConversation(id: string, l: Listener): () => void {
    return ChatHub.add(this.byConversation, id, l);
  }

  onOrganisation(id: string, accountId: string, l: Listener): () => void {
    const off = ChatHub.add(this.byOrganisation, id, l);
    const present = this.deskPresence.get(id) ?? new Map<string, number>();
    present.set(accountId, (present.get(accountId) ?? 0) + 1);
    this.deskPresence.set(id, present);
    return () => {
      off();
      const n = (present.get(accountId) ?? 1) - 1;
      if (n > 0) present.set(accountId, n);
      else present.delete(accountId);
    };
  }

  /** How many professionals of the organisation have the desk open now. */
  professionalsOnline(organisationId: string): number {
    return this.deskPresence.get(organisationId)?.size ?? 0;
  }

  /** Open streams per key (a client address, a conversation): one address cannot hold hundreds. */
  private readonly open = new Map<string, number>();

  /**
   * Counts a stream against each of `keys` (with its own maximum); undefined when one is full,
   * else the function that releases them when the stream ends.
   */
  admit(keys: readonly (readonly [string, number])[]): (() => void) | undefined {
    if (keys.some(([key, max]) => (this.open.get(key) ?? 0) >= max)) return undefined;
    for (const [key] of keys) this.open.set(key, (this.open.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [key] of keys) {
        const n = (this.open.get(key) ?? 1) - 1;
        if (n > 0) this.open.set(key, n);
        else this.open.delete(key);
      }
    };
  }

  /** The conversations with a parent's stream open in this process. */
  listenedConversations(): string[] {
    return [...this.byConversation.keys()];
  }

  toConversation(id: string, e: SseEvent): void {
    for (const l of this.byConversation.get(id) ?? []) l(e);
  }

  toOrganisation(id: string, e: SseEvent): void {
    for (const l of this.byOrganisation.get(id) ?? []) l(e);
  }

  /** Open streams; ended when their server stops listening (graceful shutdown finishes at once). */
  readonly streams = new Set<ServerResponse>();
  private watch?: ReturnType<typeof setInterval>;

  track(res: ServerResponse): void {
    this.streams.add(res);
    this.watch ??= setInterval(() => {
      for (const stream of this.streams) {
        const server = (stream.socket as { server?: { listening?: boolean } } | null)?.server;
        if (!server?.listening) stream.end();
      }
      if (!this.streams.size) {
        clearInterval(this.watch);
        this.watch = undefined;
      }
    }, 500);
    this.watch.unref();
  }
}

/**
 * A named `ping` event this often: it keeps proxies from closing the stream, and lets a client
 * notice a stream that went silent (a comment would not reach its script). See ChatStream.
 */
export const HEARTBEAT_MS = 10_000;
/** At most this many open event streams per client address, and per conversation. */
export const STREAMS_PER_ADDRESS = 20;
export const STREAMS_PER_CONVERSATION = 5;

/**
 * Turns a response into a server-sent event stream. `start` subscribes and writes the backlog;
 * the returned promise settles when the client goes away (the route handler awaits it).
 */
export function openStream(
  req: IncomingMessage,
  res: ServerResponse,
  hub: ChatHub,
  start: (write: (e: SseEvent) => void) => Promise<() => void>,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  res.write('retry: 2000\n\n');
  hub.track(res);
  const write = (e: SseEvent) => {
    if (res.writableEnded) return;
    res.write(`${e.id !== undefined ? `id: ${e.id}\n` : ''}event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
  };
  return new Promise<void>((done) => {
    let stop: (() => void) | undefined;
    let closed = false;
    const heartbeat = setInterval(() => write({ event: 'ping', data: {} }), HEARTBEAT_MS);
    heartbeat.unref();
    const finish = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      stop?.();
      hub.streams.delete(res);
      done();
    };
    req.on('close', finish);
    res.on('close', finish);
    start(write).then(
      (unsubscribe) => {
        if (closed) unsubscribe();
        else stop = unsubscribe;
      },
      () => {
        res.end();
        finish();
      },
    );
  });
}
