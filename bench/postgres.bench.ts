// The reference server on SQLite (one process) and on PostgreSQL (one and two processes, as
// behind a load balancer), each as its own `server/main.ts` process on loopback:
//  - sign-ups: POST /api/signups for 5 s with 10 connections in total (split over the
//    processes), each with a fresh idempotency key and contact: requests/s and p99;
//  - the chat relay: a professional's message until the parent's event stream shows it, with the
//    parent and the professional on the same process and (PostgreSQL) on different ones.
// PostgreSQL is a throwaway server of the machine's own (scripts/postgres.mjs; fsync off, as a
// test server, so the figures flatter its disk writes against SQLite's synchronous = FULL).
// Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createAccount, ensureOrganisation } from '../server/auth/accounts.js';
import type { Database } from '../server/db/database.js';
import { openDatabase } from '../server/db/open.js';
import { addSlot, upsertSpreekuur } from '../server/features/signups/store.js';
// @ts-expect-error a plain .mjs script without types
import { startPostgres } from '../scripts/postgres.mjs';
import { openSse } from '../test/server/chat-helpers.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const RELAY_MESSAGES = 100;

interface Proc {
  url: string;
  child: ChildProcess;
}

function startProcess(env: Record<string, string>): Promise<Proc> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      PORT: '0',
      ...env,
      RATE_LIMIT_PUBLIC: '1000000000/60',
      RATE_LIMIT_SIGNUPS: '1000000000/60',
      RATE_LIMIT_LOGIN: '1000/60',
      RATE_LIMIT_CHAT_START: '1000/60',
      RATE_LIMIT_CHAT_MESSAGE: '1000000/60',
      RATE_LIMIT_CHAT_STREAM: '1000/60',
      SIGNUPS_PER_CONTACT_PER_DAY: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /DigiPlein reference server on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}
const stop = (p: Proc) =>
  new Promise<void>((done) => (p.child.exitCode !== null ? done() : (p.child.once('exit', () => done()), p.child.kill('SIGTERM'))));

/** One slot that every request books (the worst case: all contend for one row), and 200 slots to spread over. */
async function prepare(db: Database): Promise<{ hot: string[]; spread: string[] }> {
  const now = Date.now();
  await upsertSpreekuur(db, { id: 'bench', organisationId: 'bench-org', name: 'Bench' }, now);
  await ensureOrganisation(db, 'bench-org', 'Bench');
  await createAccount(db, {
    organisationId: 'bench-org',
    email: 'bench@bench.example',
    name: 'Bench',
    role: 'professional',
    password: 'een-lang-bench-wachtwoord',
  });
  const hot = await addSlot(db, {
    spreekuurId: 'bench',
    start: new Date(now + 86_400_000),
    end: new Date(now + 88_200_000),
    capacity: 1_000_000_000,
  });
  const spread: string[] = [];
  for (let i = 0; i < 200; i++) {
    const start = new Date(now + (i + 30) * 3_600_000);
    spread.push(await addSlot(db, { spreekuurId: 'bench', start, end: new Date(start.getTime() + 1_800_000), capacity: 1_000_000 }));
  }
  return { hot: [hot], spread };
}

let n = 0;
const signupBody = (slot: string) =>
  JSON.stringify({
    spreekuur: 'bench',
    slot,
    idempotencyKey: randomUUID(),
    fillMs: 30_000,
    lang: 'nl',
    details: {
      name: 'Bench Ouder',
      email: `ouder${++n}@bench.example`,
      postcode: '1234 AB',
      theme: 'kinderen',
      question: 'Een vraag van ongeveer zestig tekens lang voor deze meting, ja.',
      contactBy: 'email',
      consent: true,
    },
  });

/** 10 connections in total over the processes, for `seconds`; requests/s summed, p99 the worst. */
async function signups(procs: Proc[], slots: string[]) {
  const per = Math.max(1, Math.floor(10 / procs.length));
  const results = await Promise.all(
    procs.map((p) =>
      autocannon({
        url: `${p.url}/api/signups`,
        connections: per,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (r) => ({ ...r, body: signupBody(slots[Math.floor(Math.random() * slots.length)]!) }) }],
      }),
    ),
  );
  return {
    rps: results.reduce((s, r) => s + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failed: results.reduce((s, r) => s + r.non2xx + r.errors, 0),
  };
}

