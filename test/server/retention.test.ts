import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Feature } from '../../server/features/types.js';
import { optionsFromEnv } from '../../server/options.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const DAY = 24 * 60 * 60 * 1000;

/** Two kinds with different clocks, like chats (from the last message) and sign-ups (from the appointment). */
const records: Feature = {
  name: 'records',
  migrations: [
    {
      id: 'records-001',
      description: 'talks and bookings',
      up: `CREATE TABLE talks (id TEXT PRIMARY KEY, last_message_at INTEGER NOT NULL);
           CREATE TABLE bookings (id TEXT PRIMARY KEY, appointment_at INTEGER NOT NULL, created_at INTEGER NOT NULL);`,
    },
  ],
  retention: [
    {
      kind: 'talks',
      defaultDays: 30,
      description: 'talks, from the last message',
      purge: async (db, cutoff) => (await db.run('DELETE FROM talks WHERE last_message_at < ?', [cutoff.getTime()])).changes,
    },
    {
      kind: 'bookings',
      defaultDays: 90,
      description: 'bookings, from the appointment',
      purge: async (db, cutoff) => (await db.run('DELETE FROM bookings WHERE appointment_at < ?', [cutoff.getTime()])).changes,
    },
  ],
};

describe('retention', () => {
  let server: TestServer;
  let clock = Date.parse('2026-01-01T12:00:00Z');
  const ids = async (table: string) => (await server.app.db.all<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`)).map((r) => r.id);

  before(async () => {
    server = await startServer({ features: [records], now: () => new Date(clock), sessionTtlMs: DAY });
  });
  after(() => server.stop());

  it('deletes each kind after its own period, counted from its own moment', async () => {
    const t0 = clock;
    await server.app.db.run('INSERT INTO talks VALUES (?, ?), (?, ?)', ['old', t0 - 31 * DAY, 'recent', t0 - 29 * DAY]);
    // booked long ago, but the appointment is still to come: kept
    await server.app.db.run('INSERT INTO bookings VALUES (?, ?, ?), (?, ?, ?)', [
      'past',
      t0 - 91 * DAY,
      t0 - 120 * DAY,
      'future',
      t0 + 10 * DAY,
      t0 - 120 * DAY,
    ]);
    const results = await server.app.runRetention();
    assert.deepEqual(await ids('talks'), ['recent']);
    assert.deepEqual(await ids('bookings'), ['future']);
    assert.deepEqual(
      results.filter((r) => r.kind !== 'sessions' && r.kind !== 'login-failures'), // the core's own kinds
      [
        { kind: 'talks', days: 30, deleted: 1 },
        { kind: 'bookings', days: 90, deleted: 1 },
      ],
    );

    clock += 2 * DAY;
    await server.app.runRetention();
    assert.deepEqual(await ids('talks'), []);
    clock += 101 * DAY;
    await server.app.runRetention();
    assert.deepEqual(await ids('bookings'), []);
  });

  it('removes expired desk sessions', async () => {
    const professional = await server.createProfessional({ organisationId: 'org-retention' });
    await server.login(professional);
    const count = async () => (await server.app.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))!.n;
    assert.equal(await count(), 1);
    await server.app.runRetention();
    assert.equal(await count(), 1);
    clock += DAY + 1;
    await server.app.runRetention();
    assert.equal(await count(), 0);
  });

  it('takes the periods from the configuration, also at start', async () => {
    await server.app.db.run('INSERT INTO talks VALUES (?, ?)', ['week-old', clock - 8 * DAY]);
    await server.restart({ retentionDays: { talks: 7 } });
    assert.deepEqual(await ids('talks'), []);
  });

  it('reads RETENTION_<KIND>_DAYS from the environment', () => {
    const options = optionsFromEnv({ RETENTION_CHATS_DAYS: '14', RETENTION_SIGNUPS_DAYS: '60', RETENTION_INTERVAL_MINUTES: '5' });
    assert.deepEqual(options.retentionDays, { chats: 14, signups: 60 });
    assert.equal(options.retentionIntervalMs, 5 * 60_000);
    assert.throws(() => optionsFromEnv({ RETENTION_CHATS_DAYS: 'dertig' }), /RETENTION_CHATS_DAYS must be a number/);
  });
});
