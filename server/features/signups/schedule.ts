/** Weekly times of a spreekuur, as wall-clock times in Europe/Amsterdam (demo seed and the CLI). */

/** Weekdays as the widgets' config writes them; index = JavaScript's getUTCDay(). */
export const WEEKDAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;

export interface WeeklyPattern {
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Local start times, `HH:MM`. */
  times: string[];
  minutes: number;
  capacity: number;
}

/** The UTC instant of a wall-clock time in Europe/Amsterdam (CET/CEST). */
export function amsterdamToDate(year: number, month: number, day: number, hour: number, minute: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (ms: number) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date(ms))
        .map((x) => [x.type, Number(x.value)]),
    );
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - ms;
  };
  return new Date(guess - offsetAt(guess - offsetAt(guess)));
}

/** Every slot of the pattern on the `days` calendar days from `from` (a UTC date; its day counts). */
export function weeklySlots(pattern: WeeklyPattern, from: Date, days: number): { start: Date; end: Date; capacity: number }[] {
  const out: { start: Date; end: Date; capacity: number }[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + d));
    if (!pattern.days.includes(date.getUTCDay())) continue;
    for (const t of pattern.times) {
      const [h, m] = t.split(':').map(Number) as [number, number];
      const start = amsterdamToDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), h, m);
      out.push({ start, end: new Date(start.getTime() + pattern.minutes * 60_000), capacity: pattern.capacity });
    }
  }
  return out;
}
