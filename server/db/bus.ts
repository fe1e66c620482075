/**
 * Messages between the parts of the server that must reach every process serving a region: a
 * chat message for the parent's stream on another process, who has the desk open, a change to a
 * shared route. With SQLite there is one process, so the bus is this process's memory; on
 * PostgreSQL it also travels through LISTEN/NOTIFY (`PostgresBus` in postgres.ts).
 *
 * Delivery is at most once and in publishing order per process: what must not be lost is stored
 * first (messages, changes), and a stream that missed something reads it back from its cursor.
 */
export interface Bus {
  /** Delivers `message` (JSON) to every subscriber of `channel`, here at once and in the other processes. */
  publish(channel: string, message: unknown): void;
  /** Calls `fn` for every message on `channel`; returns the unsubscribe function. */
  subscribe(channel: string, fn: (message: unknown) => void): () => void;
  /** Settles when messages from other processes arrive (at once in memory). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Delivered to its subscribers when messages from other processes may have been missed (the
 * PostgreSQL LISTEN connection was away): streams read back from their cursor.
 */
export const RESYNC = 'bus:resync';

/** The bus within one process; the PostgreSQL bus adds the way across processes on top. */
export class LocalBus implements Bus {
  private readonly subscribers = new Map<string, Set<(message: unknown) => void>>();

  publish(channel: string, message: unknown): void {
    this.deliver(channel, message);
  }

  subscribe(channel: string, fn: (message: unknown) => void): () => void {
    let set = this.subscribers.get(channel);
    if (!set) this.subscribers.set(channel, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size) this.subscribers.delete(channel);
    };
  }

  protected deliver(channel: string, message: unknown): void {
    for (const fn of [...(this.subscribers.get(channel) ?? [])]) {
      try {
        fn(message);
      } catch {
        // one subscriber's fault (a closed stream) must not keep the message from the others
      }
    }
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.subscribers.clear();
  }
}
