import { DEMO_ORGANISATIONS } from '../../demo.js';
import { localize } from '../../../src/core/i18n/i18n.js';
import type { FeatureContext } from '../types.js';
import { addSlot, book, upsertSpreekuur } from './store.js';
import { weeklySlots } from './schedule.js';
import type { WeeklyPattern } from './schedule.js';

/** Which fictional organisation runs each demo spreekuur of `demo/digiplein.json`. */
const ORGANISATION_OF: Record<string, string> = {
  'wijkteam-voorbeeld': DEMO_ORGANISATIONS.gemeente.id,
  'bijeenkomst-kinderen-vertellen': DEMO_ORGANISATIONS.gemeente.id,
  'spreekuur-regio': DEMO_ORGANISATIONS.regio.id,
};

/** Weekly pattern of demo times: weekday (0 = Sunday), local start times, minutes, places. */
const PATTERN: Record<string, WeeklyPattern> = {
  'wijkteam-voorbeeld': { days: [2, 4], times: ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'], minutes: 30, capacity: 1 },
  'spreekuur-regio': { days: [3], times: ['13:00', '13:45', '14:30'], minutes: 45, capacity: 1 },
  'bijeenkomst-kinderen-vertellen': { days: [1], times: ['19:30'], minutes: 90, capacity: 12 },
};

/**
 * Fictional spreekuren and three weeks of times, matching the `spreekuren` of the demo config,
 * plus one fictional sign-up so the desk is not empty and one time shows as full. Idempotent:
 * times are added only when a spreekuur has none left in the future.
 */
export async function seedSignupsDemo(ctx: FeatureContext): Promise<void> {
  const config = ctx.siteConfig as
    { spreekuren?: { id: string; name: unknown; kind?: string; location?: unknown; description?: unknown }[] } | undefined;
  const now = ctx.now();
  for (const s of config?.spreekuren ?? []) {
    const organisationId = ORGANISATION_OF[s.id];
    const pattern = PATTERN[s.id];
    if (!organisationId || !pattern) continue;
    // added when missing; a name a coordinator edited in the desk is kept
    await upsertSpreekuur(ctx.db, { id: s.id, organisationId, name: localize(s.name as never, 'nl') }, now.getTime(), { keepName: true });
    // the details a coordinator manages in the desk, once (a later edit in the desk is kept)
    await ctx.db.run(
      'UPDATE signup_spreekuren SET kind = ?, location = ?, description = ?, default_capacity = ? WHERE id = ? AND location IS NULL AND online = 0',
      [
        s.kind ?? 'spreekuur',
        s.location ? localize(s.location as never, 'nl') : null,
        s.description ? localize(s.description as never, 'nl') : null,
        pattern.capacity,
        s.id,
      ],
    );
    const future = await ctx.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM signup_slots WHERE spreekuur_id = ? AND start_at > ?', [
      s.id,
      now.getTime(),
    ]);
    if ((future?.n ?? 0) > 0) continue;
    const tomorrow = new Date(now.getTime() + 86_400_000);
    for (const slot of weeklySlots(pattern, tomorrow, 21)) await addSlot(ctx.db, { spreekuurId: s.id, ...slot });
  }
  // One fictional booking on the first wijkteam time (the same idempotency key on every start).
  const first = await ctx.db.get<{ id: string }>(
    'SELECT id FROM signup_slots WHERE spreekuur_id = ? AND start_at > ? ORDER BY start_at LIMIT 1',
    ['wijkteam-voorbeeld', now.getTime()],
  );
  if (first) {
    await book(
      ctx.db,
      {
        spreekuur: 'wijkteam-voorbeeld',
        slot: first.id,
        idempotencyKey: `demo-seed-${first.id}`.slice(0, 64),
        details: {
          name: 'Fictieve ouder (voorbeeld)',
          email: 'ouder@voorbeeld.example',
          theme: 'kinderen',
          contactBy: 'email',
          consent: true,
          question: 'Hoe maken we een ouderschapsplan?',
        },
        lang: 'nl',
      },
      { now: now.getTime(), contactCap: 1000 },
    ).catch(() => undefined); // already full from an earlier start: nothing to do
  }
}
