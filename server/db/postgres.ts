import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { LocalBus, RESYNC } from './bus.js';
import type { Database, DatabaseHealth, Migration, Queryable, RunResult, SqlValue } from './database.js';
import { RETRYABLE_CODES, toPostgres } from './dialect.js';

type Sql = postgres.Sql<Record<string, never>>;
type TransactionSql = postgres.TransactionSql<Record<string, never>>;

const misuse = () => new Error('database used inside db.transaction(): use the `tx` the callback receives (and no nested transactions)');

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at BIGINT NOT NULL,
  seq BIGSERIAL
)`;

/** One number for every DigiPlein server on this database: migrations run under this advisory lock. */
const MIGRATION_LOCK = 4_242_001;
/**
 * How often a transaction that lost a conflict runs again. Ten parents booking the same slot at
 * the same moment conflict on its row: each round one wins, so the last needs about ten rounds.
 */
const MAX_ATTEMPTS = 40;
/** The first half of the two-number advisory locks of `runAlone` (the second is the job's hash). */
const JOB_LOCKS = 4_242;

/** The NOTIFY channel of the bus, and where a message too long for NOTIFY (8,000 bytes) waits. */
const BUS_CHANNEL = 'digiplein_bus';
const BUS_OVERFLOW_TABLE = `CREATE TABLE IF NOT EXISTS bus_overflow (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  at BIGINT NOT NULL
)`;
const NOTIFY_LIMIT = 7_000;

export interface PostgresOptions {
  /** Connections in this process's pool. Default 10 (`DATABASE_POOL_SIZE`). */
  max?: number;
}

/**
 * PostgreSQL through the `postgres` client. The SQL the features write is translated in one
 * place (`dialect.ts`); `BIGINT` comes back as a JavaScript number (epoch milliseconds and
 * counts stay far below 2^53).
 *
 * Transactions run at SERIALIZABLE isolation, so they behave as if nothing else ran on the
 * database meanwhile (what the `Database` interface promises, and SQLite gives by running one
 * at a time); a transaction PostgreSQL aborts for a conflict with another is run again, up to
 * a few times. Transaction callbacks only touch the database, so running one again is safe.
 */
export class PostgresDatabase implements Database {
  readonly dialect = 'postgres' as const;
  readonly sql: Sql;
  readonly location: string;
  readonly bus: PostgresBus;
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private readonly direct: Queryable;
  private ready: Promise<void> | undefined;

  constructor(url: string, options: PostgresOptions = {}) {
    this.sql = postgres(url, {
      // at least 3: runAlone keeps one open while its job and the bus use others
      max: Math.max(3, options.max ?? (Number(process.env.DATABASE_POOL_SIZE) || 10)),
      idle_timeout: 30,
      connect_timeout: 10,
      onnotice: () => undefined,
      types: {
        bigint: { to: 20, from: [20], serialize: (x: number | bigint) => String(x), parse: (x: string) => Number(x) },
      },
    }) as unknown as Sql;
    this.direct = queryable(this.sql);
    const parsed = new URL(url);
    this.location = `postgres://${parsed.host}${parsed.pathname}`;
    this.bus = new PostgresBus(this.sql, () => this.init());
  }

  /**
   * Creates the adapter's own tables once, before the first statement. Under the migration lock:
   * CREATE TABLE IF NOT EXISTS is not safe when replicas start together on an empty database.
   */
  private init(): Promise<void> {
    this.ready ??= this.sql
      .begin(async (tx) => {
        await tx.unsafe('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await tx.unsafe(MIGRATIONS_TABLE);
        await tx.unsafe(BUS_OVERFLOW_TABLE);
      })
      .then(
        () => undefined,
        (error: unknown) => {
          this.ready = undefined;
          throw error;
        },
      );
    return this.ready;
  }

  private async outside<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) throw misuse();
    await this.init();
    return fn();
  }

  run(sql: string, params?: readonly SqlValue[]) {
    return this.outside(() => this.direct.run(sql, params));
  }
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    return this.outside(() => this.direct.get<T>(sql, params));
  }
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    return this.outside(() => this.direct.all<T>(sql, params));
  }
  exec(sql: string) {
    return this.outside(() => this.direct.exec(sql));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.outside(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await this.sql.begin('isolation level serializable', (tx) =>
            this.inTransaction.run(true, () => fn(queryable(tx as unknown as TransactionSql))),
          )) as T;
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (!code || !RETRYABLE_CODES.has(code) || attempt >= MAX_ATTEMPTS) throw error;
          // exponential back-off with full jitter, so the contenders for one row spread out
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(250, 2 ** attempt)));
        }
      }
    });
  }

  async runAlone<T>(job: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.inTransaction.getStore()) throw misuse();
    await this.init();
    const key = createHash('sha256').update(job).digest().readInt32BE(0);
    // A transaction-level lock, held by a transaction that stays open while the job runs on
    // the pool: PostgreSQL releases it however that transaction ends, even when its
    // connection drops (a session lock on a kept connection would crash the process then).
    let ran = false;
    let result: T | undefined;
    await this.sql.begin(async (tx) => {
      const [lock] = await tx.unsafe<{ ok: boolean }[]>('SELECT pg_try_advisory_xact_lock($1, $2) AS ok', [JOB_LOCKS, key]);
      if (!lock?.ok) return;
      ran = true;
      result = await fn();
    });
    return ran ? result : undefined;
  }

  async migrate(migrations: readonly Migration[]): Promise<string[]> {
    const seen = new Set<string>();
    for (const m of migrations) {
      if (seen.has(m.id)) throw new Error(`duplicate migration id ${m.id}`);
      seen.add(m.id);
    }
    await this.init();
    const done: string[] = [];
    for (const migration of migrations) {
      // several processes may start at once: one applies each migration, the others see it done
      const applied = await this.sql.begin(async (tx) => {
        await tx.unsafe('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        if ((await tx.unsafe('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id])).length) return false;
        const q = queryable(tx as unknown as TransactionSql);
        await this.inTransaction.run(true, async () => {
          if (typeof migration.up === 'string') await q.exec(migration.up);
          else await migration.up(q, this.dialect);
        });
        await tx.unsafe('INSERT INTO schema_migrations (id, description, applied_at) VALUES ($1, $2, $3)', [
          migration.id,
          migration.description,
          Date.now(),
        ]);
        return true;
      });
      if (applied) done.push(migration.id);
    }
    return done;
  }

  async health(): Promise<DatabaseHealth> {
    try {
      await this.init();
      const rows = await this.sql.unsafe<{ id: string }[]>('SELECT id FROM schema_migrations ORDER BY seq');
      const [info] = await this.sql.unsafe<{ version: string; database: string }[]>(
        "SELECT current_setting('server_version') AS version, current_database() AS database",
      );
      return {
        ok: true,
        dialect: this.dialect,
        migrations: rows.map((r) => r.id),
        details: { serverVersion: info?.version ?? '', database: info?.database ?? '' },
      };
    } catch (error) {
      return { ok: false, dialect: this.dialect, migrations: [], details: {}, error: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.bus.close();
    await this.sql.end({ timeout: 5 });
  }
}

/**
 * The bus across processes: one LISTEN connection per process; NOTIFY through the pool, one at
 * a time (publishing order). A process delivers its own messages at once and skips their echo;
 * a message longer than NOTIFY takes waits in `bus_overflow` (kept a minute). When the LISTEN
 * connection comes back after a drop, subscribers of `RESYNC` hear it: what was published
 * meanwhile is lost, so they read back from their cursor.
 */
export class PostgresBus extends LocalBus {
  /** This process (this app instance) on the bus. */
  readonly origin = randomUUID();
  private listening: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly sql: Sql,
    private readonly init: () => Promise<void>,
  ) {
    super();
  }

  override subscribe(channel: string, fn: (message: unknown) => void): () => void {
    void this.ready().catch(() => undefined);
    return super.subscribe(channel, fn);
  }

  override ready(): Promise<void> {
    let first = true;
    this.listening ??= this.sql
      .listen(
        BUS_CHANNEL,
        (payload) => void this.receive(payload),
        () => {
          // called on every (re)connect of the LISTEN connection
          if (!first) this.deliver(RESYNC, {});
          first = false;
        },
      )
      .then(
        () => undefined,
        (error: unknown) => {
          this.listening = undefined; // try again on the next subscriber, not never
          throw error;
        },
      );
    return this.listening;
  }

  override publish(channel: string, message: unknown): void {
    this.deliver(channel, message);
    if (this.closed) return;
    const body = JSON.stringify({ o: this.origin, c: channel, m: message });
    this.queue = this.queue
      .then(async () => {
        const connection = this.sql;
        let payload = body;
        if (Buffer.byteLength(body) > NOTIFY_LIMIT) {
          await this.init();
          const id = randomUUID();
          const now = Date.now();
          await connection.unsafe('DELETE FROM bus_overflow WHERE at < $1', [now - 60_000]);
          await connection.unsafe('INSERT INTO bus_overflow (id, body, at) VALUES ($1, $2, $3)', [id, body, now]);
          payload = JSON.stringify({ o: this.origin, ref: id });
        }
        await connection.unsafe('SELECT pg_notify($1, $2)', [BUS_CHANNEL, payload]);
      })
      .catch(() => undefined); // at most once: a lost notification is read back from the cursor
  }

  private async receive(payload: string): Promise<void> {
    try {
      let note = JSON.parse(payload) as { o: string; c?: string; m?: unknown; ref?: string };
      if (note.o === this.origin) return;
      if (note.ref) {
        const [row] = await this.sql.unsafe<{ body: string }[]>('SELECT body FROM bus_overflow WHERE id = $1', [note.ref]);
        if (!row) return;
        note = JSON.parse(row.body) as typeof note;
      }
      if (note.c) this.deliver(note.c, note.m);
    } catch {
      // not ours, or gone: nothing to deliver
    }
  }

  override async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await super.close();
  }
}

function queryable(sql: Sql | TransactionSql): Queryable {
  const query = (text: string, params: readonly SqlValue[]) =>
    sql.unsafe(toPostgres(text), params as postgres.ParameterOrJSON<never>[], { prepare: true });
  return {
    async run(text, params = []): Promise<RunResult> {
      return { changes: (await query(text, params)).count };
    },
    async get<T>(text: string, params: readonly SqlValue[] = []) {
      const rows = await query(text, params);
      return rows[0] as T | undefined;
    },
    async all<T>(text: string, params: readonly SqlValue[] = []) {
      return [...(await query(text, params))] as T[];
    },
    async exec(text) {
      // several statements and no parameters: the simple query protocol
      await sql.unsafe(toPostgres(text)).simple();
    },
  };
}
