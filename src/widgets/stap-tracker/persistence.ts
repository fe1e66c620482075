import * as z from 'zod/mini';
import { createStore } from '../../core/storage/storage.js';
import type { Store } from '../../core/storage/storage.js';
import { EXPORT_FORMAT, change, exportFile, family, roles } from '../../core/api/routes.js';
import type { Change, ExportFile, Family } from '../../core/api/routes.js';

/** A shared route as this device takes part in it. */
export const shareInfo = z.strictObject({
  routeId: z.string(),
  code: z.string(),
  link: z.optional(z.string()),
  role: z.enum(roles),
  token: z.string(),
  /** The server's sequence number of the latest change this device has. */
  seq: z.int(),
  closed: z.optional(z.boolean()),
  /** The config steps the route was shared with. */
  steps: z.array(z.string()),
});
export type ShareInfo = z.infer<typeof shareInfo>;

/** What this device keeps (localStorage `digiplein:stap-tracker:route`). */
export const savedRoute = z.strictObject({
  v: z.literal(1),
  family,
  changes: z.array(change),
  /** Ids of changes not yet sent to the server (made offline, or before a failed upload). */
  pending: z.array(z.string()),
  share: z.optional(shareInfo),
});
export type SavedRoute = z.infer<typeof savedRoute>;

/**
 * Where a stap-tracker keeps its route. Two on one page (each with its own `id`) keep two
 * routes; without an id there is the one route of the site.
 */
export function routeStore(elementId = ''): Store<SavedRoute> {
  const key = elementId && /^[A-Za-z0-9_-]{1,64}$/.test(elementId) ? `route-${elementId}` : 'route';
  return createStore('stap-tracker', key, 'local', (raw) => {
    const parsed = savedRoute.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  });
}

export function toExportFile(familyAnswers: Family, changes: readonly Change[], now = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), family: familyAnswers, changes: [...changes] };
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; reason: 'not-json' | 'not-a-route' | 'invalid' };

/** Reads an exported file; never throws, and says why a file cannot be used. */
export function parseExportFile(textContent: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, reason: 'not-a-route' };
  const parsed = exportFile.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, reason: 'invalid' };
}

/** Starts a download of the route as a JSON file. */
export function downloadFile(file: ExportFile, name: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
