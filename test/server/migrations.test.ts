import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import type { Feature } from '../../server/features/types.js';
import { coreMigrations } from '../../server/core/migrations.js';
import { features } from '../../server/features/index.js';
import { createTestDatabase, dropTestDatabase, tableNames, testDialect } from '../helpers/database.js';
import { startServer } from '../helpers/server.js';

const dirs: string[] = [];
const databases: (string | undefined)[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'digiplein-migrate-'));
  dirs.push(dir);
  return dir;
};
/** Where a test app keeps its data: a fresh folder, and on PostgreSQL a fresh database. */
const storage = async () => {
  const databaseUrl = await createTestDatabase();
  databases.push(databaseUrl);
  return { dataDir: tempDir(), databaseUrl };
};

const notes = (extra = false): Feature => ({
  name: 'notes',
  migrations: [
    { id: 'notes-001', description: 'notes', up: 'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)' },
    ...(extra
      ? [
          {
            id: 'notes-002',
            description: 'note dates',
            up: async (tx: import('../../server/db/database.js').Queryable) => {
              await tx.exec('ALTER TABLE notes ADD COLUMN created_at INTEGER');
              await tx.run('UPDATE notes SET created_at = ?', [1]);
            },
          },
        ]
      : []),
  ],
});

after(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const url of databases) await dropTestDatabase(url);
});

describe('migrations', () => {
  it('builds every feature’s tables from an empty data directory', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const server = await startServer({ dataDir });
    try {
      if (testDialect === 'sqlite') assert.ok(existsSync(join(dataDir, 'digiplein.sqlite')));
      const health = (await (await server.fetch('/api/health')).json()) as { database: { migrations: string[] } };
      const expected = [...coreMigrations.map((m) => m.id), ...features.flatMap((f) => (f.migrations ?? []).map((m) => m.id))];
      assert.deepEqual(health.database.migrations, expected);
      const tables = await tableNames(server.app.db);
      for (const table of ['organisations', 'accounts', 'sessions', 'schema_migrations', 'signups', 'chat_messages', 'shared_routes']) {
        assert.ok(tables.includes(table), table);
      }
    } finally {
      await server.stop();
    }
  });

  it('applies only the new migrations on the next start, SQL and code alike', async () => {
    const where = await storage();
    const first = await createApp({ port: 0, log: false, ...where, features: [notes()] });
    await first.db.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['n1', 'bewaard']);
    await first.close();

    const second = await createApp({ port: 0, log: false, ...where, features: [notes(true)] });
    try {
      const rows = await second.db.all('SELECT id, body, created_at FROM notes');
      assert.deepEqual(rows, [{ id: 'n1', body: 'bewaard', created_at: 1 }]);
      assert.deepEqual((await second.db.health()).migrations, [...coreMigrations.map((m) => m.id), 'notes-001', 'notes-002']);
    } finally {
      await second.close();
    }
  });

  it('rolls a failing migration back completely and does not start', async () => {
    const where = await storage();
    const broken: Feature = {
      name: 'broken',
      migrations: [{ id: 'broken-001', description: 'half a change', up: 'CREATE TABLE half (id TEXT); CREATE TABLE oops (' }],
    };
    await assert.rejects(createApp({ port: 0, log: false, ...where, features: [broken] }));
    const app = await createApp({ port: 0, log: false, ...where, features: [] });
    try {
      assert.ok(!(await tableNames(app.db)).includes('half'));
      const applied = await app.db.all<{ id: string }>('SELECT id FROM schema_migrations');
      assert.deepEqual(
        applied.map((r) => r.id),
        coreMigrations.map((m) => m.id),
      );
    } finally {
      await app.close();
    }
  });

  it('refuses migration ids that do not carry the feature’s name, and features listed twice', async () => {
    const stray: Feature = { name: 'stray', migrations: [{ id: 'other-001', description: 'x', up: 'SELECT 1' }] };
    await assert.rejects(createApp({ port: 0, log: false, dataDir: tempDir(), features: [stray] }), /must start with "stray-"/);
    await assert.rejects(createApp({ port: 0, log: false, dataDir: tempDir(), features: [notes(), notes()] }), /listed twice/);
  });
});

describe('transactions', () => {
  it('refuses the database itself or a nested transaction inside a transaction, instead of waiting forever', async () => {
    const app = await createApp({ port: 0, log: false, ...(await storage()), features: [notes()] });
    try {
      await assert.rejects(
        app.db.transaction(async () => {
          await app.db.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['x', 'wrong handle']);
        }),
        /use the `tx` the callback receives/,
      );
      await assert.rejects(
        app.db.transaction(() => app.db.transaction(async () => 1)),
        /no nested transactions/,
      );
      assert.deepEqual(await app.db.all('SELECT id FROM notes'), []);
    } finally {
      await app.close();
    }
  });

  it('keeps other statements out of an open transaction and rolls back on error', async () => {
    const app = await createApp({ port: 0, log: false, ...(await storage()), features: [notes()] });
    try {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const tx = app.db.transaction(async (t) => {
        await t.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['a', 'in transaction']);
        await gate;
        throw new Error('cancel');
      });
      // queued behind the transaction: must not see or join it
      const outside = app.db.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['b', 'outside']);
      release();
      await assert.rejects(tx, /cancel/);
      await outside;
      const rows = await app.db.all<{ id: string }>('SELECT id FROM notes ORDER BY id');
      assert.deepEqual(
        rows.map((r) => r.id),
        ['b'],
      );
    } finally {
      await app.close();
    }
  });
});
