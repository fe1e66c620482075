/**
 * The database adapters' promises beyond plain statements, on the dialect of this pass: the bus
 * between server processes, jobs that run once across processes, and transactions that see
 * nothing else (on PostgreSQL by re-running a transaction that lost a conflict).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Database } from '../../server/db/database.js';
import { openDatabase } from '../../server/db/open.js';
import { createTestDatabase, dropTestDatabase, testDialect } from '../helpers/database.js';

const dirs: string[] = [];
const urls: (string | undefined)[] = [];
const open: Database[] = [];
after(async () => {
  for (const db of open) await db.close();
  for (const url of urls) await dropTestDatabase(url);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh database, and a function that opens another handle on it (a second server process). */
async function fresh(): Promise<{ db: Database; another(): Database }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-db-'));
  dirs.push(dataDir);
  const databaseUrl = await createTestDatabase();
  urls.push(databaseUrl);
  const another = () => {
    const db = openDatabase({ dataDir, databaseUrl });
    open.push(db);
    return db;
  };
  return { db: another(), another };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe(`database adapter (${testDialect})`, () => {
  it('delivers bus messages to subscribers in order, also long ones, and stops after unsubscribe', async () => {
    const { db, another } = await fresh();
    // on SQLite there is one process: the same handle; on PostgreSQL a second one
    const other = testDialect === 'postgres' ? another() : db;
    const heard: unknown[] = [];
    const off = other.bus.subscribe('test:channel', (m) => heard.push(m));
    await other.bus.ready();
    await db.bus.ready();
    const long = 'ë'.repeat(6_000); // 12,000 bytes: more than NOTIFY carries
    for (let i = 0; i < 20; i++) db.bus.publish('test:channel', { i });
    db.bus.publish('test:channel', { long });
    db.bus.publish('test:elsewhere', { not: 'for you' });
    await until(() => heard.length === 21);
    assert.deepEqual(
      heard.slice(0, 20),
      Array.from({ length: 20 }, (_, i) => ({ i })),
    );
    assert.deepEqual(heard[20], { long });
    off();
    db.bus.publish('test:channel', { late: true });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(heard.length, 21);
  });

  it('runs a job alone: a second process skips it while the first runs, and runs it afterwards', async () => {
    const { db, another } = await fresh();
    const other = another();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = db.runAlone('nightly', async () => {
      await gate;
      return 'first';
    });
    await new Promise((r) => setTimeout(r, 100));
    const second = await other.runAlone('nightly', async () => 'second');
    if (testDialect === 'postgres') assert.equal(second, undefined, 'skipped while the first runs');
    else assert.equal(second, 'second', 'one SQLite process: nobody else can be running it');
    assert.equal(await other.runAlone('another job', async () => 'other'), 'other');
    release();
    assert.equal(await first, 'first');
    assert.equal(await other.runAlone('nightly', async () => 'after'), 'after');
  });

  it('keeps a read-then-write transaction correct under concurrency: 40 increments, 40 counted', async () => {
    const { db, another } = await fresh();
    await db.exec('CREATE TABLE counters (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    await db.run('INSERT INTO counters (id, n) VALUES (?, ?)', ['c', 0]);
    const handles = testDialect === 'postgres' ? [db, another()] : [db];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        handles[i % handles.length]!.transaction(async (tx) => {
          // deliberately read, then write: only a transaction that sees nothing else keeps this right
          const row = await tx.get<{ n: number }>('SELECT n FROM counters WHERE id = ?', ['c']);
          await tx.run('UPDATE counters SET n = ? WHERE id = ?', [row!.n + 1, 'c']);
        }),
      ),
    );
    assert.deepEqual(await db.get('SELECT n FROM counters WHERE id = ?', ['c']), { n: 40 });
  });

  it('undoes only the transaction that throws when many run at once; the others are kept', async () => {
    // on SQLite these run together in one commit, each in a savepoint (see SqliteDatabase.transaction)
    const { db } = await fresh();
    await db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY)');
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.run('INSERT INTO notes (id) VALUES (?)', [`note-${i}`]);
          if (i % 4 === 1) throw new Error(`no ${i}`); // after its own write: that write goes too
          if (i === 6) await tx.run('INSERT INTO notes (id) VALUES (?)', ['note-0']); // a constraint error
          return i;
        }),
      ),
    );
    const rejected = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    assert.deepEqual(rejected, [1, 5, 6, 9]);
    assert.equal((results[2] as PromiseFulfilledResult<number>).value, 2);
    const kept = await db.all<{ id: string }>('SELECT id FROM notes ORDER BY id');
    assert.deepEqual(
      kept.map((r) => r.id),
      ['note-0', 'note-10', 'note-11', 'note-2', 'note-3', 'note-4', 'note-7', 'note-8'],
    );
    // and a transaction alone afterwards still works
    assert.equal(await db.transaction(async (tx) => (await tx.run('DELETE FROM notes WHERE id = ?', ['note-0'])).changes), 1);
  });

  it('lets several processes start on an empty database at once: each migrates or finds it done', async () => {
    const { another } = await fresh();
    const handles = Array.from({ length: testDialect === 'postgres' ? 12 : 1 }, () => another());
    const migrations = [{ id: 'notes-001', description: 'notes', up: 'CREATE TABLE notes (id TEXT PRIMARY KEY)' }];
    const applied = await Promise.all(handles.map((db) => db.migrate(migrations)));
    assert.equal(applied.flat().length, 1, 'applied once');
    for (const db of handles) assert.deepEqual((await db.health()).migrations, ['notes-001']);
  });

  it('stores epoch milliseconds and reads them back as numbers', async () => {
    const { db } = await fresh();
    await db.exec('CREATE TABLE times (id TEXT PRIMARY KEY, at INTEGER NOT NULL)');
    const at = Date.parse('2026-12-05T12:00:00Z');
    await db.run('INSERT INTO times (id, at) VALUES (?, ?)', ['t', at]);
    assert.deepEqual(await db.get('SELECT at, COUNT(*) AS n FROM times GROUP BY at'), { at, n: 1 });
  });
});
