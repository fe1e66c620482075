import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const DAY = 86_400_000;
let clock = Date.parse('2026-12-05T10:00:00Z');

const request = (over: Record<string, unknown> = {}) => ({
  organisation: 'wijkteam-a',
  gemeente: 'GM0001',
  name: 'Ouder Een',
  contactBy: 'phone',
  phone: '06 12345678',
  times: 'dinsdagochtend',
  lang: 'nl',
  consent: true,
  ...over,
});

describe('follow-up requests after the training', () => {
  let server: TestServer;
  let cookieA: string;
  let cookieB: string;
  before(async () => {
    server = await startServer({ now: () => new Date(clock), rateLimits: { followups: { max: 1000, windowMs: 60_000 } } });
    cookieA = await server.login(await server.createProfessional({ organisationId: 'wijkteam-a' }));
    cookieB = await server.login(await server.createProfessional({ organisationId: 'wijkteam-b' }));
  });
  after(() => server.stop());

  const send = (body: unknown) => server.fetch('/api/followups', { method: 'POST', json: body });

  it('stores a request for the organisation, which sees it in the desk and keeps its status and notes; another organisation sees nothing', async () => {
    const res = await send(request());
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    const list = (await (await server.fetch('/api/desk/followups', { cookie: cookieA })).json()) as {
      followUps: { id: string; status: string; phone?: string; times?: string }[];
    };
    const mine = list.followUps.find((f) => f.id === id)!;
    assert.deepEqual([mine.status, mine.phone, mine.times], ['new', '06 12345678', 'dinsdagochtend']);
    const other = (await (await server.fetch('/api/desk/followups', { cookie: cookieB })).json()) as { followUps: unknown[] };
    assert.deepEqual(other.followUps, []);
    // only the own organisation can change it; another gets 404 as if it did not exist
    assert.equal(
      (await server.fetch(`/api/desk/followups/${id}`, { method: 'POST', cookie: cookieB, json: { status: 'contacted' } })).status,
      404,
    );
    const updated = await server.fetch(`/api/desk/followups/${id}`, {
      method: 'POST',
      cookie: cookieA,
      json: { status: 'contacted', notes: 'Gebeld, terugbellen vrijdag.' },
    });
    assert.equal(updated.status, 200);
    assert.deepEqual(((await updated.json()) as { status: string; notes: string }).status, 'contacted');
    assert.equal((await server.fetch('/api/desk/followups', {})).status, 401);
  });

  it('refuses a request without consent, without the chosen contact way, or for an unknown organisation, naming the field', async () => {
    for (const [body, path] of [
      [request({ consent: false }), 'consent'],
      [request({ phone: undefined }), 'contactBy'],
      [request({ contactBy: 'email' }), 'contactBy'],
      [request({ name: '' }), 'name'],
      [request({ gemeente: 'Amsterdam' }), 'gemeente'],
    ] as const) {
      const res = await send(body);
      assert.equal(res.status, 400, path);
      const issues = ((await res.json()) as { error: { issues?: { path: string }[] } }).error.issues ?? [];
      assert.ok(
        issues.some((i) => i.path === path),
        `${path}: ${JSON.stringify(issues)}`,
      );
    }
    const unknown = await send(request({ organisation: 'bestaat-niet' }));
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'unknown_organisation');
  });

  it('is rate limited per address', async () => {
    const limited = await startServer({ rateLimits: { followups: { max: 2, windowMs: 60_000 } } });
    try {
      await limited.createProfessional({ organisationId: 'wijkteam-a' });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.fetch('/api/followups', { method: 'POST', json: request() })).status);
      assert.deepEqual(statuses, [201, 201, 429]);
    } finally {
      await limited.stop();
    }
  });

  it('forgets requests 180 days after their last change', async () => {
    const { id } = (await (await send(request({ name: 'Oud verzoek' }))).json()) as { id: string };
    clock += 179 * DAY;
    await server.app.runRetention();
    // (the desk session has long expired by then: look in the database)
    const kept = async () => Boolean(await server.app.db.get('SELECT 1 AS x FROM followup_requests WHERE id = ?', [id]));
    assert.ok(await kept());
    clock += 2 * DAY;
    await server.app.runRetention();
    assert.ok(!(await kept()));
  });
});
