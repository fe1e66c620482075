import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { coreMigrations } from '../../server/core/migrations.js';
import { migrations as signupMigrations } from '../../server/features/signups/store.js';
import { openDatabase } from '../../server/db/open.js';
import { createTestDatabase, dropTestDatabase } from '../helpers/database.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

// A fixed clock a few weeks before the change to summer time (Sunday 28 March 2027).
const clock = Date.parse('2027-03-01T10:00:00Z');
const now = () => new Date(clock);

interface Envelope {
  error: { code: string; message: { nl: string; en: string }; issues?: { path: string; message: { nl: string } }[] };
}
interface Signup {
  id: string;
  name: string;
  email?: string;
  phone?: string;
}
interface Time {
  id: string;
  start: string;
  end: string;
  capacity: number;
  booked: number;
  closed: boolean;
  signups: Signup[];
}
interface Spreekuur {
  id: string;
  name: string;
  kind: string;
  online: boolean;
  location?: string;
  link?: string;
  description?: string;
  defaultCapacity: number;
  times: Time[];
}

const place = { kind: 'spreekuur', online: false, location: 'Wijkcentrum De Brug', defaultCapacity: 2 };

describe('spreekuren managed in the desk', () => {
  let server: TestServer;
  let coordinator: string;
  let admin: string;
  let worker: string;
  let otherCoordinator: string;

  before(async () => {
    const high = { max: 100_000, windowMs: 60_000 };
    server = await startServer({ now, rateLimits: { signups: high, 'signups-lookup': high } });
    coordinator = await server.login(await server.createProfessional({ organisationId: 'org-a', role: 'coordinator' }));
    admin = await server.login(await server.createProfessional({ organisationId: 'org-a', role: 'admin' }));
    worker = await server.login(await server.createProfessional({ organisationId: 'org-a', role: 'professional' }));
    otherCoordinator = await server.login(await server.createProfessional({ organisationId: 'org-b', role: 'coordinator' }));
  });
  after(() => server.stop());

  const send = (method: string, path: string, cookie: string, json?: unknown) => server.fetch(path, { method, cookie, json });
  const create = async (cookie: string, body: Record<string, unknown>) => {
    const res = await send('POST', '/api/desk/spreekuren', cookie, { ...place, ...body });
    assert.equal(res.status, 201, await res.clone().text());
    return (await res.json()) as Spreekuur;
  };
  const addTime = async (spreekuur: string, body: Record<string, unknown>) => {
    const res = await send('POST', `/api/desk/spreekuren/${spreekuur}/times`, coordinator, { minutes: 30, ...body });
    assert.equal(res.status, 201, await res.clone().text());
    return ((await res.json()) as { times: Time[] }).times[0]!;
  };
  const list = async (cookie = coordinator) =>
    ((await (await send('GET', '/api/desk/spreekuren', cookie)).json()) as { spreekuren: Spreekuur[] }).spreekuren;
  const timeOf = async (spreekuur: string, time: string) =>
    (await list()).find((s) => s.id === spreekuur)?.times.find((t) => t.id === time);
  const offered = async (spreekuur: string) =>
    ((await (await server.fetch(`/api/spreekuren/${spreekuur}/slots`)).json()) as { slots: { id: string; remaining: number }[] }).slots;
  const book = (spreekuur: string, slot: string, n: number | string) =>
    server.fetch('/api/signups', {
      method: 'POST',
      json: {
        spreekuur,
        slot,
        idempotencyKey: randomUUID(),
        fillMs: 20_000,
        details: { name: `Ouder ${n}`, email: `ouder-${n}@test.example`, theme: 'kinderen', contactBy: 'email', consent: true },
      },
    });

  it('lets professionals read, and only coordinators and admins change (403 for the others, 401 without a session)', async () => {
    const made = await create(coordinator, { name: 'Rollen', id: 'org-a-rollen' });
    assert.equal(made.id, 'org-a-rollen');
    await create(admin, { name: 'Door beheerder', id: 'org-a-door-beheerder' });

    assert.equal((await send('GET', '/api/desk/spreekuren', worker)).status, 200);
    assert.deepEqual(
      (await list(worker)).map((s) => s.id),
      ['org-a-door-beheerder', 'org-a-rollen'],
    );
    const time = await addTime('org-a-rollen', { date: '2027-03-10', start: '10:00' });
    const refused = [
      await send('POST', '/api/desk/spreekuren', worker, { ...place, name: 'Niet mag' }),
      await send('PUT', '/api/desk/spreekuren/org-a-rollen', worker, { ...place, name: 'Andere naam' }),
      await send('POST', '/api/desk/spreekuren/org-a-rollen/times', worker, { date: '2027-03-11', start: '10:00', minutes: 30 }),
      await send('POST', '/api/desk/spreekuren/org-a-rollen/series', worker, {
        weekday: 'ma',
        start: '10:00',
        minutes: 30,
        from: '2027-03-08',
        weeks: 2,
      }),
      await send('PATCH', `/api/desk/spreekuren/org-a-rollen/times/${time.id}`, worker, { closed: true }),
      await send('POST', `/api/desk/spreekuren/org-a-rollen/times/${time.id}/cancel`, worker, { confirm: true }),
    ];
    assert.deepEqual(
      refused.map((r) => r.status),
      [403, 403, 403, 403, 403, 403],
    );
    assert.equal(((await refused[0]!.json()) as Envelope).error.code, 'forbidden');
    assert.equal((await server.fetch('/api/desk/spreekuren')).status, 401);
    // nothing changed
    const rollen = (await list()).find((s) => s.id === 'org-a-rollen')!;
    assert.equal(rollen.name, 'Rollen');
    assert.deepEqual(
      rollen.times.map((t) => [t.id, t.closed]),
      [[time.id, false]],
    );
  });

  it('creates and edits a spreekuur or meeting, with a place or online, and names the field that is wrong', async () => {
    const meeting = await create(coordinator, {
      name: 'Ouderavond: kinderen & scheiding',
      kind: 'bijeenkomst',
      online: true,
      location: undefined,
      link: 'https://meet.voorbeeld.example/ouderavond',
      description: 'Een avond voor ouders.',
      defaultCapacity: 12,
    });
    assert.equal(meeting.id, 'org-a-ouderavond-kinderen-scheiding');
    assert.deepEqual(
      [meeting.kind, meeting.online, meeting.link, meeting.location, meeting.defaultCapacity],
      ['bijeenkomst', true, 'https://meet.voorbeeld.example/ouderavond', undefined, 12],
    );
    // the same name again gets a number; a chosen id that exists is refused, naming the field
    assert.equal(
      (await create(coordinator, { name: 'Ouderavond: kinderen & scheiding', online: true })).id,
      'org-a-ouderavond-kinderen-scheiding-2',
    );
    const taken = await send('POST', '/api/desk/spreekuren', admin, { ...place, name: 'X', id: 'org-a-rollen' });
    assert.equal(taken.status, 409);
    const takenBody = (await taken.json()) as Envelope;
    assert.equal(takenBody.error.code, 'spreekuur_id_taken');
    assert.deepEqual(
      takenBody.error.issues?.map((i) => i.path),
      ['id'],
    );

    const edited = await send('PUT', `/api/desk/spreekuren/${meeting.id}`, coordinator, {
      name: 'Ouderavond (nieuw)',
      kind: 'bijeenkomst',
      online: false,
      location: 'Bibliotheek, Kerkplein 3',
      defaultCapacity: 20,
    });
    assert.equal(edited.status, 200);
    const after = (await list()).find((s) => s.id === meeting.id)!;
    assert.deepEqual(
      [after.name, after.online, after.location, after.link, after.description, after.defaultCapacity],
      ['Ouderavond (nieuw)', false, 'Bibliotheek, Kerkplein 3', undefined, undefined, 20],
    );

    const issuesOf = async (res: Response) => {
      assert.equal(res.status, 400);
      const body = (await res.json()) as Envelope;
      assert.equal(body.error.code, 'invalid_request');
      return body.error.issues!.map((i) => i.path);
    };
    assert.deepEqual(await issuesOf(await send('POST', '/api/desk/spreekuren', coordinator, { ...place, name: '  ' })), ['name']);
    assert.deepEqual(
      await issuesOf(await send('POST', '/api/desk/spreekuren', coordinator, { ...place, name: 'Geen plek', location: undefined })),
      ['location'],
    );
    assert.deepEqual(
      await issuesOf(
        await send('POST', '/api/desk/spreekuren', coordinator, { ...place, name: 'L', online: true, link: 'http://onveilig.example' }),
      ),
      ['link'],
    );
    assert.deepEqual(await issuesOf(await send('POST', '/api/desk/spreekuren', coordinator, { ...place, name: 'C', defaultCapacity: 0 })), [
      'defaultCapacity',
    ]);
    assert.deepEqual(await issuesOf(await send('POST', '/api/desk/spreekuren', coordinator, { ...place, name: 'K', kind: 'feest' })), [
      'kind',
    ]);
  });

  it('adds single times and weekly series in Amsterdam time, across the change to summer time', async () => {
    await create(coordinator, { name: 'Reeks', id: 'org-a-reeks' });
    const single = await addTime('org-a-reeks', { date: '2027-03-12', start: '14:30', minutes: 45, capacity: 4 });
    assert.deepEqual(
      [single.start, single.end, single.capacity, single.booked, single.closed],
      ['2027-03-12T13:30:00.000Z', '2027-03-12T14:15:00.000Z', 4, 0, false],
    );

    // Tuesdays 09:00 from Saturday 20 March: 23 March is winter time, 30 March and 6 April summer time
    const byWeeks = await send('POST', '/api/desk/spreekuren/org-a-reeks/series', coordinator, {
      weekday: 'di',
      start: '09:00',
      minutes: 30,
      from: '2027-03-20',
      weeks: 3,
    });
    assert.equal(byWeeks.status, 201);
    const weeks = ((await byWeeks.json()) as { times: Time[] }).times;
    assert.deepEqual(
      weeks.map((t) => [t.start, t.end, t.capacity]),
      [
        ['2027-03-23T08:00:00.000Z', '2027-03-23T08:30:00.000Z', 2],
        ['2027-03-30T07:00:00.000Z', '2027-03-30T07:30:00.000Z', 2],
        ['2027-04-06T07:00:00.000Z', '2027-04-06T07:30:00.000Z', 2],
      ],
    );
    const byUntil = await send('POST', '/api/desk/spreekuren/org-a-reeks/series', coordinator, {
      weekday: 'do',
      start: '19:30',
      minutes: 90,
      from: '2027-03-22',
      until: '2027-04-01',
      capacity: 10,
    });
    const until = ((await byUntil.json()) as { times: Time[] }).times;
    assert.deepEqual(
      until.map((t) => t.start),
      ['2027-03-25T18:30:00.000Z', '2027-04-01T17:30:00.000Z'],
    );
    // the widget is offered all six, earliest first
    assert.deepEqual(
      (await offered('org-a-reeks')).map((s) => s.id),
      [single.id, weeks[0]!.id, until[0]!.id, weeks[1]!.id, until[1]!.id, weeks[2]!.id],
    );

    const issue = async (path: string, body: Record<string, unknown>) => {
      const res = await send('POST', path, coordinator, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      const envelope = (await res.json()) as Envelope;
      return envelope.error.issues!.map((i) => i.path);
    };
    const series = { weekday: 'di', start: '09:00', minutes: 30, from: '2027-03-20' };
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/series', { ...series, weeks: 2, until: '2027-05-01' }), ['weeks']);
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/series', series), ['weeks']);
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/series', { ...series, until: '2028-06-01' }), ['until']);
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/series', { ...series, start: '9 uur', weeks: 2 }), ['start']);
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/times', { date: '2027-02-31', start: '09:00', minutes: 30 }), ['date']);
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/times', { date: '2027-02-20', start: '09:00', minutes: 30 }), ['date']);
    assert.deepEqual(await issue('/api/desk/spreekuren/org-a-reeks/times', { date: '2027-03-20', start: '09:00', minutes: 2 }), [
      'minutes',
    ]);

    // an end before the start is said on the end, not as "already passed" on the start
    const reversed = await send('POST', '/api/desk/spreekuren/org-a-reeks/series', coordinator, { ...series, until: '2027-03-10' });
    assert.equal(reversed.status, 400);
    assert.deepEqual(
      ((await reversed.json()) as Envelope).error.issues!.map((i) => [i.path, i.message.nl]),
      [['until', 'ligt voor de begindatum (vanaf datum)']],
    );
    // too long: the limit is said with its number
    const long = await send('POST', '/api/desk/spreekuren/org-a-reeks/series', coordinator, { ...series, until: '2028-06-01' });
    assert.match(((await long.json()) as Envelope).error.issues![0]!.message.nl, /hoogstens 52 tijden/);
    // a start long past with an end soon: only the times still to come count (and are added)
    const pastStart = await send('POST', '/api/desk/spreekuren/org-a-reeks/series', coordinator, {
      ...series,
      from: '2025-01-07',
      until: '2027-03-20',
    });
    assert.equal(pastStart.status, 201, await pastStart.clone().text());
    assert.deepEqual(
      ((await pastStart.json()) as { times: Time[] }).times.map((t) => t.start),
      ['2027-03-02T08:00:00.000Z', '2027-03-09T08:00:00.000Z', '2027-03-16T08:00:00.000Z'],
    );
  });

  it('never lowers the places below the sign-ups already booked', async () => {
    await create(coordinator, { name: 'Plaatsen', id: 'org-a-plaatsen' });
    const time = await addTime('org-a-plaatsen', { date: '2027-03-15', start: '10:00', capacity: 3 });
    assert.equal((await book('org-a-plaatsen', time.id, 'p1')).status, 201);
    assert.equal((await book('org-a-plaatsen', time.id, 'p2')).status, 201);

    const lower = await send('PATCH', `/api/desk/spreekuren/org-a-plaatsen/times/${time.id}`, coordinator, { capacity: 1 });
    assert.equal(lower.status, 409);
    const body = (await lower.json()) as Envelope;
    assert.equal(body.error.code, 'capacity_below_booked');
    assert.match(body.error.message.nl, /al 2 mensen aangemeld/);
    assert.deepEqual(
      body.error.issues?.map((i) => i.path),
      ['capacity'],
    );
    assert.deepEqual(
      (await timeOf('org-a-plaatsen', time.id))!.signups.map((s) => s.name),
      ['Ouder p1', 'Ouder p2'],
    );

    const exact = await send('PATCH', `/api/desk/spreekuren/org-a-plaatsen/times/${time.id}`, coordinator, { capacity: 2 });
    assert.equal(exact.status, 200);
    assert.deepEqual([((await exact.json()) as Time).capacity, (await offered('org-a-plaatsen'))[0]!.remaining], [2, 0]);
    assert.equal((await book('org-a-plaatsen', time.id, 'p3')).status, 409);
    const more = await send('PATCH', `/api/desk/spreekuren/org-a-plaatsen/times/${time.id}`, coordinator, { capacity: 5 });
    assert.equal(((await more.json()) as Time).capacity, 5);
    assert.equal((await offered('org-a-plaatsen'))[0]!.remaining, 3);
  });

  it('does not overbook when places are lowered while parents book at the same moment', async () => {
    await create(coordinator, { name: 'Druk', id: 'org-a-druk' });
    for (let round = 0; round < 5; round++) {
      const time = await addTime('org-a-druk', { date: '2027-03-16', start: `1${round}:00`, capacity: 6 });
      const bookings = Array.from({ length: 10 }, (_, i) => book('org-a-druk', time.id, `r${round}-${i}`));
      const edit = send('PATCH', `/api/desk/spreekuren/org-a-druk/times/${time.id}`, coordinator, { capacity: 3 });
      const [editRes, ...bookRes] = await Promise.all([edit, ...bookings]);
      const booked = bookRes.filter((r) => r.status === 201).length;
      assert.ok(
        bookRes.every((r) => r.status === 201 || r.status === 409),
        bookRes.map((r) => r.status).join(),
      );
      const final = (await timeOf('org-a-druk', time.id))!;
      assert.equal(final.booked, booked, 'every 201 is a booking, and no other');
      assert.equal(final.signups.length, booked);
      assert.ok(final.booked <= final.capacity, `round ${round}: ${final.booked} booked for ${final.capacity} places`);
      if (editRes.status === 200) assert.equal(final.capacity, 3);
      else {
        assert.equal(editRes.status, 409);
        assert.equal(((await editRes.json()) as Envelope).error.code, 'capacity_below_booked');
        assert.equal(final.capacity, 6);
        assert.ok(booked > 3);
      }
    }
  });

  it('closes a time: no new sign-ups, the widget no longer gets it, the desk still shows it', async () => {
    await create(coordinator, { name: 'Dicht', id: 'org-a-dicht' });
    const time = await addTime('org-a-dicht', { date: '2027-03-17', start: '10:00' });
    assert.equal((await book('org-a-dicht', time.id, 'd1')).status, 201);
    const closed = await send('PATCH', `/api/desk/spreekuren/org-a-dicht/times/${time.id}`, coordinator, { closed: true });
    assert.equal(closed.status, 200);
    assert.equal(((await closed.json()) as Time).closed, true);

    assert.deepEqual(await offered('org-a-dicht'), []);
    const late = await book('org-a-dicht', time.id, 'd2');
    assert.equal(late.status, 404);
    assert.equal(((await late.json()) as Envelope).error.code, 'slot_not_found');
    const shown = (await timeOf('org-a-dicht', time.id))!;
    assert.deepEqual([shown.closed, shown.booked, shown.signups.map((s) => s.name)], [true, 1, ['Ouder d1']]);

    await send('PATCH', `/api/desk/spreekuren/org-a-dicht/times/${time.id}`, coordinator, { closed: false });
    assert.deepEqual(
      (await offered('org-a-dicht')).map((s) => s.id),
      [time.id],
    );
  });

  it('cancels a time without sign-ups at once, and one with sign-ups only after confirmation, listing whom to contact', async () => {
    await create(coordinator, { name: 'Afzeggen', id: 'org-a-afzeggen' });
    const empty = await addTime('org-a-afzeggen', { date: '2027-03-18', start: '09:00' });
    const full = await addTime('org-a-afzeggen', { date: '2027-03-18', start: '10:00' });
    const emptyCancel = await send('POST', `/api/desk/spreekuren/org-a-afzeggen/times/${empty.id}/cancel`, coordinator, {});
    assert.equal(emptyCancel.status, 200);
    assert.deepEqual(await emptyCancel.json(), { cancelled: [] });
    assert.equal(await timeOf('org-a-afzeggen', empty.id), undefined);

    const first = (await (await book('org-a-afzeggen', full.id, 'a1')).json()) as { reference: string; cancelToken: string };
    assert.equal((await book('org-a-afzeggen', full.id, 'a2')).status, 201);
    // a parent who cancels at another time of the same spreekuur: their own doing
    const later = await addTime('org-a-afzeggen', { date: '2027-03-18', start: '11:00' });
    const own = (await (await book('org-a-afzeggen', later.id, 'a3')).json()) as { reference: string; cancelToken: string };
    const ownCancel = await server.fetch(`/api/signups/${own.reference}/cancel`, { method: 'POST', json: { token: own.cancelToken } });
    assert.equal(ownCancel.status, 200);

    const unconfirmed = await send('POST', `/api/desk/spreekuren/org-a-afzeggen/times/${full.id}/cancel`, coordinator, {});
    assert.equal(unconfirmed.status, 409);
    const refusal = (await unconfirmed.json()) as Envelope;
    assert.equal(refusal.error.code, 'time_has_signups');
    assert.match(refusal.error.message.nl, /zijn 2 mensen aangemeld/);
    assert.equal((await timeOf('org-a-afzeggen', full.id))?.booked, 2, 'still there');

    const confirmed = await send('POST', `/api/desk/spreekuren/org-a-afzeggen/times/${full.id}/cancel`, coordinator, { confirm: true });
    assert.equal(confirmed.status, 200);
    const { cancelled } = (await confirmed.json()) as { cancelled: Signup[] };
    assert.deepEqual(
      cancelled.map((s) => [s.name, s.email]),
      [
        ['Ouder a1', 'ouder-a1@test.example'],
        ['Ouder a2', 'ouder-a2@test.example'],
      ],
    );
    assert.equal(await timeOf('org-a-afzeggen', full.id), undefined);
    assert.deepEqual(
      (await offered('org-a-afzeggen')).map((t) => t.id),
      [later.id],
      'only the time the organisation kept',
    );
    // the sign-ups are cancelled: in the desk's list and on the parent's cancel page
    // (the desk tells the organisation's cancelling from the parent's: nobody calls a parent who cancelled)
    const desk = (await (await send('GET', '/api/desk/signups?spreekuur=org-a-afzeggen', worker)).json()) as {
      signups: { name: string; status: string; cancelledBy?: string }[];
    };
    assert.deepEqual(desk.signups.map((s) => [s.name, s.status, s.cancelledBy]).sort(), [
      ['Ouder a1', 'cancelled', 'organisation'],
      ['Ouder a2', 'cancelled', 'organisation'],
      ['Ouder a3', 'cancelled', 'parent'],
    ]);
    const lookup = await server.fetch(`/api/signups/${first.reference}/lookup`, { method: 'POST', json: { token: first.cancelToken } });
    assert.equal(((await lookup.json()) as { status: string }).status, 'cancelled');
  });

  it("cannot take an id another organisation's config may name: a new id starts with the own organisation's", async () => {
    const refusedId = async (cookie: string, id: string) => {
      const res = await send('POST', '/api/desk/spreekuren', cookie, { ...place, name: 'Overname', id });
      assert.equal(res.status, 400, id);
      const body = (await res.json()) as Envelope;
      assert.deepEqual(
        body.error.issues?.map((i) => [i.path, i.message.nl]),
        [['id', `moet beginnen met de code van uw organisatie: ${cookie === coordinator ? 'org-a-' : 'org-b-'}`]],
      );
    };
    // an id a gemeente's config names but no database has yet, and ids of another organisation
    await refusedId(otherCoordinator, 'wijkteam-voorbeeld');
    await refusedId(otherCoordinator, 'org-a-wijkteam');
    await refusedId(coordinator, 'org-b-wijkteam');
    await refusedId(coordinator, 'org-aa-wijkteam');
    // an organisation whose id starts with another's keeps its own ids (org-a-lang-… is not org-a's)
    const longer = await server.login(await server.createProfessional({ organisationId: 'org-a-lang', role: 'coordinator' }));
    await refusedId(coordinator, 'org-a-lang-wijkteam');
    assert.equal((await create(longer, { name: 'Lang', id: 'org-a-lang-wijkteam' })).id, 'org-a-lang-wijkteam');
    assert.equal((await create(otherCoordinator, { name: 'Wijkteam' })).id, 'org-b-wijkteam');
    assert.ok(!(await list()).some((s) => s.id.startsWith('org-b-') || s.id.startsWith('org-a-lang-')));
  });

  it("keeps organisations apart: another organisation's spreekuur or time answers 404", async () => {
    await create(coordinator, { name: 'Eigen', id: 'org-a-eigen' });
    const time = await addTime('org-a-eigen', { date: '2027-03-19', start: '10:00' });
    assert.ok(!(await list(otherCoordinator)).some((s) => s.id === 'org-a-eigen'));
    const attempts = [
      await send('PUT', '/api/desk/spreekuren/org-a-eigen', otherCoordinator, { ...place, name: 'Overgenomen' }),
      await send('POST', '/api/desk/spreekuren/org-a-eigen/times', otherCoordinator, { date: '2027-03-20', start: '10:00', minutes: 30 }),
      await send('POST', '/api/desk/spreekuren/org-a-eigen/series', otherCoordinator, {
        weekday: 'ma',
        start: '10:00',
        minutes: 30,
        from: '2027-03-20',
        weeks: 1,
      }),
      await send('PATCH', `/api/desk/spreekuren/org-a-eigen/times/${time.id}`, otherCoordinator, { capacity: 9 }),
      await send('POST', `/api/desk/spreekuren/org-a-eigen/times/${time.id}/cancel`, otherCoordinator, { confirm: true }),
    ];
    assert.deepEqual(
      attempts.map((r) => r.status),
      [404, 404, 404, 404, 404],
    );
    const mine = (await list()).find((s) => s.id === 'org-a-eigen')!;
    assert.deepEqual([mine.name, mine.times.length, mine.times[0]!.capacity], ['Eigen', 1, 2]);
  });

  it('lets an admin add a coordinator account, who then sees the management routes', async () => {
    const res = await send('POST', '/api/desk/accounts', admin, {
      name: 'Nieuwe coördinator',
      email: 'nieuwe-coordinator@test.example',
      password: 'lang-genoeg-wachtwoord',
      role: 'coordinator',
    });
    assert.equal(res.status, 201);
    const cookie = await server.login({ email: 'nieuwe-coordinator@test.example', password: 'lang-genoeg-wachtwoord' });
    const session = (await (await send('GET', '/api/desk/session', cookie)).json()) as { account: { role: string } };
    assert.equal(session.account.role, 'coordinator');
    assert.equal((await send('POST', '/api/desk/spreekuren', cookie, { ...place, name: 'Van nieuw' })).status, 201);
    // a coordinator is not an admin
    assert.equal((await send('GET', '/api/desk/accounts', cookie)).status, 403);
  });
});

describe('the coordinator role on an existing database', () => {
  it('adds the role without losing accounts or logged-in sessions', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-roles-'));
    const databaseUrl = await createTestDatabase();
    try {
      const before = openDatabase({ dataDir, databaseUrl });
      const upToRoles = coreMigrations.filter((m) => m.id !== 'core-004');
      await before.migrate(upToRoles);
      await before.run("INSERT INTO organisations (id, name, created_at) VALUES ('org-m', 'Org M', 1)");
      await before.run(
        "INSERT INTO accounts (id, organisation_id, email, name, role, password_hash, created_at) VALUES ('acc-m', 'org-m', 'm@test.example', 'M', 'admin', 'x', 1)",
      );
      await before.run("INSERT INTO sessions (id_hash, account_id, created_at, expires_at) VALUES ('hash-m', 'acc-m', 1, 99999999999999)");
      await assert.rejects(
        before.run(
          "INSERT INTO accounts (id, organisation_id, email, name, role, password_hash, created_at) VALUES ('acc-c', 'org-m', 'c@test.example', 'C', 'coordinator', 'x', 1)",
        ),
        'the old check refuses the new role',
      );
      assert.deepEqual(await before.migrate(coreMigrations), ['core-004']);
      await before.run(
        "INSERT INTO accounts (id, organisation_id, email, name, role, password_hash, created_at) VALUES ('acc-c', 'org-m', 'c@test.example', 'C', 'coordinator', 'x', 1)",
      );
      await assert.rejects(
        before.run(
          "INSERT INTO accounts (id, organisation_id, email, name, role, password_hash, created_at) VALUES ('acc-x', 'org-m', 'x@test.example', 'X', 'baas', 'x', 1)",
        ),
      );
      assert.deepEqual(await before.all('SELECT id_hash, account_id FROM sessions'), [{ id_hash: 'hash-m', account_id: 'acc-m' }]);
      // the sessions still follow their account
      await before.run("DELETE FROM accounts WHERE id = 'acc-m'");
      assert.deepEqual(await before.all('SELECT id_hash FROM sessions'), []);
      await before.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await dropTestDatabase(databaseUrl);
    }
  });
});

