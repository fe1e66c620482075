import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Spreekuur } from '../../core/config/schema/index.js';
import type { Slot } from '../../core/api/signups.js';
import { localize } from '../../core/i18n/i18n.js';
import { amsterdamDate, formatDay, formatTime } from '../../core/time/amsterdam.js';

/**
 * The spreekuren to offer, the gemeente's own first: those limited to gemeenten or run by the
 * organisation of this config, then the regional ones, each group in config order.
 */
export function orderSpreekuren(config: ResolvedConfig): Spreekuur[] {
  const own = localize(config.organisation.name, 'nl');
  const rank = (s: Spreekuur) => (s.gemeenten?.length || localize(s.organisation, 'nl') === own ? 0 : 1);
  return config.spreekuren
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/** The slots written in the config (no server): upcoming ones, earliest first; capacity unknown so never full. */
export function staticSlots(spreekuur: Spreekuur, now = new Date()): Slot[] {
  return (spreekuur.slots ?? [])
    .map((s) => ({ id: `static-${s.start}`, start: s.start, end: s.end, capacity: s.capacity ?? 1, remaining: s.capacity ?? 1 }))
    .filter((s) => Date.parse(s.start) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

export interface SlotDay {
  /** `YYYY-MM-DD` in Amsterdam. */
  day: string;
  slots: Slot[];
  /** Whether every slot of the day is full. */
  full: boolean;
}

/** Groups slots per day in Amsterdam (a slot at 00:30 local belongs to that local day), earliest first. */
export function groupByDay(slots: readonly Slot[]): SlotDay[] {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const day = amsterdamDate(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days].map(([day, list]) => ({ day, slots: list, full: list.every((s) => s.remaining === 0) }));
}

/** Whether any slot still has a place. */
export const hasAvailable = (slots: readonly Slot[]) => slots.some((s) => s.remaining > 0);

/** "dinsdag 1 december, 09:30 tot 10:00" style parts for a slot. */
export function describeSlot(slot: Pick<Slot, 'start' | 'end'>, lang: string): { day: string; start: string; end: string } {
  return { day: formatDay(slot.start, lang), start: formatTime(slot.start, lang), end: formatTime(slot.end, lang) };
}
