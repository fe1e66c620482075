import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Spreekuur } from '../../core/config/schema/index.js';
import type { Slot } from '../../core/api/signups.js';
import { localize } from '../../core/i18n/i18n.js';

/** Every date and time in this widget is shown in the time zone where the spreekuren are held. */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * The spreekuren to offer, the gemeente's own first: those limited to gemeenten or run by the
 * organisation of this config, then the regional ones, each group in config order.
 */
export function orderSpreekuren(config: ResolvedConfig): Spreekuur[] {
  const own = localize(config.organisation.name, 'nl');
  const rank = (s: Spreekuur) => (s.gemeenten?.length || localize(s.organisation, 'nl') === own ? 0 : 1);
  return config.spreekuren.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
}

/** The slots written in the config (no server): upcoming ones, earliest first; capacity unknown so never full. */
export function staticSlots(spreekuur: Spreekuur, now = new Date()): Slot[] {
  return (spreekuur.slots ?? [])
    .map((s) => ({ id: `static-${s.start}`, start: s.start, end: s.end, capacity: s.capacity ?? 1, remaining: s.capacity ?? 1 }))
    .filter((s) => Date.parse(s.start) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** `YYYY-MM-DD` of an instant in Amsterdam. */
export function amsterdamDay(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return parts; // en-CA formats as 2026-12-01
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
    const day = amsterdamDay(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days].map(([day, list]) => ({ day, slots: list, full: list.every((s) => s.remaining === 0) }));
}

/** Whether any slot still has a place. */
export const hasAvailable = (slots: readonly Slot[]) => slots.some((s) => s.remaining > 0);

/** "dinsdag 1 december" / "Tuesday 1 December" for a slot's day. */
export function formatDay(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** "09:30" for a slot's start or end in Amsterdam. */
export function formatTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "dinsdag 1 december, 09:30 tot 10:00" style parts for a slot. */
export function describeSlot(slot: Pick<Slot, 'start' | 'end'>, lang: string): { day: string; start: string; end: string } {
  return { day: formatDay(slot.start, lang), start: formatTime(slot.start, lang), end: formatTime(slot.end, lang) };
}
