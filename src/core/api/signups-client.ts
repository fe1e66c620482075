import { apiError } from './errors.js';
import type { ApiIssue } from './errors.js';
import { signupResponseSchema, slotsResponseSchema } from './signups.js';
import type { SignupRequest, SignupResponse, Slot } from './signups.js';

/** What a call to the sign-up endpoints can end in, so the widget can say it plainly. */
export type ApiFailure =
  /** No answer (offline, DNS, CORS, timeout) or a 5xx: worth retrying with the same idempotency key. */
  | { kind: 'unavailable'; status?: number }
  /** The time was just taken (409 `slot_full`) or no longer exists. */
  | { kind: 'slot-taken'; code: string }
  /** The server refused the data (400 `invalid_request` with an issue per field). */
  | { kind: 'invalid'; issues: ApiIssue[] }
  /** Refused for another stable reason (rate limit, contact cap, too fast, not found). */
  | { kind: 'refused'; code: string; status: number };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/** `<base>/api/<path>`, whether or not the configured base ends in a slash. */
export function apiUrl(base: string, path: string): string {
  return new URL(`api/${path}`, base.endsWith('/') ? base : `${base}/`).href;
}

const TIMEOUT_MS = 15000;

async function call<T>(url: string, init: RequestInit, parse: (json: unknown) => T | undefined): Promise<ApiResult<T>> {
  let response: Response;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    response = await fetch(url, { ...init, signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    return { ok: false, failure: { kind: 'unavailable' } };
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (response.ok) {
    const value = parse(json);
    return value === undefined ? { ok: false, failure: { kind: 'unavailable', status: response.status } } : { ok: true, value };
  }
  if (response.status >= 500) return { ok: false, failure: { kind: 'unavailable', status: response.status } };
  const body = apiError.safeParse(json);
  const code = body.success ? body.data.error.code : `http_${response.status}`;
  if (code === 'slot_full' || code === 'slot_not_found') return { ok: false, failure: { kind: 'slot-taken', code } };
  if (body.success && code === 'invalid_request' && body.data.error.issues?.length) {
    return { ok: false, failure: { kind: 'invalid', issues: body.data.error.issues } };
  }
  return { ok: false, failure: { kind: 'refused', code, status: response.status } };
}

/** Upcoming slots of a spreekuur, full ones included. */
export function fetchSlots(base: string, spreekuur: string): Promise<ApiResult<Slot[]>> {
  return call(apiUrl(base, `spreekuren/${encodeURIComponent(spreekuur)}/slots`), { method: 'GET' }, (json) => {
    const parsed = slotsResponseSchema.safeParse(json);
    return parsed.success ? parsed.data.slots : undefined;
  });
}

/** Books a place. Safe to repeat with the same `idempotencyKey`: the server books once. */
export function postSignup(base: string, request: SignupRequest): Promise<ApiResult<SignupResponse>> {
  return call(apiUrl(base, 'signups'), { method: 'POST', body: JSON.stringify(request) }, (json) => {
    const parsed = signupResponseSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  });
}

/** Cancels a sign-up with its reference and secret token; the place becomes free again. */
export function cancelSignup(base: string, reference: string, token: string): Promise<ApiResult<SignupResponse>> {
  return call(apiUrl(base, `signups/${encodeURIComponent(reference)}/cancel`), { method: 'POST', body: JSON.stringify({ token }) }, (json) => {
    const parsed = signupResponseSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  });
}