describe('spreekuren from before the desk managed them', () => {
  it('get the most places of their times as default places (signups-003), else 1', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-places-'));
    const databaseUrl = await createTestDatabase();
    try {
      const db = openDatabase({ dataDir, databaseUrl });
      await db.migrate([...coreMigrations, ...signupMigrations.filter((m) => m.id !== 'signups-003')]);
      await db.run(
        "INSERT INTO signup_spreekuren (id, organisation_id, name, created_at) VALUES ('avond', 'org-m', 'Avond', 1), ('leeg', 'org-m', 'Leeg', 1)",
      );
      await db.run(
        "INSERT INTO signup_slots (id, spreekuur_id, start_at, end_at, capacity) VALUES ('s1', 'avond', 1, 2, 12), ('s2', 'avond', 3, 4, 8)",
      );
      assert.deepEqual(await db.migrate([...coreMigrations, ...signupMigrations]), ['signups-003']);
      assert.deepEqual(await db.all('SELECT id, default_capacity FROM signup_spreekuren ORDER BY id'), [
        { id: 'avond', default_capacity: 12 },
        { id: 'leeg', default_capacity: 1 },
      ]);
      await db.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await dropTestDatabase(databaseUrl);
    }
  });

  it('keep a name a coordinator edited in the desk when the demo seeds again at the next start', async () => {
    const server = await startServer({ demo: true, siteConfigFile: resolve(import.meta.dirname, '../../demo/digiplein.json') });
    try {
      const cookie = await server.login({ email: 'coordinator@voorbeeld.example', password: 'demo-coordinator-2026' });
      const edited = await server.fetch('/api/desk/spreekuren/wijkteam-voorbeeld', {
        method: 'PUT',
        cookie,
        json: { name: 'Inloop wijkteam (nieuw)', kind: 'spreekuur', online: false, location: 'Wijkcentrum De Brug', defaultCapacity: 3 },
      });
      assert.equal(edited.status, 200, await edited.clone().text());
      await server.restart();
      const again = await server.login({ email: 'coordinator@voorbeeld.example', password: 'demo-coordinator-2026' });
      const listed = (await (await server.fetch('/api/desk/spreekuren', { cookie: again })).json()) as { spreekuren: Spreekuur[] };
      const wijkteam = listed.spreekuren.find((s) => s.id === 'wijkteam-voorbeeld')!;
      assert.deepEqual([wijkteam.name, wijkteam.defaultCapacity], ['Inloop wijkteam (nieuw)', 3]);
    } finally {
      await server.stop();
    }
  });
});
