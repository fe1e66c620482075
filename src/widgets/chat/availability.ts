import type { ChatSettings } from '../../core/config/schema/index.js';
import { addDays, clockMinutes, instantAt, wallClock, weekdayOf } from '../../core/time/amsterdam.js';

/**
 * Whether a professional can take over a chat right now: opening hours per weekday and closed
 * days (public holidays), always in Europe/Amsterdam whatever the visitor's clock says. Pure:
 * the time is passed in, so tests use fixed dates (including the DST switches).
 */
export type Availability = { open: true; until: Date } | { open: false; nextOpen?: Date };

/**
 * Open now (and until when), or closed and when it opens next (within two weeks).
 * Without opening hours in the config nobody is ever available for a live chat.
 */
export function availability(settings: Pick<ChatSettings, 'openingHours' | 'closedDays'>, at: Date): Availability {
  const hours = settings.openingHours ?? {};
  const closed = new Set(settings.closedDays ?? []);
  const now = wallClock(at);
  if (!closed.has(now.date)) {
    for (const range of hours[now.day] ?? []) {
      const [from, to] = range.split('-').map(clockMinutes) as [number, number];
      if (now.minutes >= from && now.minutes < to) return { open: true, until: instantAt(now.date, to) };
    }
  }
  for (let i = 0; i < 15; i++) {
    const date = addDays(now.date, i);
    if (closed.has(date)) continue;
    const starts = (hours[weekdayOf(date)] ?? [])
      .map((r) => clockMinutes(r))
      .filter((from) => i > 0 || from > now.minutes)
      .sort((a, b) => a - b);
    if (starts.length) return { open: false, nextOpen: instantAt(date, starts[0]!) };
  }
  return { open: false };
}
