import { isPostgresUrl } from './dialect.js';
import type { Database } from './database.js';
import { PostgresDatabase } from './postgres.js';
import { SqliteDatabase } from './sqlite.js';

/**
 * The database the server (and its command-line tools) use: PostgreSQL when `databaseUrl` is a
 * `postgres://` URL, otherwise the embedded SQLite file in `dataDir`.
 */
export function openDatabase(input: { dataDir: string; databaseUrl?: string | undefined }): Database {
  if (input.databaseUrl && !isPostgresUrl(input.databaseUrl)) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got "${String(input.databaseUrl).split(':')[0]}:…"`);
  }
  return isPostgresUrl(input.databaseUrl) ? new PostgresDatabase(input.databaseUrl) : new SqliteDatabase(input.dataDir);
}
