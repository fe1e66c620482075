/**
 * `npm run move-to-postgres -- postgres://user:password@host:5432/database`
 *
 * Moves a region from its SQLite file (DATA_DIR, default ./.data) to an empty PostgreSQL
 * database: builds the schema with the same migrations, copies every table in one transaction
 * and counts the rows on both sides. The SQLite file is left as it was. Stop the server first,
 * then start it with DATABASE_URL. See docs/server.md, "Moving a region to PostgreSQL".
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coreMigrations } from '../core/migrations.js';
import { isPostgresUrl } from '../db/dialect.js';
import { moveToPostgres } from '../db/move.js';
import { PostgresDatabase } from '../db/postgres.js';
import { SqliteDatabase } from '../db/sqlite.js';
import { features } from '../features/index.js';

const url = process.argv[2] ?? process.env.DATABASE_URL;
const dataDir = resolve(process.env.DATA_DIR || '.data');
if (!isPostgresUrl(url)) {
  console.error('Usage: DATA_DIR=<folder with digiplein.sqlite> npm run move-to-postgres -- postgres://user:password@host:5432/database');
  process.exit(2);
}
if (!existsSync(join(dataDir, 'digiplein.sqlite'))) {
  console.error(`No SQLite database in ${dataDir} (set DATA_DIR to the folder with digiplein.sqlite).`);
  process.exit(2);
}

const source = new SqliteDatabase(dataDir);
const target = new PostgresDatabase(url);
try {
  const result = await moveToPostgres(source, target, [...coreMigrations, ...features.flatMap((f) => f.migrations ?? [])]);
  for (const { table, rows } of result.tables) console.log(`  ${table.padEnd(28)} ${rows}`);
  console.log(
    `Moved ${source.file} to ${target.location}: ${result.tables.reduce((n, t) => n + t.rows, 0)} rows in ${result.tables.length} tables.`,
  );
  console.log('Start the server with DATABASE_URL set to that database.');
} catch (error) {
  console.error(`Not moved: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await source.close();
  await target.close();
}
