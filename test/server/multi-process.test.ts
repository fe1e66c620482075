/**
 * Two server processes on one PostgreSQL database, as behind a load balancer: a parent on one
 * and a professional on the other talk live, across a restart of either; the last place of a
 * spreekuur goes to exactly one of 200 parallel sign-ups spread over both; a rate limit holds
 * across both. Runs in the PostgreSQL pass of the server tests only.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createAccount, ensureOrganisation } from '../../server/auth/accounts.js';
import { PostgresDatabase } from '../../server/db/postgres.js';
import { addSlot, upsertSpreekuur } from '../../server/features/signups/store.js';
import { createTestDatabase, dropTestDatabase, testDialect } from '../helpers/database.js';
import { openSse } from './chat-helpers.js';
import type { SseReader } from './chat-helpers.js';

interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

let databaseUrl: string | undefined;

/** `server/main.ts` as its own process on the shared database; resolves once it listens. */
function startProcess(): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: databaseUrl,
      TRUST_PROXY: '1', // the tests speak for several client addresses through X-Forwarded-For
      RATE_LIMIT_LOGIN: '10/60',
      RATE_LIMIT_PUBLIC: '100000/60',
      RATE_LIMIT_SIGNUPS: '100000/60',
      RATE_LIMIT_CHAT_START: '100000/60',
      RATE_LIMIT_CHAT_MESSAGE: '100000/60',
      SIGNUPS_PER_CONTACT_PER_DAY: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DigiPlein reference server on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      resolve({
        url: match[1]!,
        child,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

const post = (base: string, path: string, json: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) });

