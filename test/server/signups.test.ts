import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { addSlot, book, upsertSpreekuur } from '../../server/features/signups/store.js';
import { weeklySlots } from '../../server/features/signups/schedule.js';
import { openSse } from './chat-helpers.js';

const HOUR = 3_600_000;
let clock = Date.now();
const now = () => new Date(clock);

interface Envelope {
  error: { code: string; message: { nl: string; en: string }; issues?: { path: string }[] };
}

const details = (n: number | string) => ({
  name: `Ouder ${n}`,
  email: `ouder${n}@test.example`,
  theme: 'kinderen',
  contactBy: 'email',
  consent: true,
});

async function setup(server: TestServer, organisationId = 'org-a', spreekuurId = 'spreekuur-a', capacity = 1, startInHours = 48) {
  await upsertSpreekuur(server.app.db, { id: spreekuurId, organisationId, name: `Spreekuur ${spreekuurId}` }, clock);
  const start = new Date(clock + startInHours * HOUR);
  return addSlot(server.app.db, { spreekuurId, start, end: new Date(start.getTime() + HOUR / 2), capacity });
}

function signup(server: TestServer, body: Record<string, unknown>) {
  return server.fetch('/api/signups', {
    method: 'POST',
    json: { idempotencyKey: randomUUID(), fillMs: 20_000, lang: 'nl', ...body },
  });
}

async function remaining(server: TestServer, spreekuur: string, slot: string) {
  const res = await server.fetch(`/api/spreekuren/${spreekuur}/slots`);
  const body = (await res.json()) as { slots: { id: string; remaining: number }[] };
  return body.slots.find((s) => s.id === slot)?.remaining;
}

