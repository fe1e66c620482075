import { resolve } from 'node:path';
import type { Feature } from './features/types.js';
import type { RateLimit } from './http/rate-limit.js';

/** Everything `createApp` accepts; `optionsFromEnv` builds it from environment variables. */
export interface ServerOptions {
  /** Port to listen on; 0 picks a free one (tests). Default 8080. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (behind a reverse proxy); 0.0.0.0 for all. */
  host?: string;
  /** Where the SQLite file lives. Default `./.data`. */
  dataDir?: string;
  /** `postgres://user:password@host:port/database`: use PostgreSQL instead of the SQLite file. */
  databaseUrl?: string;
  /** Origins (exact, `https://www.gemeente.nl`) whose pages may call the public API. */
  allowedOrigins?: string[];
  /** Retention period in days per kind of record (`chats`, `signups`, …), over the defaults. */
  retentionDays?: Record<string, number>;
  /** How often retention runs. Default hourly. */
  retentionIntervalMs?: number;
  /** How long a desk session lasts. Default 8 hours. */
  sessionTtlMs?: number;
  /** Overrides of named rate limits (`public`, `login`, or a feature's). */
  rateLimits?: Record<string, RateLimit>;
  /** Behind a reverse proxy: take the client address and protocol from X-Forwarded-For/-Proto. */
  trustProxy?: boolean;
  /** Allow the pages to reach PDOK's Locatieserver (adds it to the CSP's connect-src). */
  pdok?: boolean;
  /** Folder of the demo site served at `/`. Default `demo/`. */
  demoDir?: string;
  /** Folder of the built library served at `/dist/`. Default `dist/`. */
  distDir?: string;
  /** The DigiPlein config file features read (spreekuren, …). Default none; `--demo`: demo/digiplein.json. */
  siteConfigFile?: string;
  /** The features to run. Default the list in `server/features/index.ts`. */
  features?: Feature[];
  /** Seed fictional demo data. */
  demo?: boolean;
  /** The clock (tests move it). */
  now?: () => Date;
  /** Where log lines go; false for none (tests). Default stdout. */
  log?: ((line: string) => void) | false;
  /** How long shutdown waits for requests in flight before closing connections. Default 10 s. */
  shutdownGraceMs?: number;
}

export type ResolvedOptions = Required<Omit<ServerOptions, 'siteConfigFile' | 'features' | 'databaseUrl'>> & {
  siteConfigFile?: string;
  databaseUrl?: string;
};

const root = resolve(import.meta.dirname, '..');

export function resolveOptions(options: ServerOptions): ResolvedOptions {
  return {
    port: options.port ?? 8080,
    host: options.host ?? '127.0.0.1',
    dataDir: resolve(options.dataDir ?? '.data'),
    allowedOrigins: options.allowedOrigins ?? [],
    retentionDays: options.retentionDays ?? {},
    retentionIntervalMs: options.retentionIntervalMs ?? 60 * 60 * 1000,
    sessionTtlMs: options.sessionTtlMs ?? 8 * 60 * 60 * 1000,
    rateLimits: options.rateLimits ?? {},
    trustProxy: options.trustProxy ?? false,
    pdok: options.pdok ?? false,
    demoDir: resolve(options.demoDir ?? resolve(root, 'demo')),
    distDir: resolve(options.distDir ?? resolve(root, 'dist')),
    siteConfigFile: options.siteConfigFile,
    databaseUrl: options.databaseUrl || undefined,
    demo: options.demo ?? false,
    now: options.now ?? (() => new Date()),
    log: options.log ?? ((line: string) => console.log(line)),
    shutdownGraceMs: options.shutdownGraceMs ?? 10_000,
  };
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0, got "${value}"`);
  return n;
}

/**
 * Options from environment variables (documented in docs/server.md):
 * PORT, HOST, DATA_DIR, DATABASE_URL, ALLOWED_ORIGINS, RETENTION_<KIND>_DAYS, RETENTION_INTERVAL_MINUTES,
 * SESSION_HOURS, RATE_LIMIT_<NAME> (`max/seconds`), TRUST_PROXY, PDOK, SITE_CONFIG.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const retentionDays: Record<string, number> = {};
  const rateLimits: Record<string, RateLimit> = {};
  for (const [key, value] of Object.entries(env)) {
    const retention = /^RETENTION_([A-Z0-9_]+)_DAYS$/.exec(key);
    if (retention) retentionDays[retention[1]!.toLowerCase().replace(/_/g, '-')] = positive(key, value) ?? 0;
    const rate = /^RATE_LIMIT_([A-Z0-9_]+)$/.exec(key);
    if (rate) {
      const m = /^(\d+)\/(\d+)$/.exec(value ?? '');
      if (!m) throw new Error(`${key} must look like "120/60" (requests per seconds), got "${value}"`);
      rateLimits[rate[1]!.toLowerCase().replace(/_/g, '-')] = { max: Number(m[1]), windowMs: Number(m[2]) * 1000 };
    }
  }
  const minutes = positive('RETENTION_INTERVAL_MINUTES', env.RETENTION_INTERVAL_MINUTES);
  const hours = positive('SESSION_HOURS', env.SESSION_HOURS);
  return {
    port: positive('PORT', env.PORT) ?? 8080,
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || '.data',
    databaseUrl: env.DATABASE_URL || undefined,
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    retentionDays,
    retentionIntervalMs: minutes === undefined ? undefined : Math.max(1, minutes) * 60_000,
    sessionTtlMs: hours === undefined ? undefined : hours * 3_600_000,
    rateLimits,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    pdok: env.PDOK === '1' || env.PDOK === 'true',
    siteConfigFile: env.SITE_CONFIG || undefined,
  };
}
