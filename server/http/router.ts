import type { IncomingMessage, ServerResponse } from 'node:http';
import type { $ZodType, output } from 'zod/v4/core';
import type { Professional, Role } from '../auth/types.js';
import { readJson, DEFAULT_BODY_LIMIT } from './body.js';
import { errors, HttpError } from './errors.js';
import type { RateLimit } from './rate-limit.js';
import type { OpenApiOperation } from '../openapi/generate.js';
import { once } from 'node:events';
import { validate } from './validate.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route:
 * - `public`: anyone (the widgets on gemeente sites). Rate-limited per client address;
 *   answered cross-origin only to origins in the CORS allowlist.
 * - a role (`professional`, `coordinator`, `admin`): a logged-in desk session that holds at least
 *   that role (`holdsRole`: an admin is a coordinator too; 403 otherwise). Same origin only. The
 *   OpenAPI document says who may call each route from this.
 */
export type Access = 'public' | Role;

/** A named rate limit with its default; operators override it with `RATE_LIMIT_<NAME>`. */
export interface NamedRateLimit extends RateLimit {
  name: string;
}

export interface RequestContext<B = unknown, Q = unknown> {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Path parameters: `/api/signups/:id` gives `params.id`. */
  params: Record<string, string>;
  /** The query, parsed with the route's `query` schema (else `URLSearchParams` as an object). */
  query: Q;
  /** The JSON body, parsed with the route's `body` schema. */
  body: B;
  /** The client address (for rate limits only; never log it). */
  ip: string;
  /** The logged-in professional on every route that is not `public`. */
  professional?: Professional;
  /** When the desk session ends (on every route that is not `public`). */
  sessionExpiresAt?: Date;
  /** The matched route's pattern, for logs. */
  pattern: string;
}

const isStream = (body: unknown): body is AsyncIterable<string> =>
  typeof body === 'object' && body !== null && Symbol.asyncIterator in body;

/** A response other than "200 with this JSON": another status, headers, or a non-JSON body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
    /** When set, `body` is sent as is (a string or Buffer) with this content type. */
    readonly contentType?: string,
  ) {}
}

export interface RouteDefinition<BS extends $ZodType | undefined = undefined, QS extends $ZodType | undefined = undefined> {
  method: Method;
  /** `/api/...` with `:name` parameters. */
  path: string;
  access: Access;
  /** Shared schema (from `src/core/api/`) the JSON body must match. */
  body?: BS;
  /** Schema for the query as an object of strings. */
  query?: QS;
  /** Schema the JSON response must match (checked on every response). */
  response?: $ZodType;
  /** Body limit in bytes (default 16 KB). */
  bodyLimit?: number;
  /** For public routes; default the `public` limit. */
  rateLimit?: NamedRateLimit;
  /** What it does, in a line: the OpenAPI summary, and the route list. */
  summary?: string;
  /** The rest of its OpenAPI description (`server/openapi/generate.ts`). */
  openapi?: OpenApiOperation;
  handler(
    ctx: RequestContext<BS extends $ZodType ? output<BS> : undefined, QS extends $ZodType ? output<QS> : Record<string, string>>,
  ): unknown;
}

export interface RegisteredRoute {
  method: Method;
  path: string;
  access: Access;
  /** The feature that registered it. */
  feature: string;
  /** The schemas and details the OpenAPI document is generated from. */
  body?: $ZodType;
  query?: $ZodType;
  response?: $ZodType;
  summary?: string;
  openapi?: OpenApiOperation;
}

interface CompiledRoute {
  def: RouteDefinition<$ZodType | undefined, $ZodType | undefined>;
  feature: string;
  regex: RegExp;
  names: string[];
}

