import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';

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

/** Counts requests per (limit name, client address) in fixed windows. */
export interface RateCounter {
  take(name: string, address: string, limit: RateLimit): RateDecision | Promise<RateDecision>;
  /** Forgets windows that ended (the app runs this every minute). */
  sweep(): void | Promise<void>;
}

const decide = (start: number, count: number, limit: RateLimit, now: number): RateDecision => ({
  ok: count <= limit.max,
  limit: limit.max,
  remaining: Math.max(0, limit.max - count),
  resetSeconds: Math.max(1, Math.ceil((start + limit.windowMs - now) / 1000)),
});

/**
 * Fixed-window counters in memory: with SQLite one process serves a region. Addresses are kept
 * only as map keys for the length of one window and never logged.
 */
export class RateLimiter implements RateCounter {
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
    return decide(window.start, window.count, limit, now);
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

/**
 * The same fixed windows, counted in the database, so a limit holds across all server processes
 * (PostgreSQL). One atomic upsert per request; the key is a hash of the limit's name and the
 * address, and rows of ended windows are swept every minute.
 */
export class DatabaseRateLimiter implements RateCounter {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async take(name: string, address: string, limit: RateLimit): Promise<RateDecision> {
    const bucket = createHash('sha256').update(`${name}\u0000${address}`).digest('base64url');
    const now = this.now();
    const row = await this.db.get<{ window_start: number; count: number }>(
      `INSERT INTO rate_limit_windows (bucket, window_start, window_ms, count) VALUES (?, ?, ?, 1)
       ON CONFLICT (bucket) DO UPDATE SET
         count = CASE WHEN rate_limit_windows.window_start + rate_limit_windows.window_ms <= excluded.window_start
                      THEN 1 ELSE rate_limit_windows.count + 1 END,
         window_start = CASE WHEN rate_limit_windows.window_start + rate_limit_windows.window_ms <= excluded.window_start
                      THEN excluded.window_start ELSE rate_limit_windows.window_start END,
         window_ms = excluded.window_ms
       RETURNING window_start, count`,
      [bucket, now, limit.windowMs],
    );
    return decide(Number(row!.window_start), Number(row!.count), limit, now);
  }

  async sweep(): Promise<void> {
    await this.db.run('DELETE FROM rate_limit_windows WHERE window_start + window_ms <= ?', [this.now()]);
  }
}