describe(
  'two server processes on one PostgreSQL',
  { skip: testDialect !== 'postgres' && 'PostgreSQL only (npm run test:server:postgres)' },
  () => {
    let a: ServerProcess;
    let b: ServerProcess;
    let db: PostgresDatabase;
    const streams: SseReader[] = [];
    const professional = { email: 'coordinator@multi.example', password: 'een-lang-multi-wachtwoord' };

    before(async () => {
      databaseUrl = await createTestDatabase();
      // both at once: the migrations run once, under the advisory lock
      [a, b] = await Promise.all([startProcess(), startProcess()]);
      db = new PostgresDatabase(databaseUrl!);
      await ensureOrganisation(db, 'org-multi', 'Wijkteam Multi');
      await createAccount(db, {
        organisationId: 'org-multi',
        email: professional.email,
        name: 'Mila',
        role: 'professional',
        password: professional.password,
      });
    });
    after(async () => {
      streams.forEach((s) => s.close());
      await Promise.all([a?.stop(), b?.stop()]);
      await db?.close();
      await dropTestDatabase(databaseUrl);
    });

    it('applied every migration once, though both processes started together', async () => {
      const ids = (await db.all<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length);
      const health = (await (await fetch(`${b.url}/api/health`)).json()) as { database: { dialect: string; migrations: string[] } };
      assert.equal(health.database.dialect, 'postgres');
      assert.deepEqual(health.database.migrations.sort(), [...ids].sort());
    });

    it('counts a rate limit across both processes: 10 logins a minute from one address, wherever they land', async () => {
      const from = { 'x-forwarded-for': '203.0.113.7' };
      const attempts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          post(
            i % 2 ? b.url : a.url,
            '/api/desk/login',
            { email: `onbekend${i}@multi.example`, password: 'niet-het-goede-wachtwoord' },
            from,
          ),
        ),
      );
      const statuses = attempts.map((r) => r.status).sort();
      assert.deepEqual(statuses, [...Array(10).fill(401), 429, 429]);
    });

    it('relays a chat live between a parent on one process and a professional on the other, across restarts, nothing lost or doubled', async () => {
      const login = await post(b.url, '/api/desk/login', professional, { 'x-forwarded-for': '198.51.100.1' });
      assert.equal(login.status, 200, await login.clone().text());
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const desk = await openSse(`${b.url}/api/desk/chat/events`, { cookie });
      streams.push(desk);
      await desk.next((e) => e.event === 'ready');

      const started = await post(a.url, '/api/chat/conversations', {
        organisation: 'org-multi',
        lang: 'nl',
        shareHistory: false,
        history: [],
      });
      assert.equal(started.status, 201);
      const conv = (await started.json()) as { id: string; token: string };
      const auth = { authorization: `Bearer ${conv.token}` };
      // the desk on B hears of the new conversation started on A
      await desk.next((e) => e.event === 'conversation' && e.data.id === conv.id, 5000);

      // the parent's stream on A; the professional takes and answers on B
      const seen = new Map<number, string>();
      const collect = (s: SseReader) => () =>
        s.events
          .filter((e) => e.event === 'message')
          .forEach((e) => {
            const seq = Number(e.id);
            assert.ok(!seen.has(seq) || seen.get(seq) === e.data.text, `seq ${seq} arrived twice with other text`);
            seen.set(seq, e.data.text);
          });
      const parentA = await openSse(`${a.url}/api/chat/conversations/${conv.id}/events?token=${conv.token}&since=0`);
      streams.push(parentA);
      assert.equal((await post(b.url, `/api/desk/chat/conversations/${conv.id}/take`, {}, { cookie })).status, 200);
      await parentA.next((e) => e.event === 'state' && e.data.status === 'active', 5000);
      assert.equal(
        (
          await post(
            b.url,
            `/api/desk/chat/conversations/${conv.id}/messages`,
            { text: 'Hallo, ik ben Mila.', clientId: 'mila-0001' },
            { cookie },
          )
        ).status,
        200,
      );
      await parentA.next((e) => e.event === 'message' && e.data.text === 'Hallo, ik ben Mila.', 5000);
      assert.equal(
        (await post(a.url, `/api/chat/conversations/${conv.id}/messages`, { text: 'Fijn dat u er bent.', clientId: 'ouder-0001' }, auth))
          .status,
        200,
      );
      await desk.next((e) => e.event === 'message' && e.data.message.text === 'Fijn dat u er bent.', 5000);

      // B restarts; meanwhile the parent writes on A; the professional comes back on the new B
      await b.stop();
      assert.equal(
        (await post(a.url, `/api/chat/conversations/${conv.id}/messages`, { text: 'Bent u er nog?', clientId: 'ouder-0002' }, auth)).status,
        200,
      );
      b = await startProcess();
      const deskAgain = await openSse(`${b.url}/api/desk/chat/events`, { cookie });
      streams.push(deskAgain);
      await deskAgain.next((e) => e.event === 'ready');
      const full = (await (await fetch(`${b.url}/api/desk/chat/conversations/${conv.id}`, { headers: { cookie } })).json()) as {
        messages: { text: string }[];
      };
      const texts = full.messages.map((m) => m.text);
      for (const text of ['Hallo, ik ben Mila.', 'Fijn dat u er bent.', 'Bent u er nog?'])
        assert.equal(texts.filter((t) => t === text).length, 1, text);
      assert.equal(
        (
          await post(
            b.url,
            `/api/desk/chat/conversations/${conv.id}/messages`,
            { text: 'Ja, ik ben er weer.', clientId: 'mila-0002' },
            { cookie },
          )
        ).status,
        200,
      );
      await parentA.next((e) => e.event === 'message' && e.data.text === 'Ja, ik ben er weer.', 5000);
      collect(parentA)();

      // A restarts; the professional writes twice meanwhile; the parent comes back on B from its cursor
      const cursor = Math.max(...seen.keys());
      await a.stop();
      for (const [i, text] of ['Ik wacht even.', 'Laat maar weten wanneer u terug bent.'].entries()) {
        assert.equal(
          (await post(b.url, `/api/desk/chat/conversations/${conv.id}/messages`, { text, clientId: `mila-001${i}` }, { cookie })).status,
          200,
        );
      }
      a = await startProcess();
      const parentB = await openSse(`${b.url}/api/chat/conversations/${conv.id}/events?token=${conv.token}&since=${cursor}`);
      streams.push(parentB);
      await parentB.next((e) => e.event === 'message' && e.data.text === 'Laat maar weten wanneer u terug bent.', 5000);
      // and live again from the other side: the parent writes on the new A, the stream on B shows it
      assert.equal(
        (await post(a.url, `/api/chat/conversations/${conv.id}/messages`, { text: 'Ik ben terug.', clientId: 'ouder-0003' }, auth)).status,
        200,
      );
      await parentB.next((e) => e.event === 'message' && e.data.text === 'Ik ben terug.', 5000);
      collect(parentB)();

      const seqs = [...seen.keys()].sort((x, y) => x - y);
      assert.deepEqual(
        seqs,
        Array.from({ length: seqs.length }, (_, i) => seqs[0]! + i),
        'no gap in the sequence',
      );
      const stored = await db.all<{ seq: number }>('SELECT seq FROM chat_messages WHERE conversation_id = ? ORDER BY seq', [conv.id]);
      assert.deepEqual(
        seqs,
        stored.map((r) => r.seq).filter((s) => s >= seqs[0]!),
        'the parent saw every stored message once',
      );
    });

    it('gives the last place to exactly one of 200 parallel sign-ups spread over both processes', async () => {
      const now = Date.now();
      await upsertSpreekuur(db, { id: 'spreekuur-multi', organisationId: 'org-multi', name: 'Spreekuur Multi' }, now);
      const start = new Date(now + 48 * 3_600_000);
      const slot = await addSlot(db, { spreekuurId: 'spreekuur-multi', start, end: new Date(start.getTime() + 1_800_000), capacity: 3 });
      const signup = (base: string, n: number) =>
        post(base, '/api/signups', {
          idempotencyKey: randomUUID(),
          fillMs: 20_000,
          lang: 'nl',
          spreekuur: 'spreekuur-multi',
          slot,
          details: { name: `Ouder ${n}`, email: `ouder${n}@multi.example`, theme: 'kinderen', contactBy: 'email', consent: true },
        });
      assert.equal((await signup(a.url, 1)).status, 201);
      assert.equal((await signup(b.url, 2)).status, 201);

      const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => signup(i % 2 ? b.url : a.url, 100 + i)));
      const statuses = responses.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses: ${JSON.stringify(statuses.filter((s) => s !== 409))}`);
      assert.equal(statuses.filter((s) => s === 409).length, 199);
      const codes = new Set(
        await Promise.all(
          responses.filter((r) => r.status === 409).map(async (r) => ((await r.json()) as { error: { code: string } }).error.code),
        ),
      );
      assert.deepEqual([...codes], ['slot_full']);
      const booked = await db.get<{ booked: number; n: number }>(
        'SELECT s.booked, (SELECT COUNT(*) FROM signups WHERE slot_id = s.id) AS n FROM signup_slots s WHERE s.id = ?',
        [slot],
      );
      assert.deepEqual(booked, { booked: 3, n: 3 });
    });
  },
);
