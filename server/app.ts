import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { holdsRole } from '../src/core/api/desk.js';
import { findSession, sessionToken } from './auth/sessions.js';
import { coreFeature } from './core/feature.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { seedDemoAccounts } from './demo.js';
import { deskCss, deskPage, notFoundPage } from './desk/page.js';
import { features as defaultFeatures } from './features/index.js';
import type { Feature, FeatureContext } from './features/types.js';
import { buildCsp, PDOK_ORIGIN } from './http/csp.js';
import { createCors } from './http/cors.js';
import { errors } from './http/errors.js';
import { setSecurityHeaders } from './http/headers.js';
import { DatabaseRateLimiter, RateLimiter } from './http/rate-limit.js';
import { Router } from './http/router.js';
import type { RegisteredRoute } from './http/router.js';
import { resolveFile, sendFile } from './http/static.js';
import { createLogger } from './log.js';
import type { Logger } from './log.js';
import { generateOpenApi } from './openapi/generate.js';
import type { OpenApiDocument } from './openapi/generate.js';
import { resolveOptions } from './options.js';
import type { ResolvedOptions, ServerOptions } from './options.js';
import { runRetention } from './retention.js';
import type { RetentionResult } from './retention.js';
import { isHttps, sessionBody } from './core/feature.js';

export interface App {
  server: Server;
  /** `http://host:port` the server listens on. */
  url: string;
  db: Database;
  ctx: FeatureContext;
  /** The features running, core first. */
  features: Feature[];
  routes(): RegisteredRoute[];
  openapi: OpenApiDocument;
  /** Runs the retention rules now (they also run at start and every `retentionIntervalMs`). */
  runRetention(): Promise<RetentionResult[]>;
  /** Stops accepting connections, finishes requests in flight, then closes the database. */
  close(): Promise<void>;
}

function readSiteConfig(file: string | undefined, log: Logger): unknown {
  if (!file) return undefined;
  if (!existsSync(file)) {
    log.info('site config not found; features run without it', { file });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    log.error('site config is not valid JSON; features run without it', { file, error: (error as Error).message });
    return undefined;
  }
}

/** The client address for rate limits: the socket's, or behind a trusted proxy the last hop it saw. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length) return hops[hops.length - 1]!;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Builds and starts the server: opens the database, runs every feature's migrations,
 * registers their routes, runs retention and (with `demo`) seeds demo data.
 */
export async function createApp(input: ServerOptions = {}): Promise<App> {
  const options: ResolvedOptions = resolveOptions(input);
  const log = createLogger(options.log);
  let openapi: OpenApiDocument | undefined;
  const features = [coreFeature(() => openapi!), ...(input.features ?? defaultFeatures)];
  const names = new Set<string>();
  for (const feature of features) {
    if (names.has(feature.name)) throw new Error(`feature ${feature.name} is listed twice`);
    names.add(feature.name);
    for (const m of feature.migrations ?? []) {
      if (!m.id.startsWith(`${feature.name}-`)) throw new Error(`migration ${m.id} of ${feature.name} must start with "${feature.name}-"`);
    }
  }

  const db = openDatabase(options);
  const applied = await db.migrate(features.flatMap((f) => f.migrations ?? [])).catch(async (error: unknown) => {
    await db.close(); // a failed start leaves no connection (or PostgreSQL pool) behind
    throw error;
  });
  if (applied.length) log.info('migrations applied', { ids: applied.join(',') });

  const ctx: FeatureContext = {
    db,
    options,
    now: options.now,
    log,
    siteConfig: readSiteConfig(options.siteConfigFile, log),
  };

  // several processes share PostgreSQL, so their limits are counted there; one SQLite process counts in memory
  const clock = () => options.now().getTime();
  const limiter = db.dialect === 'postgres' ? new DatabaseRateLimiter(db, clock) : new RateLimiter(clock);
  const cors = createCors(options.allowedOrigins, options.trustProxy);
  const router = new Router({
    cors,
    clientAddress: (req) => clientAddress(req, options.trustProxy),
    async rateLimit(c, limit) {
      if (!limit) return;
      const effective = options.rateLimits[limit.name] ?? limit;
      const decision = await limiter.take(limit.name, c.ip, effective);
      c.res.setHeader('ratelimit-limit', String(decision.limit));
      c.res.setHeader('ratelimit-remaining', String(decision.remaining));
      c.res.setHeader('ratelimit-reset', String(decision.resetSeconds));
      if (!decision.ok) throw errors.rateLimited(decision.resetSeconds);
    },
    async authenticate(c, access) {
      const token = sessionToken(c.req);
      const session = token ? await findSession(db, token, options.now()) : undefined;
      if (!session) throw errors.unauthenticated();
      if (access !== 'public' && !holdsRole(session.role, access)) throw errors.forbidden();
      const { expiresAt, ...professional } = session;
      c.professional = professional;
      c.sessionExpiresAt = expiresAt;
    },
    log: (entry) => log.info('request', entry),
    onError: (error, route) => log.error('request failed', { route, error: (error as Error).message }),
  });
  for (const feature of features) feature.routes?.(router.forFeature(feature.name), ctx);
  // generated from the routes as registered, with their zod schemas: never out of step
  openapi = generateOpenApi(router.list());

  if (options.demo) {
    // replicas starting together: one seeds, the others find the data there
    await db.runAlone('demo-seed', async () => {
      await seedDemoAccounts(db, options.now().getTime());
      for (const feature of features) await feature.seedDemo?.(ctx);
    });
  }
  const retention = () => runRetention(features, ctx);
  await retention();
  const timer = setInterval(() => void retention(), options.retentionIntervalMs);
  timer.unref();
  const sweeper = setInterval(() => void Promise.resolve(limiter.sweep()).catch(() => undefined), 60_000);
  sweeper.unref();

  const csp = buildCsp({ connectSrc: options.pdok ? [PDOK_ORIGIN] : [] });
  const notFound = notFoundPage();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res, csp, isHttps(req, options.trustProxy));
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return router.handle(req, res, url);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return;
    }
    if (url.pathname === '/desk' || url.pathname === '/desk/') {
      const token = sessionToken(req);
      const session = token ? await findSession(db, token, options.now()) : undefined;
      const page = deskPage(session ? await sessionBody(db, session.accountId, session.expiresAt) : null);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    if (url.pathname === '/desk/desk.css') {
      res.setHeader('content-type', 'text/css; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.end(req.method === 'HEAD' ? undefined : deskCss);
      return;
    }
    const inDist = url.pathname.startsWith('/dist/');
    const file = inDist
      ? await resolveFile(options.distDir, url.pathname.slice('/dist'.length))
      : await resolveFile(options.demoDir, url.pathname);
    if (file) {
      // the library and config files are meant to be embedded by other sites
      const shared = inDist || file.endsWith('.json');
      return sendFile(req, res, file, { crossOrigin: shared, cacheControl: inDist ? 'public, max-age=300' : 'no-cache' });
    }
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : notFound);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('request failed', { error: (error as Error).message });
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(errors.internal().toJSON()));
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(timer);
      clearInterval(sweeper);
      const stopped = new Promise<void>((done) => {
        const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          done();
        });
        server.closeIdleConnections();
      });
      // no new connections now: let features end their long-lived responses
      for (const feature of features) {
        try {
          await feature.close?.(ctx);
        } catch (error) {
          log.error('feature close failed', { feature: feature.name, error: (error as Error).message });
        }
      }
      await stopped;
      await db.close();
    })());

  return { server, url, db, ctx, features, routes: () => router.list(), openapi, runRetention: retention, close };
}
