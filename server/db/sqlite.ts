import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { LocalBus } from './bus.js';
import type { Database, DatabaseHealth, Migration, Queryable, RunResult, SqlValue } from './database.js';

/** A transaction asked for, waiting for its turn. */
interface WaitingTransaction {
  fn: (tx: Queryable) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Inside a transaction, the database itself would wait for the transaction: a deadlock. */
const misuse = () => new Error('database used inside db.transaction(): use the `tx` the callback receives (and no nested transactions)');

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at INTEGER NOT NULL
)`;

/**
 * SQLite through better-sqlite3, in `<dataDir>/digiplein.sqlite`. WAL journal with
 * `synchronous = FULL`: a committed transaction survives a crash or power loss.
 *
 * better-sqlite3 is synchronous; the interface is not. A lock serialises work on the one
 * connection, so statements of other requests never land inside an open transaction.
 */
export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;
  readonly file: string;
  /** One process serves a SQLite region: its bus stays in memory. */
  readonly bus = new LocalBus();
  get location(): string {
    return this.file;
  }
  private readonly db: BetterSqlite3.Database;
  /** Compiled once: every write of every request begins and commits, and exec() parses its SQL each time. */
  private readonly begin: BetterSqlite3.Statement;
  private readonly commit: BetterSqlite3.Statement;
  private readonly savepoint: BetterSqlite3.Statement;
  private readonly release: BetterSqlite3.Statement;
  private readonly rollbackTo: BetterSqlite3.Statement;
  /** Transactions asked for while another was open: they run together next (see `transaction`). */
  private waiting?: WaitingTransaction[];
  private queue: Promise<unknown> = Promise.resolve();
  private locked = false;
  private readonly direct: Queryable;
  /** Set inside a transaction's callback, to catch use of the database instead of `tx`. */
  private readonly inTransaction = new AsyncLocalStorage<true>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'digiplein.sqlite');
    this.db = new BetterSqlite3(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(MIGRATIONS_TABLE);
    this.begin = this.db.prepare('BEGIN IMMEDIATE');
    this.commit = this.db.prepare('COMMIT');
    this.savepoint = this.db.prepare('SAVEPOINT one_transaction');
    this.release = this.db.prepare('RELEASE one_transaction');
    this.rollbackTo = this.db.prepare('ROLLBACK TO one_transaction');
    const db = this.db;
    // compiled statements, reused: most queries are the same few strings with other parameters
    const statements = new Map<string, BetterSqlite3.Statement>();
    const prepare = (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 500) statements.clear();
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    };
    this.direct = {
      async run(sql, params = []): Promise<RunResult> {
        return { changes: prepare(sql).run(...params).changes };
      },
      async get<T>(sql: string, params: readonly SqlValue[] = []) {
        return prepare(sql).get(...params) as T | undefined;
      },
      async all<T>(sql: string, params: readonly SqlValue[] = []) {
        return prepare(sql).all(...params) as T[];
      },
      async exec(sql) {
        db.exec(sql);
      },
    };
  }

  /** Runs `fn` when no transaction is open; queued behind the open one otherwise. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return Promise.reject(misuse());
    if (!this.locked) {
      // the fast path: better-sqlite3 finishes each statement before returning
      return fn();
    }
    return this.enqueue(fn);
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      this.locked = true;
      try {
        return await fn();
      } finally {
        this.locked = false;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params?: readonly SqlValue[]) {
    return this.exclusive(() => this.direct.run(sql, params));
  }
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    return this.exclusive(() => this.direct.get<T>(sql, params));
  }
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    return this.exclusive(() => this.direct.all<T>(sql, params));
  }
  exec(sql: string) {
    return this.exclusive(() => this.direct.exec(sql));
  }

  /**
   * Runs `fn` in a transaction of its own, as the interface says. Transactions asked for while
   * another is open wait, and then run one after the other inside one SQLite transaction, each in
   * a savepoint: one that throws is rolled back to its savepoint alone, and each resolves only
   * once the shared COMMIT is on disk. With `synchronous = FULL` every COMMIT waits for the disk,
   * so under load (many parents signing up at once) one wait then serves many requests instead
   * of one each; alone, a transaction runs as before.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return Promise.reject(misuse());
    return new Promise<T>((resolve, reject) => {
      const waiting: WaitingTransaction = { fn, resolve: resolve as (value: unknown) => void, reject };
      if (this.waiting) {
        this.waiting.push(waiting);
        return;
      }
      const group = (this.waiting = [waiting]);
      void this.enqueue(async () => {
        // one turn of the event loop, so the requests that came in with this one join it
        await new Promise((turn) => setImmediate(turn));
        this.waiting = undefined; // from now on, a transaction asked for waits for the next group
        await this.runTogether(group);
      });
    });
  }

  private async runTogether(group: readonly WaitingTransaction[]): Promise<void> {
    try {
      this.begin.run();
    } catch (error) {
      for (const t of group) t.reject(error);
      return;
    }
    const done: [WaitingTransaction, unknown][] = [];
    for (const [i, t] of group.entries()) {
      try {
        this.savepoint.run();
        const result = await this.inTransaction.run(true, () => t.fn(this.direct));
        this.release.run();
        done.push([t, result]);
      } catch (error) {
        t.reject(error);
        try {
          if (this.db.inTransaction) {
            // only this one is undone; the group goes on
            this.rollbackTo.run();
            this.release.run();
            continue;
          }
        } catch {
          // the savepoint is gone too: as below
        }
        // SQLite ended the whole transaction itself (a full disk, an I/O error): nothing of the
        // group so far was kept; the ones not yet run get a transaction of their own
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        for (const [earlier] of done) earlier.reject(error);
        if (i + 1 < group.length) await this.runTogether(group.slice(i + 1));
        return;
      }
    }
    try {
      this.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const [t] of done) t.reject(error);
      return;
    }
    for (const [t, result] of done) t.resolve(result);
  }

  /** One process serves a SQLite file: nobody else can be running the job. */
  runAlone<T>(_job: string, fn: () => Promise<T>): Promise<T | undefined> {
    return fn();
  }

  async migrate(migrations: readonly Migration[]): Promise<string[]> {
    const seen = new Set<string>();
    for (const m of migrations) {
      if (seen.has(m.id)) throw new Error(`duplicate migration id ${m.id}`);
      seen.add(m.id);
    }
    const applied = new Set((await this.all<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      await this.transaction(async (tx) => {
        if (typeof migration.up === 'string') await tx.exec(migration.up);
        else await migration.up(tx, this.dialect);
        await tx.run('INSERT INTO schema_migrations (id, description, applied_at) VALUES (?, ?, ?)', [
          migration.id,
          migration.description,
          Date.now(),
        ]);
      });
      done.push(migration.id);
    }
    return done;
  }

  async health(): Promise<DatabaseHealth> {
    try {
      const rows = await this.all<{ id: string }>('SELECT id FROM schema_migrations ORDER BY applied_at, rowid');
      // cheap enough for every probe: a read through the connection plus the journal mode
      return {
        ok: true,
        dialect: this.dialect,
        migrations: rows.map((r) => r.id),
        details: { journalMode: String(this.db.pragma('journal_mode', { simple: true })) },
      };
    } catch (error) {
      return { ok: false, dialect: this.dialect, migrations: [], details: {}, error: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.bus.close();
    await this.queue;
    if (this.db.open) this.db.close();
  }
}
