import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import type { Change, Family } from '../../src/core/api/routes.js';
import { openSse } from './chat-helpers.js';

const family: Family = { relation: 'getrouwd', minorChildren: true, hasHelp: true };
let n = 0;
const change = (c: Partial<Change> & Pick<Change, 'step' | 'field' | 'value' | 'by'>): Change =>
  ({ id: `test-change-${String(++n).padStart(4, '0')}`, at: 1_700_000_000_000 + n, ...c }) as Change;

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('shared routes (server)', () => {
  let server: TestServer;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const json = async <T>(res: Response, status: number): Promise<T> => {
    const body = (await res.json()) as T;
    assert.equal(res.status, status, JSON.stringify(body));
    return body;
  };

  async function share(changes: Change[] = []) {
    return json<{ routeId: string; code: string; token: string; role: string; link?: string }>(
      await server.fetch('/api/routes', {
        method: 'POST',
        json: {
          family,
          steps: ['ouderschapsplan', 'woning', 'toeslagen'],
          changes,
          page: 'https://www.voorbeeld.example/scheiden?x=1#oud',
        },
      }),
      201,
    );
  }

  before(async () => {
    // many joins in one minute here; the join limit has tests of its own below
    server = await startServer({ rateLimits: { 'routes-join': { max: 1000, windowMs: 60_000 } } });
  });
  after(() => server.stop());

  it('shares a route: a code, a link with the code in the fragment, and a parent 1 token', async () => {
    const shared = await share([change({ step: 'woning', field: 'status', value: 'busy', by: 'self' })]);
    assert.equal(shared.role, 'parent1');
    assert.match(shared.code, /^[A-HJKMNP-Z2-9]{8}$/);
    assert.equal(shared.link, `https://www.voorbeeld.example/scheiden?x=1#digiplein-route=${shared.code}`);
    const snap = await json<{ changes: Change[]; steps: string[]; members: string[] }>(
      await server.fetch(`/api/routes/${shared.routeId}`, { headers: auth(shared.token) }),
      200,
    );
    assert.deepEqual(snap.steps, ['ouderschapsplan', 'woning', 'toeslagen']);
    assert.equal(snap.changes[0]!.by, 'parent1', 'changes made before sharing become parent 1’s');
    assert.deepEqual(snap.members, ['parent1']);
  });

  it('joins with the code as parent 2 (in any spelling); a second parent 2 and a wrong code get nothing', async () => {
    const shared = await share();
    const spelled = `${shared.code.slice(0, 4).toLowerCase()} ${shared.code.slice(4)}`;
    const joined = await json<{ role: string; token: string; route: { family: Family; code: string } }>(
      await server.fetch('/api/routes/join', { method: 'POST', json: { code: spelled } }),
      200,
    );
    assert.equal(joined.role, 'parent2');
    assert.deepEqual(joined.route.family, family);
    assert.notEqual(joined.token, shared.token);

    const again = await json<{ error: { code: string } }>(
      await server.fetch('/api/routes/join', { method: 'POST', json: { code: shared.code } }),
      409,
    );
    assert.equal(again.error.code, 'role_taken');

    const wrong = await json<{ error: { code: string }; route?: unknown }>(
      await server.fetch('/api/routes/join', { method: 'POST', json: { code: 'ZZZZ-ZZZZ' } }),
      404,
    );
    assert.equal(wrong.error.code, 'route_not_found');
    assert.equal(wrong.route, undefined);
  });

  it('a token only opens its own route, and a wrong token gets the same 404 as a wrong id', async () => {
    const a = await share();
    const b = await share();
    const res = await server.fetch(`/api/routes/${b.routeId}`, { headers: auth(a.token) });
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'route_not_found');
    assert.equal((await server.fetch(`/api/routes/${a.routeId}`, { headers: auth('x'.repeat(43)) })).status, 404);
    assert.equal((await server.fetch(`/api/routes/${a.routeId}`)).status, 404);
  });

  it('syncs: changes from parent 2 reach parent 1 after their sequence number, stored once when retried', async () => {
    const p1 = await share();
    const p2 = await json<{ token: string }>(await server.fetch('/api/routes/join', { method: 'POST', json: { code: p1.code } }), 200);
    const c1 = change({ step: 'woning', field: 'status', value: 'done', by: 'parent2' });
    const pushed = await json<{ seq: number; accepted: number }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p2.token), json: { changes: [c1] } }),
      200,
    );
    assert.deepEqual(pushed, { seq: 1, accepted: 1 });
    const retried = await json<{ seq: number; accepted: number }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p2.token), json: { changes: [c1] } }),
      200,
    );
    assert.deepEqual(retried, { seq: 1, accepted: 0 });

    const seen = await json<{ changes: Change[]; seq: number; members: string[] }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes?since=0`, { headers: auth(p1.token) }),
      200,
    );
    assert.deepEqual(seen.changes, [c1]);
    assert.deepEqual(seen.members, ['parent1', 'parent2']);
    const none = await json<{ changes: Change[] }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes?since=${seen.seq}`, { headers: auth(p1.token) }),
      200,
    );
    assert.deepEqual(none.changes, []);
  });

  it('pushes a nudge to the other devices when anyone changes, joins, leaves or closes; not for another route', async () => {
    const p1 = await share();
    const other = await share();
    const stream = await openSse(new URL(`/api/routes/${p1.routeId}/events?token=${p1.token}`, server.url).href);
    const otherStream = await openSse(new URL(`/api/routes/${other.routeId}/events?token=${other.token}`, server.url).href);
    try {
      assert.equal(stream.status, 200);
      await stream.next((e) => e.event === 'ready');
      await otherStream.next((e) => e.event === 'ready');
      const changedCount = () => stream.events.filter((e) => e.event === 'changed').length;
      const p2 = await json<{ token: string }>(await server.fetch('/api/routes/join', { method: 'POST', json: { code: p1.code } }), 200);
      await stream.next((e) => e.event === 'changed');
      const c = change({ step: 'woning', field: 'status', value: 'busy', by: 'parent2' });
      await json(
        await server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p2.token), json: { changes: [c] } }),
        200,
      );
      await until(() => changedCount() === 2);
      // a retried push adds nothing, so it tells nobody anything
      await json(
        await server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p2.token), json: { changes: [c] } }),
        200,
      );
      assert.equal(
        (await server.fetch(`/api/routes/${p1.routeId}/leave`, { method: 'POST', headers: auth(p2.token), json: {} })).status,
        204,
      );
      await until(() => changedCount() === 3);
      assert.ok(!otherStream.events.some((e) => e.event === 'changed'), 'another route heard nothing');
      // a wrong token, or another route's, opens no stream
      assert.equal((await openSse(new URL(`/api/routes/${p1.routeId}/events?token=${other.token}`, server.url).href)).status, 404);
      assert.equal((await openSse(new URL(`/api/routes/${p1.routeId}/events`, server.url).href)).status, 400);
    } finally {
      stream.close();
      otherStream.close();
    }
  });

  it('a change dated far ahead does not freeze a field: its time is clamped to the server clock', async () => {
    const p1 = await share();
    const p2 = await json<{ token: string }>(await server.fetch('/api/routes/join', { method: 'POST', json: { code: p1.code } }), 200);
    const future = change({ step: 'woning', field: 'status', value: 'waiting', by: 'parent2', at: Date.now() + 100 * 365 * 24 * 3600_000 });
    await json(
      await server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p2.token), json: { changes: [future] } }),
      200,
    );
    const later = change({ step: 'woning', field: 'status', value: 'done', by: 'parent1', at: Date.now() + 60 * 60_000 });
    await json(
      await server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p1.token), json: { changes: [later] } }),
      200,
    );
    const seen = await json<{ changes: Change[] }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes?since=0`, { headers: auth(p1.token) }),
      200,
    );
    const stored = seen.changes.find((c) => c.id === future.id)!;
    assert.ok(stored.at <= Date.now() + 5 * 60_000 + 1000, 'clamped to the server clock plus a small tolerance');
    const last = [...seen.changes].sort((a, b) => a.at - b.at).at(-1)!;
    assert.equal(last.id, later.id, 'the later change can still win');
  });

  it('answers JSON nested thousands deep with a 400 envelope, not a 500', async () => {
    const deep = `${'['.repeat(7000)}${']'.repeat(7000)}`;
    const res = await server.fetch('/api/routes', { method: 'POST', body: deep, headers: { 'content-type': 'application/json' } });
    const body = (await res.json()) as { error: { code: string; message: { nl: string } } };
    assert.equal(res.status, 400);
    assert.equal(body.error.code, 'invalid_json');
    assert.match(body.error.message.nl, /te diep genest/);
  });

  it('a parent cannot act as the begeleider or in the other parent’s name; adding a step of their own is fine', async () => {
    const p1 = await share();
    const post = (changes: Change[]) =>
      server.fetch(`/api/routes/${p1.routeId}/changes`, { method: 'POST', headers: auth(p1.token), json: { changes } });
    const own = await post([
      change({ step: 'training-gesprek', field: 'add', value: { phase: 'praktisch', title: 'Plan een gesprek' }, by: 'parent1' }),
    ]);
    assert.equal(own.status, 200, 'a step from the training, in the parent’s own name');
    for (const c of [
      change({ step: 'extra-1', field: 'add', value: { phase: 'praktisch', title: 'Bank' }, by: 'parent2' }),
      change({ step: 'woning', field: 'comment', value: 'Hallo', by: 'parent1' }),
      change({ step: 'woning', field: 'status', value: 'done', by: 'begeleider' }),
      change({ step: 'woning', field: 'status', value: 'done', by: 'parent2' }),
    ]) {
      const res = await post([c]);
      assert.equal(res.status, 403, c.field);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'forbidden_role');
    }
    const close = await server.fetch(`/api/routes/${p1.routeId}/close`, { method: 'POST', headers: auth(p1.token), json: {} });
    assert.equal(close.status, 403);
    const invalid = await server.fetch(`/api/routes/${p1.routeId}/changes`, {
      method: 'POST',
      headers: auth(p1.token),
      json: { changes: [{ id: 'short', step: 'x', field: 'status', value: 'klaar', at: 1, by: 'parent1' }] },
    });
    assert.equal(invalid.status, 400);
  });

  it('a begeleider joins from the desk, sees the route with progress, adds a step and a comment, and closes it', async () => {
    const p1 = await share([change({ step: 'woning', field: 'status', value: 'done', by: 'parent1' })]);
    const professional = await server.createProfessional({ organisationId: 'org-routes' });
    const cookie = await server.login(professional);
    assert.equal(
      (await server.fetch('/api/desk/routes/join', { method: 'POST', json: { code: p1.code } })).status,
      401,
      'needs a desk session',
    );
    const beg = await json<{ role: string; token: string; routeId: string }>(
      await server.fetch('/api/desk/routes/join', { method: 'POST', cookie, json: { code: p1.code } }),
      200,
    );
    assert.equal(beg.role, 'begeleider');

    const colleague = await server.login(await server.createProfessional({ organisationId: 'org-other' }));
    const taken = await server.fetch('/api/desk/routes/join', { method: 'POST', cookie: colleague, json: { code: p1.code } });
    assert.equal(taken.status, 409);

    const add = change({ step: 'extra-bank', field: 'add', value: { phase: 'praktisch', title: 'Bank bellen' }, by: 'begeleider' });
    const comment = change({ step: 'woning', field: 'comment', value: 'Goed gedaan', by: 'begeleider' });
    await json(
      await server.fetch(`/api/routes/${p1.routeId}/changes`, {
        method: 'POST',
        headers: auth(beg.token),
        json: { changes: [add, comment] },
      }),
      200,
    );

    const list = await json<{
      routes: { routeId: string; total: number; finished: number; latest: { step: string; field: string }[]; members: string[] }[];
    }>(await server.fetch('/api/desk/routes', { cookie }), 200);
    const mine = list.routes.find((r) => r.routeId === p1.routeId)!;
    assert.equal(mine.total, 4, 'three shared steps and the added one');
    assert.equal(mine.finished, 1);
    assert.deepEqual(mine.members, ['begeleider', 'parent1']);
    assert.ok(
      mine.latest.every((l) => l.field !== 'comment'),
      'no comment text in the list',
    );
    const other = await json<{ routes: unknown[] }>(await server.fetch('/api/desk/routes', { cookie: colleague }), 200);
    assert.deepEqual(other.routes, [], 'another organisation sees nothing');
    assert.equal((await server.fetch(`/api/desk/routes/${p1.routeId}/open`, { method: 'POST', cookie: colleague, json: {} })).status, 404);
    assert.equal((await server.fetch('/api/desk/routes/config')).status, 401);
    assert.deepEqual(await json(await server.fetch('/api/desk/routes/config', { cookie }), 200), { config: null }, 'no SITE_CONFIG here');
    const opened = await json<{ token: string }>(
      await server.fetch(`/api/desk/routes/${p1.routeId}/open`, { method: 'POST', cookie, json: {} }),
      200,
    );

    assert.equal(
      (await server.fetch(`/api/routes/${p1.routeId}/close`, { method: 'POST', headers: auth(opened.token), json: {} })).status,
      204,
    );
    const after = await json<{ closed: boolean }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes?since=0`, { headers: auth(p1.token) }),
      200,
    );
    assert.equal(after.closed, true, 'still readable, marked closed');
    const late = await server.fetch(`/api/routes/${p1.routeId}/changes`, {
      method: 'POST',
      headers: auth(p1.token),
      json: { changes: [change({ step: 'woning', field: 'status', value: 'busy', by: 'parent1' })] },
    });
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { error: { code: string } }).error.code, 'route_closed');
    assert.equal(
      (await server.fetch('/api/routes/join', { method: 'POST', json: { code: p1.code } })).status,
      404,
      'a closed route cannot be joined',
    );
  });

  it('a parent leaves: their token stops working, the other parent can join again', async () => {
    const p1 = await share();
    const p2 = await json<{ token: string }>(await server.fetch('/api/routes/join', { method: 'POST', json: { code: p1.code } }), 200);
    assert.equal(
      (await server.fetch(`/api/routes/${p1.routeId}/leave`, { method: 'POST', headers: auth(p2.token), json: {} })).status,
      204,
    );
    assert.equal((await server.fetch(`/api/routes/${p1.routeId}/changes?since=0`, { headers: auth(p2.token) })).status, 404);
    const seen = await json<{ members: string[] }>(
      await server.fetch(`/api/routes/${p1.routeId}/changes?since=0`, { headers: auth(p1.token) }),
      200,
    );
    assert.deepEqual(seen.members, ['parent1']);
    await json(await server.fetch('/api/routes/join', { method: 'POST', json: { code: p1.code } }), 200);
  });

  it('keeps shared routes over a restart and deletes them after the retention period', async () => {
    const p1 = await share([change({ step: 'woning', field: 'status', value: 'done', by: 'parent1' })]);
    await server.restart();
    const kept = await json<{ changes: Change[] }>(await server.fetch(`/api/routes/${p1.routeId}`, { headers: auth(p1.token) }), 200);
    assert.equal(kept.changes.length, 1);
    await server.restart({ now: () => new Date(Date.now() + 179 * 24 * 3600 * 1000) });
    assert.equal((await server.fetch(`/api/routes/${p1.routeId}`, { headers: auth(p1.token) })).status, 200, 'kept within 180 days');
    await server.restart({ now: () => new Date(Date.now() + 181 * 24 * 3600 * 1000) }); // retention runs at start
    const results = await server.app.runRetention();
    assert.equal(results.find((r) => r.kind === 'routes')?.days, 180);
    assert.equal((await server.fetch(`/api/routes/${p1.routeId}`, { headers: auth(p1.token) })).status, 404);
  });
});