describe('sign-ups', () => {
  let server: TestServer;
  before(async () => {
    const high = { max: 100_000, windowMs: 60_000 };
    server = await startServer({ now, rateLimits: { signups: high, 'signups-cancel': high } });
  });
  after(() => server.stop());

  it('lists upcoming slots with the places left, and says when a spreekuur does not exist', async () => {
    const slot = await setup(server, 'org-a', 'lijst', 3);
    const past = await addSlot(server.app.db, { spreekuurId: 'lijst', start: new Date(clock - HOUR), end: new Date(clock), capacity: 1 });
    const res = await server.fetch('/api/spreekuren/lijst/slots');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { spreekuur: string; slots: { id: string; capacity: number; remaining: number }[] };
    assert.deepEqual(
      body.slots.map((s) => [s.id, s.capacity, s.remaining]),
      [[slot, 3, 3]],
    );
    assert.ok(!body.slots.some((s) => s.id === past));
    const missing = await server.fetch('/api/spreekuren/bestaat-niet/slots');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as Envelope).error.code, 'spreekuur_not_found');
  });

  it('books exactly one of 50 parallel sign-ups for the last place; the others hear it was just taken', async () => {
    const slot = await setup(server, 'org-a', 'druk', 1);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signup(server, { spreekuur: 'druk', slot, details: details(`p${i}`) })),
    );
    const statuses = responses.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    const losers = await Promise.all(responses.filter((r) => r.status === 409).map((r) => r.json() as Promise<Envelope>));
    assert.ok(losers.every((b) => b.error.code === 'slot_full' && b.error.message.nl.includes('net door iemand anders')));
    assert.equal(await remaining(server, 'druk', slot), 0);
    const rows = await server.app.db.all('SELECT id FROM signups WHERE slot_id = ?', [slot]);
    assert.equal(rows.length, 1);
  });

  it('books once for a repeated idempotency key and answers with the same booking', async () => {
    const slot = await setup(server, 'org-a', 'dubbel', 5);
    const key = randomUUID();
    const first = await signup(server, { spreekuur: 'dubbel', slot, idempotencyKey: key, details: details('d') });
    const second = await signup(server, { spreekuur: 'dubbel', slot, idempotencyKey: key, details: details('d') });
    assert.equal(first.status, 201);
    assert.equal(second.status, 200);
    const [a, b] = (await Promise.all([first.json(), second.json()])) as { reference: string; cancelToken: string }[];
    assert.equal(a!.reference, b!.reference);
    assert.equal(a!.cancelToken, b!.cancelToken);
    assert.match(a!.reference, /^DP-[A-Z2-9]{6}$/);
    assert.equal(await remaining(server, 'dubbel', slot), 4);
  });

  it('tells the desk of the organisation when a sign-up comes in or is cancelled (no personal data), live', async () => {
    const slot = await setup(server, 'live-org', 'live', 2);
    const cookie = await server.login(await server.createProfessional({ organisationId: 'live-org' }));
    const other = await server.login(await server.createProfessional({ organisationId: 'other-org' }));
    const desk = await openSse(new URL('/api/desk/chat/events', server.url).href, { cookie });
    const elsewhere = await openSse(new URL('/api/desk/chat/events', server.url).href, { cookie: other });
    try {
      await desk.next((e) => e.event === 'ready');
      const res = await signup(server, { spreekuur: 'live', slot, details: details('live') });
      const booked = (await res.json()) as { reference: string; cancelToken: string };
      const event = await desk.next((e) => e.event === 'signup');
      assert.deepEqual(event.data, { spreekuur: 'live' });
      await server.fetch(`/api/signups/${booked.reference}/cancel`, { method: 'POST', json: { token: booked.cancelToken } });
      await desk.next((e) => e.event === 'signup' && e !== event);
      assert.equal(elsewhere.events.filter((e) => e.event === 'signup').length, 0, 'another organisation hears nothing');
    } finally {
      desk.close();
      elsewhere.close();
    }
  });

  it('pages the desk list and exports all 5,000 sign-ups of a busy region in the CSV', async () => {
    const slot = await setup(server, 'druk-org', 'druk-5000', 5000);
    const cookie = await server.login(await server.createProfessional({ organisationId: 'druk-org' }));
    for (let i = 0; i < 5000; i++) {
      await book(
        server.app.db,
        {
          spreekuur: 'druk-5000',
          slot,
          idempotencyKey: `druk-${i}-${randomUUID()}`,
          details: { ...details(`druk-${i}`), email: `ouder${i}@voorbeeld.example` } as never,
          lang: 'nl',
        },
        { now: clock, contactCap: 10 },
      );
    }
    const first = (await (await server.fetch('/api/desk/signups', { cookie })).json()) as {
      signups: unknown[];
      total: number;
      pageSize: number;
    };
    assert.equal(first.total, 5000);
    assert.equal(first.signups.length, first.pageSize);
    const last = (await (await server.fetch('/api/desk/signups?page=10', { cookie })).json()) as { signups: unknown[] };
    assert.equal(last.signups.length, 5000 - 9 * first.pageSize);
    const response = await server.fetch('/api/desk/signups.csv', { cookie });
    assert.equal(response.headers.get('transfer-encoding'), 'chunked', 'streamed page by page, not built whole');
    const csv = Buffer.from(await response.arrayBuffer())
      .subarray(3)
      .toString('utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 5001, 'a header and every sign-up');
    assert.equal(new Set(lines.slice(1).map((line) => line.split(';')[0])).size, 5000, 'no sign-up twice or left out between pages');
  });

  it('cancels with the secret token only, and frees the place', async () => {
    const slot = await setup(server, 'org-a', 'afmelden', 1);
    const res = await signup(server, { spreekuur: 'afmelden', slot, details: details('c') });
    const booked = (await res.json()) as { reference: string; cancelToken: string };
    assert.equal(await remaining(server, 'afmelden', slot), 0);

    const wrong = await server.fetch(`/api/signups/${booked.reference}/cancel`, { method: 'POST', json: { token: 'x'.repeat(40) } });
    assert.equal(wrong.status, 404);
    assert.equal(await remaining(server, 'afmelden', slot), 0);

    // the cancel page first looks up what it cancels (with the token only; nothing changes)
    const peek = await server.fetch(`/api/signups/${booked.reference}/lookup`, { method: 'POST', json: { token: 'x'.repeat(40) } });
    assert.equal(peek.status, 404);
    const found = await server.fetch(`/api/signups/${booked.reference}/lookup`, { method: 'POST', json: { token: booked.cancelToken } });
    assert.equal(found.status, 200);
    const what = (await found.json()) as { spreekuur: string; status: string; slot: { id: string } };
    assert.deepEqual([what.spreekuur, what.status, what.slot.id], ['afmelden', 'booked', slot]);
    assert.equal(await remaining(server, 'afmelden', slot), 0);

    const ok = await server.fetch(`/api/signups/${booked.reference}/cancel`, { method: 'POST', json: { token: booked.cancelToken } });
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { status: string }).status, 'cancelled');
    const again = await server.fetch(`/api/signups/${booked.reference}/cancel`, { method: 'POST', json: { token: booked.cancelToken } });
    assert.equal(again.status, 200);
    assert.equal(await remaining(server, 'afmelden', slot), 1);

    const next = await signup(server, { spreekuur: 'afmelden', slot, details: details('c2') });
    assert.equal(next.status, 201);
  });

  it('validates with the shared schema and refuses the honeypot and a too fast form', async () => {
    const slot = await setup(server, 'org-a', 'checks', 5);
    const bad = await signup(server, { spreekuur: 'checks', slot, details: { ...details('v'), phone: '12345', email: undefined } });
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as Envelope;
    assert.equal(body.error.code, 'invalid_request');
    assert.ok(
      body.error.issues!.some((i) => i.path === 'details.phone'),
      JSON.stringify(body.error.issues),
    );

    const trap = await signup(server, { spreekuur: 'checks', slot, details: details('h'), website: 'http://spam.example' });
    assert.equal(trap.status, 400);
    assert.equal(((await trap.json()) as Envelope).error.code, 'rejected');

    const fast = await signup(server, { spreekuur: 'checks', slot, details: details('f'), fillMs: 400 });
    assert.equal(fast.status, 400);
    assert.equal(((await fast.json()) as Envelope).error.code, 'too_fast');

    const gone = await signup(server, { spreekuur: 'checks', slot: 'bestaat-niet', details: details('g') });
    assert.equal(gone.status, 404);
    assert.equal(((await gone.json()) as Envelope).error.code, 'slot_not_found');
    assert.equal(await remaining(server, 'checks', slot), 5);
  });

  it('caps sign-ups per e-mail address (and per phone number) per day', async () => {
    const slot = await setup(server, 'org-a', 'cap', 20);
    for (let i = 0; i < 3; i++) assert.equal((await signup(server, { spreekuur: 'cap', slot, details: details('zelfde') })).status, 201);
    const fourth = await signup(server, { spreekuur: 'cap', slot, details: details('zelfde') });
    assert.equal(fourth.status, 429);
    assert.equal(((await fourth.json()) as Envelope).error.code, 'contact_limit');
    const phone = { name: 'Bel', phone: '06-12345678', theme: 'geld', contactBy: 'phone', consent: true };
    for (let i = 0; i < 3; i++)
      assert.equal(
        (await signup(server, { spreekuur: 'cap', slot, details: { ...phone, phone: i ? '+31612345678' : '06 12 34 56 78' } })).status,
        201,
      );
    assert.equal((await signup(server, { spreekuur: 'cap', slot, details: phone })).status, 429);
    clock += 25 * HOUR;
    try {
      assert.equal((await signup(server, { spreekuur: 'cap', slot, details: details('zelfde') })).status, 201);
    } finally {
      clock -= 25 * HOUR;
    }
  });

  it('shows the desk only its own organisation, lets it mark handled, and exports CSV', async () => {
    const slotA = await setup(server, 'desk-a', 'desk-spreekuur-a', 5);
    const slotB = await setup(server, 'desk-b', 'desk-spreekuur-b', 5);
    const a = (await (
      await signup(server, {
        spreekuur: 'desk-spreekuur-a',
        slot: slotA,
        details: { ...details('desk-a'), question: '=HYPERLINK("x"); "quote"' },
      })
    ).json()) as { reference: string };
    const b = (await (await signup(server, { spreekuur: 'desk-spreekuur-b', slot: slotB, details: details('desk-b') })).json()) as {
      reference: string;
    };
    const cookieA = await server.login(await server.createProfessional({ organisationId: 'desk-a' }));

    assert.equal((await server.fetch('/api/desk/signups')).status, 401);
    const list = (await (await server.fetch('/api/desk/signups', { cookie: cookieA })).json()) as {
      spreekuren: { id: string }[];
      signups: { id: string; reference: string; handled: boolean; name: string }[];
    };
    assert.deepEqual(
      list.spreekuren.map((s) => s.id),
      ['desk-spreekuur-a'],
    );
    assert.deepEqual(
      list.signups.map((s) => s.reference),
      [a.reference],
    );
    assert.equal(list.signups[0]!.name, 'Ouder desk-a');

    const csvRes = await server.fetch('/api/desk/signups.csv', { cookie: cookieA });
    assert.equal(csvRes.status, 200);
    assert.match(csvRes.headers.get('content-type')!, /^text\/csv/);
    assert.match(csvRes.headers.get('content-disposition')!, /attachment; filename="aanmeldingen-/);
    const bytes = Buffer.from(await csvRes.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark for spreadsheets');
    const csv = bytes.subarray(3).toString('utf8');
    assert.ok(csv.startsWith('Aanmeldnummer;Spreekuur;Datum'));
    assert.ok(csv.includes(a.reference));
    assert.ok(csv.split('\r\n')[0]!.includes('Signaal van gevaar'));
    assert.ok(!csv.includes(b.reference), "another organisation's sign-up must not be exported");
    assert.ok(csv.includes(`"'=HYPERLINK(""x""); ""quote"""`), 'formula cells are neutralised and quotes escaped');
    assert.ok(csv.endsWith('\r\n'));

    const id = list.signups[0]!.id;
    const handled = await server.fetch(`/api/desk/signups/${id}/handled`, { method: 'POST', cookie: cookieA, json: { handled: true } });
    assert.equal(handled.status, 200);
    assert.equal(((await handled.json()) as { handled: boolean }).handled, true);

    const otherId = (await server.app.db.get<{ id: string }>('SELECT id FROM signups WHERE reference = ?', [b.reference]))!.id;
    const forbidden = await server.fetch(`/api/desk/signups/${otherId}/handled`, {
      method: 'POST',
      cookie: cookieA,
      json: { handled: true },
    });
    assert.equal(forbidden.status, 404);
  });

  it('deletes sign-ups 90 days after the appointment', async () => {
    const slot = await setup(server, 'org-r', 'bewaren', 2, 1);
    const res = await signup(server, { spreekuur: 'bewaren', slot, details: details('r') });
    const { reference } = (await res.json()) as { reference: string };
    const exists = () => server.app.db.get('SELECT 1 FROM signups WHERE reference = ?', [reference]);
    clock += 89 * 24 * HOUR;
    try {
      await server.app.runRetention();
      assert.ok(await exists());
      clock += 2 * 24 * HOUR;
      await server.app.runRetention();
      assert.equal(await exists(), undefined);
    } finally {
      clock -= 91 * 24 * HOUR;
    }
  });
});

