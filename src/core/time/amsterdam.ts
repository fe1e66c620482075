/**
 * The one time module of DigiPlein, for browser and server: every date and time that people see
 * or that a schedule is written in is wall-clock time in Europe/Amsterdam, whatever the visitor's
 * or the server's clock says (chat opening hours, spreekuur slots, the .ics file, the CSV, the
 * desk). Pure functions over instants; `Intl` does the zone rules (CET/CEST), so the daylight
 * saving changes need no table of our own.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

/** Weekdays as the config writes them; index = JavaScript's `getUTCDay()` (0 = Sunday). */
export const WEEKDAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A wall-clock time in Amsterdam. */
export interface WallClock {
  /** `2026-12-25` */
  date: string;
  day: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
  /** Seconds within the minute. */
  seconds: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.DateTimeFormat` in Amsterdam time, kept once per language and options. */
export function amsterdamFormat(lang: string, options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone: TIME_ZONE })));
  return format;
}

const asDate = (at: Date | string | number) => (at instanceof Date ? at : new Date(at));

/** The wall-clock time in Amsterdam at an instant. */
export function wallClock(at: Date | string | number): WallClock {
  const parts = Object.fromEntries(
    amsterdamFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(asDate(at))
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, day: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute), seconds: Number(parts.second) };
}

/** `YYYY-MM-DD` of an instant in Amsterdam (a slot at 00:30 local belongs to that local day). */
export const amsterdamDate = (at: Date | string | number): string => wallClock(at).date;

/** How far Amsterdam is ahead of UTC at an instant, in milliseconds (one or two hours). */
function offsetAt(ms: number): number {
  const local = wallClock(ms);
  const [y, m, d] = local.date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 0, local.minutes, local.seconds) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in Amsterdam (`2026-03-29`, 600 minutes = 10:00). A time the
 * clock skips in spring (02:30 on the last Sunday of March) is read with the winter offset, so it
 * falls an hour later; a time that occurs twice in autumn is the second one (winter time).
 */
export function instantAt(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, minutes);
  return new Date(asUtc - offsetAt(asUtc - offsetAt(asUtc)));
}

/** The calendar date `n` days after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** `HH:MM` → minutes since midnight. */
export const clockMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "dinsdag 1 december" / "Tuesday, December 1". */
export const formatDay = (at: Date | string, lang: string): string =>
  amsterdamFormat(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(asDate(at));

/** "09:30" (24-hour clock in every language). */
export const formatTime = (at: Date | string, lang: string): string =>
  amsterdamFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(asDate(at));

/** `20261201T093000`: a local date-time as iCalendar writes it with `TZID=Europe/Amsterdam`. */
export function icsLocal(at: Date | string): string {
  const { date, minutes, seconds } = wallClock(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.replace(/-/g, '')}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}${pad(seconds)}`;
}
