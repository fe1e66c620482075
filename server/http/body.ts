import type { IncomingMessage } from 'node:http';
import { errors } from './errors.js';

/** Default request body limit: enough for any form in the widgets, far too small to hurt. */
export const DEFAULT_BODY_LIMIT = 16 * 1024;

/**
 * Reads a JSON body of at most `limit` bytes. Refuses other content types (415), larger
 * bodies (413, before reading them when Content-Length says so) and broken JSON (400).
 */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // drain, so the connection can answer
    throw errors.payloadTooLarge(limit);
  }
  if (type !== 'application/json') {
    if (declared === 0 || (!req.headers['content-length'] && !req.headers['transfer-encoding'])) return undefined;
    req.resume();
    throw errors.unsupportedMediaType();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw errors.payloadTooLarge(limit);
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  // thousands of nested brackets fit in the size limit but make validation overflow the stack
  if (nestedDeeperThan(text, MAX_DEPTH)) throw errors.tooDeep(MAX_DEPTH);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw errors.invalidJson();
  }
}

/** No DigiPlein request nests deeper than this. */
export const MAX_DEPTH = 32;

/** Whether JSON text nests objects and arrays deeper than `max` (brackets inside strings do not count). */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