describe('sign-up schedule', () => {
  it('makes weekly times in Amsterdam wall-clock time across the change to summer time', () => {
    // 2027-03-28 is the last Sunday of March: clocks go from 02:00 CET to 03:00 CEST.
    const slots = weeklySlots({ days: [2, 1], times: ['09:00'], minutes: 30, capacity: 2 }, new Date('2027-03-22T00:00:00Z'), 8);
    assert.deepEqual(
      slots.map((s) => s.start.toISOString()),
      ['2027-03-22T08:00:00.000Z', '2027-03-23T08:00:00.000Z', '2027-03-29T07:00:00.000Z'],
    );
    assert.deepEqual(
      slots.map((s) => s.end.getTime() - s.start.getTime()),
      [1_800_000, 1_800_000, 1_800_000],
    );
    assert.ok(slots.every((s) => s.capacity === 2));
  });
});

describe('sign-ups rate limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ rateLimits: { signups: { max: 3, windowMs: 60_000 } } });
  });
  after(() => server.stop());

  it('refuses more sign-ups per client address than the limit, with Retry-After', async () => {
    const slot = await setup(server, 'org-l', 'limiet', 50);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await signup(server, { spreekuur: 'limiet', slot, details: details(`l${i}`) })).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    const res = await signup(server, { spreekuur: 'limiet', slot, details: details('l9') });
    assert.equal(((await res.json()) as Envelope).error.code, 'rate_limited');
    assert.ok(Number(res.headers.get('retry-after')) > 0);
  });
});

