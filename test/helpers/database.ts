/**
 * Which database the server tests run on. `npm test` runs the server tests twice: on SQLite
 * (a fresh folder per server) and on PostgreSQL, when `TEST_POSTGRES_URL` points at a throwaway
 * server (`scripts/postgres.mjs` starts one): then every test server gets a database of its own.
 */
import postgres from 'postgres';
import type { Queryable } from '../../server/db/database.js';

export const testPostgresUrl = process.env.TEST_POSTGRES_URL || undefined;
export const testDialect: 'sqlite' | 'postgres' = testPostgresUrl ? 'postgres' : 'sqlite';

let admin: postgres.Sql | undefined;
let counter = 0;
let live = 0;

function adminSql(): postgres.Sql {
  admin ??= postgres(testPostgresUrl!, { max: 2, onnotice: () => undefined, idle_timeout: 5 });
  return admin;
}

/** A fresh, empty database on the test PostgreSQL server; undefined when the tests run on SQLite. */
export async function createTestDatabase(): Promise<string | undefined> {
  if (!testPostgresUrl) return undefined;
  const name = `digiplein_test_${process.pid}_${++counter}`;
  await adminSql().unsafe(`CREATE DATABASE ${name}`);
  live++;
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Removes a database `createTestDatabase` made (its connections are closed first). */
export async function dropTestDatabase(url: string | undefined): Promise<void> {
  if (!url || !testPostgresUrl) return;
  const name = new URL(url).pathname.slice(1);
  if (!/^digiplein_test_\d+_\d+$/.test(name)) throw new Error(`not a test database: ${name}`);
  await adminSql().unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  // the last one gone: close the admin connection, so the test process can end at once
  if (--live <= 0) await closeTestDatabases();
}

/** The tables of a database, on either dialect. */
export async function tableNames(db: Queryable): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    testDialect === 'postgres'
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
      : "SELECT name FROM sqlite_master WHERE type = 'table'",
  );
  return rows.map((r) => r.name).sort();
}

/** Closes the admin connection, so the test process can end. */
export async function closeTestDatabases(): Promise<void> {
  await admin?.end({ timeout: 2 });
  admin = undefined;
}
