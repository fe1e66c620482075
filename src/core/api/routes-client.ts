import type * as z from 'zod/mini';
import { errorFromResponse } from './errors.js';
import type { ApiRequestError } from './errors.js';
import {
  changesResponse, createRouteResponse, joinRouteResponse, pushChangesResponse, routeSnapshot,
} from './routes.js';
import type { Change, CreateRouteRequest, Membership } from './routes.js';

/**
 * The typed HTTP client of shared routes. Every call resolves (never throws): either the parsed
 * answer, `offline` when no answer came (network, CORS, timeout, 5xx), or the server's error.
 */
export type RouteResult<T> = { ok: true; value: T } | { ok: false; offline: true } | { ok: false; offline: false; error: ApiRequestError };

const TIMEOUT_MS = 15000;

/** `<base>/api/<path>`; a base that is a path on the site (`/`) is resolved against the page. */
function url(base: string, path: string): string {
  return new URL(`api/${path}`, new URL(base.endsWith('/') ? base : `${base}/`, globalThis.document?.baseURI)).href;
}

async function call<S extends z.ZodMiniType>(base: string, path: string, schema: S | undefined, init: { method: string; body?: unknown; token?: string }): Promise<RouteResult<z.infer<S>>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    response = await fetch(url(base, path), {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch {
    return { ok: false, offline: true };
  } finally {
    clearTimeout(timer);
  }
  if (response.status >= 500) return { ok: false, offline: true };
  if (!response.ok) return { ok: false, offline: false, error: await errorFromResponse(response) };
  if (!schema) return { ok: true, value: undefined as z.infer<S> };
  try {
    const parsed = schema.safeParse(await response.json());
    if (parsed.success) return { ok: true, value: parsed.data as z.infer<S> };
  } catch {
    /* not JSON */
  }
  return { ok: false, offline: true };
}

const rid = (m: Pick<Membership, 'routeId'>) => `routes/${encodeURIComponent(m.routeId)}`;

export const routesApi = {
  create: (base: string, body: CreateRouteRequest) => call(base, 'routes', createRouteResponse, { method: 'POST', body }),
  join: (base: string, code: string) => call(base, 'routes/join', joinRouteResponse, { method: 'POST', body: { code } }),
  snapshot: (base: string, m: Membership) => call(base, rid(m), routeSnapshot, { method: 'GET', token: m.token }),
  changes: (base: string, m: Membership, since: number) => call(base, `${rid(m)}/changes?since=${since}`, changesResponse, { method: 'GET', token: m.token }),
  push: (base: string, m: Membership, changes: Change[]) => call(base, `${rid(m)}/changes`, pushChangesResponse, { method: 'POST', body: { changes }, token: m.token }),
  leave: (base: string, m: Membership) => call(base, `${rid(m)}/leave`, undefined, { method: 'POST', body: {}, token: m.token }),
  close: (base: string, m: Membership) => call(base, `${rid(m)}/close`, undefined, { method: 'POST', body: {}, token: m.token }),
};
