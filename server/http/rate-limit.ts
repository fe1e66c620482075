/** Beyond this many tracked (limit, address) pairs, ended windows are swept at once. */
const MAX_TRACKED = 100_000;

/** A limit: at most `max` requests per `windowMs` from one client address. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface RateDecision {
  ok: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Fixed-window counters per (limit name, client address), in memory: one process serves a
 * region. Addresses are kept only as map keys for the length of one window and never logged.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number; windowMs: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  take(name: string, address: string, limit: RateLimit): RateDecision {
    const key = `${name}\u0000${address}`;
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= limit.windowMs) {
      if (!window && this.windows.size >= MAX_TRACKED) this.sweep();
      window = { start: now, count: 0, windowMs: limit.windowMs };
      this.windows.set(key, window);
    }
    window.count++;
    const resetSeconds = Math.max(1, Math.ceil((window.start + limit.windowMs - now) / 1000));
    return { ok: window.count <= limit.max, limit: limit.max, remaining: Math.max(0, limit.max - window.count), resetSeconds };
  }

  /** Forgets windows that ended (the app runs this every minute, so memory stays bounded). */
  sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (now - window.start >= window.windowMs) this.windows.delete(key);
  }

  get size(): number {
    return this.windows.size;
  }
}
