// Sign-ups on the real reference server over loopback (autocannon, 127.0.0.1 only): the widget's
// read (GET slots) and write (POST /api/signups: zod validation with the widget's own schema,
// then a transaction that checks the idempotency key and the contact cap, takes a place with a
// conditional UPDATE and inserts). Every request carries a fresh idempotency key and contact.
// A last case makes 20 connections race for 100 single places and checks none is overbooked.
// Prints figures; asserts nothing. (TypeScript, run through tsx by bench/run.mjs, because it
// starts the server from its sources.)
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { createApp } from '../server/app.js';
import { addSlot, upsertSpreekuur } from '../server/features/signups/store.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-bench-signups-'));
const unlimited = { max: 1e9, windowMs: 60_000 };
const app = await createApp({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  log: false,
  rateLimits: { public: unlimited, signups: unlimited, 'signups-cancel': unlimited },
});

const now = Date.now();
await upsertSpreekuur(app.db, { id: 'bench', organisationId: 'bench-org', name: 'Bench' }, now);
const big = await addSlot(app.db, {
  spreekuurId: 'bench',
  start: new Date(now + 86_400_000),
  end: new Date(now + 88_200_000),
  capacity: 1_000_000_000,
});
for (let i = 0; i < 49; i++) {
  await addSlot(app.db, {
    spreekuurId: 'bench',
    start: new Date(now + (i + 2) * 3_600_000),
    end: new Date(now + (i + 2) * 3_600_000 + 1_800_000),
    capacity: 3,
  });
}
await upsertSpreekuur(app.db, { id: 'race', organisationId: 'bench-org', name: 'Race' }, now);
const raceSlots: string[] = [];
for (let i = 0; i < 100; i++) {
  raceSlots.push(
    await addSlot(app.db, {
      spreekuurId: 'race',
      start: new Date(now + (i + 2) * 3_600_000),
      end: new Date(now + (i + 2) * 3_600_000 + 1_800_000),
      capacity: 1,
    }),
  );
}

let n = 0;
const body = (spreekuur: string, slot: string) =>
  JSON.stringify({
    spreekuur,
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

interface Row {
  name: string;
  result: autocannon.Result;
  extra?: string;
}
const rows: Row[] = [];
const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' } };

try {
  await autocannon({ url: `${app.url}/api/health`, connections: 4, duration: 1 }); // warm-up
  rows.push({
    name: 'read   GET  /api/spreekuren/{id}/slots (50), 10 conn.',
    result: await autocannon({ url: `${app.url}/api/spreekuren/bench/slots`, connections: 10, duration: seconds }),
  });
  // the write at ×10 the connections: 1 (one parent at a time), 10, 50 (aim from issue 17:
  // 1,000 sign-ups/s with p99 under 50 ms)
  for (const connections of [1, 10, 50]) {
    rows.push({
      name: `write  POST /api/signups (books), ${connections} conn.`,
      result: await autocannon({
        url: `${app.url}/api/signups`,
        connections,
        duration: seconds,
        ...post,
        requests: [{ setupRequest: (r) => ({ ...r, body: body('bench', big) }) }],
      }),
    });
  }
  const race = await autocannon({
    url: `${app.url}/api/signups`,
    connections: 20,
    amount: 2000,
    ...post,
    requests: [{ setupRequest: (r) => ({ ...r, body: body('race', raceSlots[Math.floor(Math.random() * raceSlots.length)]!) }) }],
  } as autocannon.Options & { amount: number });
  const booked = await app.db.get<{ n: number; over: number }>(
    "SELECT COUNT(*) AS n, (SELECT COUNT(*) FROM signup_slots WHERE spreekuur_id = 'race' AND booked > capacity) AS over FROM signups WHERE spreekuur_id = 'race'",
  );
  rows.push({
    name: 'race   2000 sign-ups for 100 single places, 20 c.',
    result: race,
    extra: `booked ${booked?.n}, overbooked slots ${booked?.over}`,
  });
} finally {
  console.log(`sign-ups on the reference server, SQLite WAL, ${seconds} s per case, loopback`);
  console.log('case'.padEnd(55), 'req/s'.padStart(8), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), '2xx'.padStart(7), 'non-2xx'.padStart(8));
  for (const { name, result, extra } of rows) {
    console.log(
      name.padEnd(55),
      result.requests.average.toFixed(0).padStart(8),
      String(result.latency.p50).padStart(7),
      String(result.latency.p99).padStart(7),
      String((result as unknown as Record<string, number>)['2xx']).padStart(7),
      String(result.non2xx + result.errors).padStart(8),
      extra ? ` ${extra}` : '',
    );
  }
  console.log('aim at 50 connections: 1,000 sign-ups/s, p99 < 50 ms');
  console.log(
    `load average: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (figures vary with other work on the machine)`,
  );
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
