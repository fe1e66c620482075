import type { $ZodType, output } from 'zod/v4/core';
import { apiRequest, unreachableError } from '../core/api/client.js';
import { ApiRequestError } from '../core/api/errors.js';

/** Fired on `window` when the server says the session is gone; the shell shows the login. */
export const DESK_UNAUTHENTICATED = 'digiplein-desk-unauthenticated';

export interface DeskFetchInit<S extends $ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** The answer must match this schema (from `src/core/api/`). */
  schema?: S;
  signal?: AbortSignal;
}

/**
 * Calls a desk endpoint of this server with the session cookie (same origin), through the one
 * client (`core/api/client.ts`). Resolves with the parsed answer; rejects with an
 * `ApiRequestError` carrying the envelope's code and Dutch/English message, so each view can
 * show it. A 401 also fires {@link DESK_UNAUTHENTICATED}.
 */
export async function deskFetch<S extends $ZodType | undefined = undefined>(
  path: string,
  init: DeskFetchInit<S> = {},
): Promise<S extends $ZodType ? output<S> : unknown> {
  const result = await apiRequest(path, {
    ...init,
    credentials: 'same-origin',
    retry: init.method === undefined && init.body === undefined,
  });
  if (result.ok) return result.value as never;
  if (result.offline) {
    throw result.status
      ? new ApiRequestError(result.status, 'unexpected_response', {
          nl: 'De server gaf een onverwacht antwoord.',
          en: 'The server gave an unexpected answer.',
        })
      : unreachableError();
  }
  if (result.error.status === 401 && result.error.code === 'unauthenticated') window.dispatchEvent(new Event(DESK_UNAUTHENTICATED));
  throw result.error;
}