/** The professional on `desk` writes; the parent's stream on `parent` shows it. Milliseconds each. */
async function relay(parent: Proc, desk: Proc): Promise<number[]> {
  const post = (url: string, json: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) });
  const login = await post(`${desk.url}/api/desk/login`, { email: 'bench@bench.example', password: 'een-lang-bench-wachtwoord' });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const conv = (await (
    await post(`${parent.url}/api/chat/conversations`, { organisation: 'bench-org', lang: 'nl', shareHistory: false, history: [] })
  ).json()) as { id: string; token: string };
  const stream = await openSse(`${parent.url}/api/chat/conversations/${conv.id}/events?token=${conv.token}&since=0`);
  await post(`${desk.url}/api/desk/chat/conversations/${conv.id}/take`, {}, { cookie });
  const times: number[] = [];
  for (let i = 0; i < RELAY_MESSAGES; i++) {
    const text = `bericht ${i}`;
    const started = performance.now();
    await post(
      `${desk.url}/api/desk/chat/conversations/${conv.id}/messages`,
      { text, clientId: `bench-${String(i).padStart(5, '0')}` },
      { cookie },
    );
    await stream.next((e) => e.event === 'message' && e.data.text === text, 5000);
    times.push(performance.now() - started);
  }
  stream.close();
  return times.sort((a, b) => a - b);
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const rows: string[][] = [];
const pg = await startPostgres();
const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-bench-pg-'));
try {
  // SQLite, one process
  {
    const db = openDatabase({ dataDir });
    const a = await startProcess({ DATA_DIR: dataDir });
    const slots = await prepare(db);
    await db.close();
    const s = await signups([a], slots.spread);
    const h = await signups([a], slots.hot);
    const r = await relay(a, a);
    rows.push([
      'SQLite, 1 process',
      s.rps.toFixed(0),
      String(s.p99),
      h.rps.toFixed(0),
      String(h.p99),
      String(s.failed + h.failed),
      pct(r, 50).toFixed(1),
      pct(r, 99).toFixed(1),
      '–',
      '–',
    ]);
    await stop(a);
  }
  // PostgreSQL, one and two processes
  for (const count of [1, 2]) {
    const url = `${pg.url.replace(/\/postgres$/, '')}/bench${count}`;
    const admin = openDatabase({ dataDir, databaseUrl: pg.url });
    await admin.exec(`CREATE DATABASE bench${count}`);
    await admin.close();
    const procs = await Promise.all(Array.from({ length: count }, () => startProcess({ DATABASE_URL: url })));
    const db = openDatabase({ dataDir, databaseUrl: url });
    const slots = await prepare(db);
    await db.close();
    const s = await signups(procs, slots.spread);
    const h = await signups(procs, slots.hot);
    const same = await relay(procs[0]!, procs[0]!);
    const across = count === 2 ? await relay(procs[0]!, procs[1]!) : undefined;
    rows.push([
      `PostgreSQL, ${count} process${count > 1 ? 'es' : ''}`,
      s.rps.toFixed(0),
      String(s.p99),
      h.rps.toFixed(0),
      String(h.p99),
      String(s.failed + h.failed),
      pct(same, 50).toFixed(1),
      pct(same, 99).toFixed(1),
      across ? pct(across, 50).toFixed(1) : '–',
      across ? pct(across, 99).toFixed(1) : '–',
    ]);
    await Promise.all(procs.map(stop));
  }
} finally {
  console.log(
    `sign-ups (POST /api/signups, 10 connections in total, ${seconds} s) and the chat relay (${RELAY_MESSAGES} messages, professional → parent's stream), loopback`,
  );
  console.log('sign-ups over 200 slots, and all on one slot (every booking contends for the same row)');
  const head = [
    'database',
    'sign-ups/s',
    'p99 ms',
    'one slot/s',
    'p99 ms',
    'failed',
    'relay p50 ms',
    'relay p99 ms',
    'across p50',
    'across p99',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(head.map((h, i) => (i ? h.padStart(widths[i]!) : h.padEnd(widths[i]!))).join('  '));
  for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