describe('guessing route codes from the desk', () => {
  it('is limited per address like the public join, even with a valid session', async () => {
    const server = await startServer({ rateLimits: { 'routes-join': { max: 2, windowMs: 60_000 } } });
    try {
      const cookie = await server.login(await server.createProfessional({ organisationId: 'org-guess' }));
      const attempt = () => server.fetch('/api/desk/routes/join', { method: 'POST', cookie, json: { code: 'ZZZZ-ZZZZ' } });
      assert.equal((await attempt()).status, 404);
      assert.equal((await attempt()).status, 404);
      const third = await attempt();
      assert.equal(third.status, 429);
      assert.ok(third.headers.get('retry-after'));
    } finally {
      await server.stop();
    }
  });
});

describe("the demo site's example share code", () => {
  it('lets every visitor join as the other parent, not only the first one ever', async () => {
    const server = await startServer({ demo: true });
    try {
      const join = async () => {
        const res = await server.fetch('/api/routes/join', { method: 'POST', json: { code: 'VBRD-2345' } });
        const body = (await res.json()) as { routeId: string; role: string; route: { changes: unknown[] } };
        assert.equal(res.status, 200, JSON.stringify(body));
        return body;
      };
      const first = await join();
      const second = await join();
      assert.equal(first.role, 'parent2');
      assert.equal(second.role, 'parent2');
      assert.notEqual(first.routeId, second.routeId, 'each visitor has a copy of their own');
      assert.ok(second.route.changes.length >= 7, "the copy has the example family's progress");
    } finally {
      await server.stop();
    }
  });

  it('is an ordinary code outside demo mode', async () => {
    const server = await startServer();
    try {
      const res = await server.fetch('/api/routes/join', { method: 'POST', json: { code: 'VBRD-2345' } });
      assert.equal(res.status, 404);
    } finally {
      await server.stop();
    }
  });
});
