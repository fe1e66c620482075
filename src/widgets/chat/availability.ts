import type { ChatSettings } from '../../core/config/schema/index.js';

/**
 * Whether a professional can take over a chat right now: opening hours per weekday and closed
 * days (public holidays), always in Europe/Amsterdam whatever the visitor's clock says. Pure:
 * the time is passed in, so tests use fixed dates (including the DST switches).
 */
export const TIME_ZONE = 'Europe/Amsterdam';
const DAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
type DayKey = (typeof DAYS)[number];

export interface LocalTime {
  /** 2026-12-25 */
  date: string;
  day: DayKey;
  /** Minutes since local midnight. */
  minutes: number;
}

let formatter: Intl.DateTimeFormat | undefined;

/** The wall-clock time in Amsterdam at an instant. */
export function amsterdamTime(at: Date): LocalTime {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short',
  });
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: DAYS[weekday]!,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant of a wall-clock time in Amsterdam (date 2026-03-29, 600 minutes = 10:00). */
export function amsterdamInstant(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, minutes);
  // The offset is +1 or +2 hours; try both and keep the one that reads back as asked.
  for (const offset of [60, 120]) {
    const guess = new Date(asUtc - offset * 60_000);
    const back = amsterdamTime(guess);
    if (back.date === date && back.minutes === minutes % 1440) return guess;
  }
  return new Date(asUtc - 60 * 60_000); // a time skipped by the spring switch
}

function parseRange(range: string): [number, number] {
  const [from, to] = range.split('-') as [string, string];
  const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return [min(from), min(to)];
}

function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function dayOf(date: string): DayKey {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

export type Availability =
  | { open: true; until: Date }
  | { open: false; nextOpen?: Date };

/**
 * Open now (and until when), or closed and when it opens next (within two weeks).
 * Without opening hours in the config nobody is ever available for a live chat.
 */
export function availability(settings: Pick<ChatSettings, 'openingHours' | 'closedDays'>, at: Date): Availability {
  const hours = settings.openingHours ?? {};
  const closed = new Set(settings.closedDays ?? []);
  const now = amsterdamTime(at);
  if (!closed.has(now.date)) {
    for (const range of hours[now.day] ?? []) {
      const [from, to] = parseRange(range);
      if (now.minutes >= from && now.minutes < to) return { open: true, until: amsterdamInstant(now.date, to) };
    }
  }
  for (let i = 0; i < 15; i++) {
    const date = addDays(now.date, i);
    if (closed.has(date)) continue;
    const starts = (hours[dayOf(date)] ?? [])
      .map((r) => parseRange(r)[0])
      .filter((from) => i > 0 || from > now.minutes)
      .sort((a, b) => a - b);
    if (starts.length) return { open: false, nextOpen: amsterdamInstant(date, starts[0]!) };
  }
  return { open: false };
}
