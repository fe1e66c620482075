import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from './errors.js';
import type { Access, Method } from './router.js';

/**
 * CORS with an allowlist of exact origins (`https://www.gemeente.nl`). Public routes answer
 * allowlisted origins; desk routes never answer another origin. Requests from an origin not
 * on the list are refused with `origin_not_allowed` rather than processed and hidden.
 */
export function createCors(allowedOrigins: readonly string[], trustProxy = false) {
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/$/, '').toLowerCase()));
  return function cors(req: IncomingMessage, res: ServerResponse, access: Access | undefined, methods: Method[]): boolean {
    res.setHeader('vary', 'Origin');
    const origin = req.headers.origin;
    if (!origin || isSameOrigin(origin, req, trustProxy)) return false;
    if (access !== 'public' || !allowed.has(origin.toLowerCase())) throw errors.originNotAllowed();
    res.setHeader('access-control-allow-origin', origin);
    if (req.method !== 'OPTIONS') {
      res.setHeader('access-control-expose-headers', 'retry-after');
      return false;
    }
    res.setHeader('access-control-allow-methods', methods.join(', '));
    // authorization: the bearer tokens of a chat conversation or a shared route (no cookies cross-origin)
    res.setHeader('access-control-allow-headers', 'content-type, accept-language, authorization');
    res.setHeader('access-control-max-age', '600');
    return true;
  };
}

/**
 * The request comes from a page of this server itself (the demo site or the desk). Behind a
 * trusted proxy the public host is in X-Forwarded-Host when the proxy does not pass Host on.
 */
export function isSameOrigin(origin: string, req: IncomingMessage, trustProxy = false): boolean {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]!
        .trim()
    : '';
  try {
    return new URL(origin).host === (forwarded || req.headers.host);
  } catch {
    return false;
  }
}
