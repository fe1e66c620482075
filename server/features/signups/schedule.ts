/** Weekly times of a spreekuur, as wall-clock times in Europe/Amsterdam (demo seed and the CLI). */

import { clockMinutes, instantAt } from '../../../src/core/time/amsterdam.js';

export { WEEKDAYS } from '../../../src/core/time/amsterdam.js';

export interface WeeklyPattern {
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Local start times, `HH:MM`. */
  times: string[];
  minutes: number;
  capacity: number;
}

/** Every slot of the pattern on the `days` calendar days from `from` (a UTC date; its day counts). */
export function weeklySlots(pattern: WeeklyPattern, from: Date, days: number): { start: Date; end: Date; capacity: number }[] {
  const out: { start: Date; end: Date; capacity: number }[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + d));
    if (!pattern.days.includes(date.getUTCDay())) continue;
    for (const t of pattern.times) {
      const start = instantAt(date.toISOString().slice(0, 10), clockMinutes(t));
      out.push({ start, end: new Date(start.getTime() + pattern.minutes * 60_000), capacity: pattern.capacity });
    }
  }
  return out;
}
