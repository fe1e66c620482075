import * as z from 'zod/mini';

/**
 * Building blocks of the config schema. A check's message is a key into
 * `../messages.ts`, so every mistake can be explained to a webmaster in Dutch and English.
 */

/** A language code such as `nl`, `en`, `ar` or `pt-BR`. */
export const languageCode = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'language-code'));

/** Text shown to people: a plain string, or a map per language (`{"nl": "…", "en": "…"}`). */
export const text = z.union(
  [
    z.string().check(z.trim(), z.minLength(1, 'not-empty')),
    z.record(languageCode, z.string().check(z.trim(), z.minLength(1, 'not-empty'))),
  ],
  'text',
);
export type Text = z.infer<typeof text>;

/** Identifiers that other parts of the config refer to: lower case, digits and hyphens. */
export const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'id'));

/** A CBS gemeente code such as GM0363. */
export const cbsCode = z.string().check(z.regex(/^GM\d{4}$/, 'cbs-code'));

/** A four-digit postcode area, or a range such as `1011-1019`. */
export const postcodeArea = z.string().check(z.regex(/^[1-9]\d{3}(-[1-9]\d{3})?$/, 'postcode-area'));

export const webUrl = z.httpUrl('web-url');
export const email = z.email('email');

/** A Dutch phone number as people dial it: 112, 0800-2000, 0900-8020, +31 20 123 4567. */
export const phone = z.string().check(z.regex(/^(\d{3}|\+?\d[\d -]{4,18}\d)$/, 'phone'));

/** A link to more information; `source` marks where a fact was checked. */
export const link = z.strictObject({ label: text, url: webUrl });
export type Link = z.infer<typeof link>;

/** Whether `YYYY-MM-DD` is a day on the calendar (not 2026-02-30). */
export function realDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO date (2026-12-25) that exists. */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'iso-date'), z.refine(realDate, 'real-date'));

/** Whether "09:00-17:00" ends after it starts (24:00 is the end of the day; 24:01 is no time). */
export function forwardRange(value: string): boolean {
  const [start, end] = value.split('-').map((t) => {
    const [h, m] = t.split(':').map(Number) as [number, number];
    return h * 60 + m;
  }) as [number, number];
  return end <= 24 * 60 && end > start;
}

/** A clock time range in Europe/Amsterdam (09:00-17:00). */
export const timeRange = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'time-range'), z.refine(forwardRange, 'forward-range'));

/** Opening hours per weekday; a missing day is closed. */
export const openingHours = z.partial(
  z.strictObject({
    ma: z.array(timeRange),
    di: z.array(timeRange),
    wo: z.array(timeRange),
    do: z.array(timeRange),
    vr: z.array(timeRange),
    za: z.array(timeRange),
    zo: z.array(timeRange),
  }),
);
export type OpeningHours = z.infer<typeof openingHours>;
