import * as z from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { ApiRequestError, errorFromResponse } from './errors.js';

/**
 * The one HTTP client of every widget and the desk: one way to build a URL, one reader of the
 * server's error envelope (`errors.ts`), one timeout, one retry policy with backoff and jitter,
 * and one result shape. A call never throws: it resolves with the parsed answer, with
 * `offline` when no usable answer came (network, CORS, timeout, 5xx, an answer that does not
 * match the contract), or with the server's refusal as an {@link ApiRequestError}.
 */
export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; offline: true; status?: number } | { ok: false; offline: false; error: ApiRequestError };

export interface ApiCall<S extends $ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `Authorization: Bearer …` (a conversation's or a route's secret). */
  token?: string;
  /** The answer must match this schema (from `src/core/api/`); without one, the answer is ignored. */
  schema?: S;
  /** `omit` (default: widgets on a gemeente's site send no cookies) or `same-origin` (the desk's session). */
  credentials?: 'omit' | 'same-origin';
  /**
   * Ask again after no answer or a busy server (5xx, 408, 429). On by default for GET; a POST
   * only opts in when the server recognises a repeat (an idempotency key or client id).
   */
  retry?: boolean;
  signal?: AbortSignal;
}

/** How long one attempt may take: a server that never answers must not leave a parent on a spinner. */
export const TIMEOUT_MS = 15_000;
/** Pauses before the retries (each times a random factor of 0.5–1.5, so clients do not return in step). */
export const RETRY_DELAYS_MS = [400, 1200];

/** A delay with jitter: between half and one and a half times `ms`. */
export function withJitter(ms: number, random: () => number = Math.random): number {
  return Math.round(ms * (0.5 + random()));
}

let fetchImpl: typeof fetch | undefined;
/** For tests and stories: answer every call with this fetch (undefined: the browser's own). */
export function setApiFetch(f: typeof fetch | undefined): void {
  fetchImpl = f;
}

/** `<base>/<path>`, whether or not the base ends in a slash; a base that is a path on the site (`/`) resolves against the page. */
export function apiUrl(base: string, path: string): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, globalThis.document?.baseURI);
  return new URL(path.replace(/^\//, ''), root).href;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

const busy = (status: number) => status >= 500 || status === 408 || status === 429;

async function attempt<S extends $ZodType | undefined>(
  url: string,
  call: ApiCall<S>,
): Promise<ApiResult<S extends $ZodType ? output<S> : undefined>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  // one signal for the timeout and the caller's own (AbortSignal.any is too new for some phones)
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const forward = () => controller.abort();
  call.signal?.addEventListener('abort', forward, { once: true });
  let response: Response;
  try {
    response = await (fetchImpl ?? fetch)(url, {
      method: call.method ?? (call.body === undefined ? 'GET' : 'POST'),
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      credentials: call.credentials ?? 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch (error) {
    if (call.signal?.aborted) throw error; // the caller gave up: not an answer to show
    return { ok: false, offline: true };
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', forward);
  }
  if (response.status >= 500) return { ok: false, offline: true, status: response.status };
  if (!response.ok) return { ok: false, offline: false, error: await errorFromResponse(response) };
  if (!call.schema || response.status === 204) return { ok: true, value: undefined as never };
  try {
    const parsed = z.safeParse(call.schema, await response.json());
    if (parsed.success) return { ok: true, value: parsed.data as never };
  } catch {
    /* not JSON */
  }
  return { ok: false, offline: true, status: response.status };
}

/** One call to a DigiPlein server, with the retry policy above. */
export async function apiRequest<S extends $ZodType | undefined = undefined>(
  url: string,
  call: ApiCall<S> = {},
): Promise<ApiResult<S extends $ZodType ? output<S> : undefined>> {
  const retry = call.retry ?? (call.method ?? (call.body === undefined ? 'GET' : 'POST')) === 'GET';
  for (let n = 0; ; n++) {
    const result = await attempt(url, call);
    const again = !result.ok && (result.offline || busy(result.error.status));
    const delay = RETRY_DELAYS_MS[n];
    if (!again || !retry || delay === undefined || call.signal?.aborted) return result;
    await sleep(withJitter(delay), call.signal);
  }
}

/** The message for "no answer", in the same shape as a server's refusal (for views that show one error line). */
export function unreachableError(): ApiRequestError {
  return new ApiRequestError(0, 'network', {
    nl: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    en: 'The server cannot be reached. Check the connection and try again.',
  });
}
