import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { addDays, amsterdamDate, formatDay, formatTime, icsLocal, instantAt, wallClock, weekdayOf } from '../../src/core/time/amsterdam.js';
import { availability } from '../../src/widgets/chat/availability.js';
import { weeklySlots } from '../../server/features/signups/schedule.js';

// The machine's own zone must not matter: the same answers on a server in UTC, a laptop in
// New York (DST changes on other dates) and a phone in Auckland (southern summer).
const zones = ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland'];
const original = process.env.TZ;
after(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

for (const zone of zones) {
  describe(`Amsterdam time on a machine in ${zone}`, () => {
    it('reads wall-clock time in winter and summer', () => {
      process.env.TZ = zone;
      assert.deepEqual(wallClock('2026-01-05T08:30:00Z'), { date: '2026-01-05', day: 'ma', minutes: 9 * 60 + 30, seconds: 0 });
      assert.deepEqual(wallClock('2026-07-06T08:30:15Z'), { date: '2026-07-06', day: 'ma', minutes: 10 * 60 + 30, seconds: 15 });
      assert.equal(amsterdamDate('2026-12-31T23:30:00Z'), '2027-01-01'); // already new year in Amsterdam
    });

    it('goes from wall-clock time to the instant around the spring change (29 March 2026)', () => {
      process.env.TZ = zone;
      assert.equal(instantAt('2026-03-29', 60).toISOString(), '2026-03-29T00:00:00.000Z'); // 01:00 CET
      assert.equal(instantAt('2026-03-29', 180).toISOString(), '2026-03-29T01:00:00.000Z'); // 03:00 CEST
      assert.equal(instantAt('2026-03-29', 150).toISOString(), '2026-03-29T01:30:00.000Z'); // 02:30 does not exist: read as 03:30
      assert.equal(instantAt('2026-03-30', 600).toISOString(), '2026-03-30T08:00:00.000Z');
    });

    it('goes from wall-clock time to the instant around the autumn change (25 October 2026)', () => {
      process.env.TZ = zone;
      assert.equal(instantAt('2026-10-25', 60).toISOString(), '2026-10-24T23:00:00.000Z'); // 01:00 CEST
      assert.equal(instantAt('2026-10-25', 150).toISOString(), '2026-10-25T01:30:00.000Z'); // 02:30 twice: the winter one
      assert.equal(instantAt('2026-10-25', 600).toISOString(), '2026-10-25T09:00:00.000Z');
      assert.equal(wallClock('2026-10-25T00:30:00Z').minutes, 2 * 60 + 30); // the first 02:30 (CEST)
    });

    it('counts days and weekdays over both changes', () => {
      process.env.TZ = zone;
      assert.equal(addDays('2026-03-28', 2), '2026-03-30');
      assert.equal(addDays('2026-10-24', 2), '2026-10-26');
      assert.equal(weekdayOf('2026-03-29'), 'zo');
      assert.equal(weekdayOf('2026-12-25'), 'vr');
    });

    it('formats days, times and calendar dates as people in Amsterdam read them', () => {
      process.env.TZ = zone;
      assert.equal(formatDay('2026-12-01T08:30:00Z', 'nl'), 'dinsdag 1 december');
      assert.equal(formatDay('2026-12-01T08:30:00Z', 'en'), 'Tuesday, December 1');
      assert.equal(formatTime('2026-07-01T07:05:00Z', 'en'), '09:05');
      assert.equal(icsLocal('2026-12-01T08:30:00Z'), '20261201T093000');
      assert.equal(icsLocal('2026-06-01T08:30:00Z'), '20260601T103000');
    });

    it('puts a weekly spreekuur at the same local time on both sides of each change', () => {
      process.env.TZ = zone;
      const pattern = { days: [6, 0], times: ['09:30'], minutes: 30, capacity: 1 }; // Saturday and Sunday
      const spring = weeklySlots(pattern, new Date('2026-03-28T00:00:00Z'), 2);
      assert.deepEqual(
        spring.map((s) => s.start.toISOString()),
        ['2026-03-28T08:30:00.000Z', '2026-03-29T07:30:00.000Z'],
      );
      const autumn = weeklySlots(pattern, new Date('2026-10-24T00:00:00Z'), 2);
      assert.deepEqual(
        autumn.map((s) => s.start.toISOString()),
        ['2026-10-24T07:30:00.000Z', '2026-10-25T08:30:00.000Z'],
      );
      for (const slot of [...spring, ...autumn]) assert.equal(formatTime(slot.start, 'nl'), '09:30');
    });

    it('opens and closes the chat by Amsterdam opening hours over the autumn change', () => {
      process.env.TZ = zone;
      const settings = { openingHours: { zo: ['09:00-12:00'], ma: ['09:00-17:00'] } };
      const sundayMorning = availability(settings, new Date('2026-10-25T08:30:00Z')); // 09:30 CET
      assert.deepEqual(sundayMorning, { open: true, until: new Date('2026-10-25T11:00:00Z') });
      const saturdayNight = availability(settings, new Date('2026-10-24T20:00:00Z')); // 22:00 CEST
      assert.deepEqual(saturdayNight, { open: false, nextOpen: new Date('2026-10-25T08:00:00Z') });
    });
  });
}
