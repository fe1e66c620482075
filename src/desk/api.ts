import * as z from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { ApiRequestError, errorFromResponse } from '../core/api/errors.js';

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

const unreachable = () =>
  new ApiRequestError(0, 'network', {
    nl: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    en: 'The server cannot be reached. Check the connection and try again.',
  });

/**
 * Calls a desk endpoint of this server with the session cookie (same origin). Resolves with
 * the parsed answer; rejects with an `ApiRequestError` carrying the envelope's code and
 * Dutch/English message. A 401 also fires {@link DESK_UNAUTHENTICATED}.
 */
export async function deskFetch<S extends $ZodType | undefined = undefined>(
  path: string,
  init: DeskFetchInit<S> = {},
): Promise<S extends $ZodType ? output<S> : unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw unreachable();
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && error.code === 'unauthenticated') window.dispatchEvent(new Event(DESK_UNAUTHENTICATED));
    throw error;
  }
  if (response.status === 204) return undefined as never;
  const unexpected = () =>
    new ApiRequestError(response.status, 'unexpected_response', {
      nl: 'De server gaf een onverwacht antwoord.',
      en: 'The server gave an unexpected answer.',
    });
  // Every failure leaves here as an ApiRequestError, so each view can show its message.
  const data: unknown = await response.json().catch(() => {
    throw unexpected();
  });
  if (!init.schema) return data as never;
  const parsed = z.safeParse(init.schema, data);
  if (!parsed.success) throw unexpected();
  return parsed.data as never;
}
