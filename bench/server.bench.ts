// The reference server under load on loopback (autocannon, a few seconds per case, 127.0.0.1
// only). Reads: GET /api/health and GET /api/desk/session (cookie lookup + join). Writes:
// POST /api/desk/login (a real endpoint, bound by the deliberately slow scrypt hash) and a
// bench-only feature route that validates a JSON body with zod and inserts in a transaction,
// which is what a feature's write costs through the whole stack. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import * as z from 'zod/mini';
import { randomUUID } from 'node:crypto';
import type { Feature } from '../server/features/types.js';
import { createApp } from '../server/app.js';
import { createAccount, ensureOrganisation } from '../server/auth/accounts.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-bench-'));
const unlimited = { max: 1e9, windowMs: 60_000 };
const notes: Feature = {
  name: 'benchnotes',
  migrations: [
    {
      id: 'benchnotes-001',
      description: 'bench',
      up: 'CREATE TABLE bench_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at INTEGER NOT NULL)',
    },
  ],
  routes(router, ctx) {
    router.add({
      method: 'POST',
      path: '/api/bench/notes',
      access: 'public',
      body: z.strictObject({ body: z.string().check(z.minLength(1), z.maxLength(500)) }),
      handler: async ({ body }) => {
        const id = randomUUID();
        await ctx.db.transaction(async (tx) => {
          await tx.run('INSERT INTO bench_notes (id, body, created_at) VALUES (?, ?, ?)', [id, body.body, Date.now()]);
        });
        return { id };
      },
    });
  },
};
const app = await createApp({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  log: false,
  features: [notes],
  rateLimits: { public: unlimited, login: unlimited },
});
await ensureOrganisation(app.db, 'bench', 'Bench');
const password = 'bench-wachtwoord-1';
await createAccount(app.db, { organisationId: 'bench', email: 'bench@test.example', name: 'Bench', role: 'admin', password });

const login = await fetch(`${app.url}/api/desk/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@test.example', password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

interface Case {
  name: string;
  options: autocannon.Options;
}
const cases: Case[] = [
  { name: 'read   GET  /api/health', options: { url: `${app.url}/api/health`, connections: 10 } },
  { name: 'read   GET  /api/desk/session (cookie)', options: { url: `${app.url}/api/desk/session`, connections: 10, headers: { cookie } } },
  {
    name: 'write  POST /api/desk/login (scrypt + insert)',
    options: {
      url: `${app.url}/api/desk/login`,
      method: 'POST',
      connections: 4,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@test.example', password }),
    },
  },
  {
    name: 'write  POST (feature: zod + transaction insert)',
    options: {
      url: `${app.url}/api/bench/notes`,
      method: 'POST',
      connections: 10,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Een korte notitie van ongeveer zestig tekens voor de meting.' }),
    },
  },
];

const [load] = loadavg();
console.log(`reference server, SQLite WAL synchronous=FULL, ${seconds} s per case, loopback`);
console.log(`machine: ${cpus().length} cores, load average ${load!.toFixed(1)} at start (figures drop when other work runs)`);
console.log('case'.padEnd(48), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'non-2xx'.padStart(8));
try {
  await autocannon({ url: `${app.url}/api/health`, connections: 4, duration: 1 }); // warm-up
  for (const c of cases) {
    const result = await autocannon({ ...c.options, duration: seconds });
    const non2xx = result.non2xx + result.errors;
    console.log(
      c.name.padEnd(48),
      result.requests.average.toFixed(0).padStart(9),
      String(result.latency.p50).padStart(8),
      String(result.latency.p99).padStart(8),
      String(non2xx).padStart(8),
    );
  }
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
