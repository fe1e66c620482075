/**
 * Starts the real reference server on a loopback port with a fresh data directory, for
 * server and end-to-end tests of every feature:
 *
 * ```ts
 * const server = await startServer();              // all features, empty database
 * after(() => server.stop());
 * const res = await server.fetch('/api/health');
 * const cookie = await server.login(await server.createProfessional({ organisationId: 'org-a' }));
 * ```
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import type { App } from '../../server/app.js';
import { createAccount, ensureOrganisation } from '../../server/auth/accounts.js';
import type { Role } from '../../server/auth/types.js';
import type { ServerOptions } from '../../server/options.js';
import { createTestDatabase, dropTestDatabase } from './database.js';

export interface TestServer {
  app: App;
  /** `http://127.0.0.1:<port>` */
  url: string;
  dataDir: string;
  /** The PostgreSQL database of this server, when the tests run on PostgreSQL. */
  databaseUrl: string | undefined;
  /** fetch relative to the server, with `cookie` (a session) and JSON `json` body support. */
  fetch(path: string, init?: RequestInit & { json?: unknown; cookie?: string }): Promise<Response>;
  /** Adds an organisation (if missing) and an account in it; returns its login. */
  createProfessional(input?: Partial<ProfessionalInput>): Promise<ProfessionalInput>;
  /** Logs in through the API; returns the `cookie` header value for later requests. */
  login(credentials: { email: string; password: string }): Promise<string>;
  /** Stops and starts the server on the same data directory (data must survive). */
  restart(overrides?: ServerOptions): Promise<void>;
  /** Stops the server and removes the data directory. */
  stop(): Promise<void>;
}

export interface ProfessionalInput {
  organisationId: string;
  organisationName: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

let counter = 0;

/**
 * Test defaults: no log output, and rate limits high enough that only a test about rate
 * limits meets them (override with `rateLimits`).
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'digiplein-test-'));
  // on PostgreSQL (TEST_POSTGRES_URL) a database of its own, like the fresh folder on SQLite
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const base: ServerOptions = {
    port: 0,
    host: '127.0.0.1',
    log: false,
    ...options,
    dataDir,
    databaseUrl,
    rateLimits: { public: { max: 100_000, windowMs: 60_000 }, login: { max: 100_000, windowMs: 60_000 }, ...options.rateLimits },
  };
  let app = await createApp(base);

  const server: TestServer = {
    get app() {
      return app;
    },
    get url() {
      return app.url;
    },
    dataDir,
    databaseUrl,
    fetch(path, init = {}) {
      const { json, cookie, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (cookie) headers.set('cookie', cookie);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(new URL(path, app.url), { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
    },
    async createProfessional(input = {}) {
      const n = ++counter;
      const account: ProfessionalInput = {
        organisationId: input.organisationId ?? 'org-test',
        organisationName: input.organisationName ?? `Testorganisatie ${input.organisationId ?? 'org-test'}`,
        email: input.email ?? `professional${n}-${process.pid}@test.example`,
        name: input.name ?? `Professional ${n}`,
        role: input.role ?? 'professional',
        password: input.password ?? `test-wachtwoord-${n}-lang`,
      };
      await ensureOrganisation(app.db, account.organisationId, account.organisationName);
      await createAccount(app.db, account);
      return account;
    },
    async login({ email, password }) {
      const res = await server.fetch('/api/desk/login', { method: 'POST', json: { email, password } });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.get('set-cookie') ?? '';
      return cookie.split(';')[0]!;
    },
    async restart(overrides = {}) {
      await app.close();
      app = await createApp({ ...base, ...overrides, port: 0, dataDir });
    },
    async stop() {
      await app.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (!options.databaseUrl) await dropTestDatabase(databaseUrl);
    },
  };
  return server;
}
