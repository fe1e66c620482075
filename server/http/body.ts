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
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw errors.invalidJson();
  }
}
