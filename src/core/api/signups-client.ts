import { apiRequest, apiUrl } from './client.js';
import type { ApiResult } from './client.js';
import type { ApiIssue } from './errors.js';
import { signupResponseSchema, slotsResponseSchema } from './signups.js';
import type { SignupRequest, SignupResponse, Slot } from './signups.js';

/** What a call to the sign-up endpoints can end in, so the widget can say it plainly. */
export type SignupFailure =
  /** No answer (offline, DNS, CORS, timeout) or a 5xx: worth retrying with the same idempotency key. */
  | { kind: 'unavailable'; status?: number }
  /** The time was just taken (409 `slot_full`) or no longer exists. */
  | { kind: 'slot-taken'; code: string }
  /** The server refused the data (400 `invalid_request` with an issue per field). */
  | { kind: 'invalid'; issues: ApiIssue[] }
  /** Refused for another stable reason (rate limit, contact cap, too fast, not found). */
  | { kind: 'refused'; code: string; status: number };

export type SignupResult<T> = { ok: true; value: T } | { ok: false; failure: SignupFailure };

/** The core client's result in the sign-up's own words (`src/core/api/client.ts` does the HTTP). */
function asSignupResult<T>(result: ApiResult<T>): SignupResult<T> {
  if (result.ok) return result;
  if (result.offline) return { ok: false, failure: { kind: 'unavailable', ...(result.status ? { status: result.status } : {}) } };
  const { code, status, issues } = result.error;
  if (code === 'slot_full' || code === 'slot_not_found') return { ok: false, failure: { kind: 'slot-taken', code } };
  if (code === 'invalid_request' && issues.length) return { ok: false, failure: { kind: 'invalid', issues } };
  return { ok: false, failure: { kind: 'refused', code, status } };
}

/** Upcoming slots of a spreekuur, full ones included. */
export async function fetchSlots(base: string, spreekuur: string): Promise<SignupResult<Slot[]>> {
  const result = await apiRequest(apiUrl(base, `api/spreekuren/${encodeURIComponent(spreekuur)}/slots`), { schema: slotsResponseSchema });
  return asSignupResult(result.ok ? { ok: true, value: result.value.slots } : result);
}

/**
 * Books a place. Safe to repeat with the same `idempotencyKey`: the server books once. Not
 * retried here: the widget retries in view of the parent ("we try again in 5 seconds").
 */
export async function postSignup(base: string, request: SignupRequest): Promise<SignupResult<SignupResponse>> {
  return asSignupResult(
    await apiRequest(apiUrl(base, 'api/signups'), { method: 'POST', body: request, schema: signupResponseSchema, retry: false }),
  );
}

/** What a sign-up is (spreekuur, time, status), for the page the cancel link opens. */
export async function lookupSignup(base: string, reference: string, token: string): Promise<SignupResult<SignupResponse>> {
  return asSignupResult(
    await apiRequest(apiUrl(base, `api/signups/${encodeURIComponent(reference)}/lookup`), {
      method: 'POST',
      body: { token },
      schema: signupResponseSchema,
      retry: true,
    }),
  );
}

/** Cancels a sign-up with its reference and secret token; the place becomes free again. */
export async function cancelSignup(base: string, reference: string, token: string): Promise<SignupResult<SignupResponse>> {
  return asSignupResult(
    await apiRequest(apiUrl(base, `api/signups/${encodeURIComponent(reference)}/cancel`), {
      method: 'POST',
      body: { token },
      schema: signupResponseSchema,
    }),
  );
}