describe('sign-ups: danger signals in the question', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ now, rateLimits: { signups: { max: 100_000, windowMs: 60_000 } } });
  });
  after(() => server.stop());

  it('flags a sign-up whose question signals danger, in the desk list and the CSV, and not a look-alike', async () => {
    const slot = await setup(server, 'flag-org', 'flag-spreekuur', 5);
    await signup(server, {
      spreekuur: 'flag-spreekuur',
      slot,
      details: { ...details('veilig'), question: 'Mijn ex dreigt met een advocaat, wat nu?' },
    });
    await signup(server, {
      spreekuur: 'flag-spreekuur',
      slot,
      details: { ...details('onveilig'), question: 'Hij heeft me geslagen en ik durf niet naar huis.' },
    });
    const cookie = await server.login(await server.createProfessional({ organisationId: 'flag-org' }));
    const list = (await (await server.fetch('/api/desk/signups', { cookie })).json()) as { signups: { name: string; safety?: string }[] };
    assert.equal(list.signups.find((s) => s.name === 'Ouder veilig')?.safety, undefined);
    assert.equal(list.signups.find((s) => s.name === 'Ouder onveilig')?.safety, 'strong');
    const csv = Buffer.from(await (await server.fetch('/api/desk/signups.csv', { cookie })).arrayBuffer())
      .subarray(3)
      .toString('utf8');
    const row = csv.split('\r\n').find((line) => line.includes('Ouder onveilig'))!;
    assert.ok(row.includes(';sterk;'), row);
  });
});