/** Hooks the app gives the router: CORS, rate limits, authentication and logging. */
export interface RouterHooks {
  /** Throws `origin_not_allowed` or sets CORS headers; returns true when it answered a preflight. */
  cors(req: IncomingMessage, res: ServerResponse, access: Access | undefined, methods: Method[]): boolean;
  rateLimit(ctx: RequestContext, limit: NamedRateLimit | undefined): Promise<void>;
  authenticate(ctx: RequestContext, access: Access): Promise<void>;
  clientAddress(req: IncomingMessage): string;
  log(entry: { method: string; route: string; status: number; ms: number; code?: string }): void;
  /** A response failed its schema: a server bug, reported without the data. */
  onError(error: unknown, route: string): void;
}

/** The default public limit: 120 requests a minute per client address. */
export const PUBLIC_LIMIT: NamedRateLimit = { name: 'public', max: 120, windowMs: 60_000 };

/**
 * A small router over node:http: exact paths with `:param` segments, JSON in and out,
 * shared zod schemas for the body, query and response, and the error envelope for every
 * failure. Routes are registered by features through {@link FeatureRouter}.
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(private readonly hooks: RouterHooks) {}

  /** A view for one feature: routes it adds are recorded with its name. */
  forFeature(feature: string): FeatureRouter {
    return {
      add: (def) => this.add(feature, def as RouteDefinition<$ZodType | undefined, $ZodType | undefined>),
    };
  }

  private add(feature: string, def: RouteDefinition<$ZodType | undefined, $ZodType | undefined>): void {
    if (!def.path.startsWith('/api/')) throw new Error(`route ${def.path}: API routes live under /api/`);
    if (def.path.startsWith('/api/desk/') && def.access === 'public' && !DESK_PUBLIC.has(def.path)) {
      throw new Error(`route ${def.path}: desk routes need a role as access ('professional', 'coordinator' or 'admin')`);
    }
    const names: string[] = [];
    const pattern = def.path
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    if (this.routes.some((r) => r.def.method === def.method && r.def.path === def.path)) {
      throw new Error(`route ${def.method} ${def.path} registered twice`);
    }
    this.routes.push({ def, feature, regex: new RegExp(`^${pattern}$`), names });
  }

  /** Every registered route (for the OpenAPI check and the start-up log). */
  list(): RegisteredRoute[] {
    return this.routes.map(({ def, feature }) => ({
      method: def.method,
      path: def.path,
      access: def.access,
      feature,
      body: def.body,
      query: def.query,
      response: def.response,
      summary: def.summary,
      openapi: def.openapi,
    }));
  }

  /** Answers a request under `/api/`. Never throws: every failure becomes the error envelope. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const started = performance.now();
    let pattern = '(unmatched)';
    try {
      // a path with fixed segments wins over one with parameters (`/x/export` over `/x/:id`)
      const matches = this.routes
        .map((route) => ({ route, match: route.regex.exec(url.pathname) }))
        .filter((m) => m.match)
        .sort((a, b) => a.route.names.length - b.route.names.length);
      if (!matches.length) throw errors.notFound();
      pattern = matches[0]!.route.def.path;
      const methods = matches.map((m) => m.route.def.method);
      const method = req.method === 'HEAD' ? 'GET' : req.method;
      const found = matches.find((m) => m.route.def.method === method);

      if (req.method === 'OPTIONS') {
        // a CORS preflight; without an Origin, just say what is allowed
        const access = matches.every((m) => corsAccess(m.route.def) === 'public') ? 'public' : 'professional';
        if (!this.hooks.cors(req, res, access, methods)) res.setHeader('allow', [...methods, 'OPTIONS'].join(', '));
        res.statusCode = 204;
        res.end();
        this.hooks.log({ method: 'OPTIONS', route: pattern, status: 204, ms: Math.round(performance.now() - started) });
        return;
      }
      this.hooks.cors(req, res, found ? corsAccess(found.route.def) : undefined, methods);
      if (!found) throw errors.methodNotAllowed(methods);
      const { route, match } = found;
      const def = route.def;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, i) => {
          params[name] = decodeURIComponent(match![i + 1]!);
        });
      } catch {
        throw errors.notFound(); // a malformed %-escape names nothing
      }
      const ctx: RequestContext = {
        req,
        res,
        url,
        params,
        query: Object.fromEntries(url.searchParams),
        body: undefined,
        ip: this.hooks.clientAddress(req),
        pattern,
      };
      if (def.access === 'public') await this.hooks.rateLimit(ctx, def.rateLimit ?? PUBLIC_LIMIT);
      else {
        await this.hooks.authenticate(ctx, def.access);
        // A limit declared on a signed-in route applies too (guessing route codes from the desk).
        if (def.rateLimit) await this.hooks.rateLimit(ctx, def.rateLimit);
      }
      if (def.query) ctx.query = validate(def.query, ctx.query);
      if (method !== 'GET' && method !== 'DELETE') {
        const raw = await readJson(req, def.bodyLimit ?? DEFAULT_BODY_LIMIT);
        ctx.body = def.body ? validate(def.body, raw) : raw;
      }
      const result = await def.handler(ctx as never);
      if (res.headersSent) {
        // the handler wrote the response itself (an event stream): nothing left to send
        if (!res.writableEnded) res.end();
        this.hooks.log({ method: req.method ?? '', route: pattern, status: res.statusCode, ms: Math.round(performance.now() - started) });
        return;
      }
      const reply = result instanceof Reply ? result : result === undefined ? new Reply(204) : new Reply(200, result);
      if (def.response && reply.status < 300 && !reply.contentType) {
        try {
          validate(def.response, reply.body);
        } catch {
          this.hooks.onError(new Error(`response of ${def.method} ${def.path} does not match its schema`), pattern);
          throw errors.internal();
        }
      }
      await send(res, reply, req.method === 'HEAD');
      this.hooks.log({ method: req.method ?? '', route: pattern, status: reply.status, ms: Math.round(performance.now() - started) });
    } catch (error) {
      const httpError = error instanceof HttpError ? error : errors.internal();
      if (!(error instanceof HttpError)) this.hooks.onError(error, pattern);
      if (!res.headersSent) {
        void send(res, new Reply(httpError.status, httpError.toJSON(), httpError.headers), req.method === 'HEAD');
      } else res.destroy(); // a half-sent export must not look complete to the client
      this.hooks.log({
        method: req.method ?? '',
        route: pattern,
        status: httpError.status,
        ms: Math.round(performance.now() - started),
        code: httpError.code,
      });
    }
  }
}

/** Desk routes (login included) are for the desk's own pages: never cross-origin. */
function corsAccess(def: { path: string; access: Access }): Access {
  return def.path.startsWith('/api/desk/') ? 'professional' : def.access;
}

/** Desk routes a visitor without a session may call. */
const DESK_PUBLIC = new Set(['/api/desk/login', '/api/desk/logout']);

/** What a feature gets to register its routes with. */
export interface FeatureRouter {
  add<BS extends $ZodType | undefined = undefined, QS extends $ZodType | undefined = undefined>(def: RouteDefinition<BS, QS>): void;
}

export async function send(res: ServerResponse, reply: Reply, headOnly = false): Promise<void> {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  if (reply.status === 204 || reply.body === undefined) {
    res.end();
    return;
  }
  if (reply.contentType && isStream(reply.body)) {
    // a long export goes out in chunks as it is read, not built in memory first
    res.setHeader('content-type', reply.contentType);
    if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
    if (headOnly) return void res.end();
    for await (const chunk of reply.body) {
      if (!res.write(chunk)) await once(res, 'drain');
    }
    res.end();
    return;
  }
  const payload = reply.contentType ? (reply.body as string | Buffer) : JSON.stringify(reply.body);
  res.setHeader('content-type', reply.contentType ?? 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(payload));
  if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
  res.end(headOnly ? undefined : payload);
}
