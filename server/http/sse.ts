import type { IncomingMessage, ServerResponse } from 'node:http';

/** One server-sent event. */
export interface SseEvent {
  event: string;
  data: unknown;
  /** The event id a client resumes from (`Last-Event-ID`): a chat message's sequence number. */
  id?: number;
}

/**
 * A named `ping` event this often: it keeps proxies from closing the stream, and lets a client
 * notice a stream that went silent (a comment would not reach its script). See ChatStream.
 */
export const HEARTBEAT_MS = 10_000;

/**
 * The event streams a feature has open in this process: how many per key (a client address, a
 * conversation), so one address cannot hold hundreds, and which ones, so they end when the
 * server stops listening (a graceful shutdown then finishes at once).
 */
export class EventStreams {
  private readonly open = new Map<string, number>();
  readonly streams = new Set<ServerResponse>();
  private watch?: ReturnType<typeof setInterval>;

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
 * Turns a response into a server-sent event stream. `start` subscribes and writes the backlog;
 * the returned promise settles when the client goes away (the route handler awaits it).
 */
export function openStream(
  req: IncomingMessage,
  res: ServerResponse,
  streams: EventStreams,
  start: (write: (e: SseEvent) => void) => Promise<() => void>,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  res.write('retry: 2000\n\n');
  streams.track(res);
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
      streams.streams.delete(res);
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
