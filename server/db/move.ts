import type { Database, Migration, SqlValue } from './database.js';
import type { SqliteDatabase } from './sqlite.js';

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters for the widest table. */
const BATCH = 200;
/** The adapter's own bookkeeping, made by each side itself. */
const SKIP = new Set(['schema_migrations', 'bus_overflow']);

export interface MoveResult {
  tables: { table: string; rows: number }[];
}

/**
 * Moves a region from its SQLite file to an empty PostgreSQL database: the same migrations
 * build the schema there, then every table's rows are copied in one transaction (parents
 * before children, for the foreign keys) and counted on both sides. Nothing is changed in
 * the SQLite file. Refuses a source whose migrations are behind the code, or a target that
 * already holds data.
 */
export async function moveToPostgres(source: SqliteDatabase, target: Database, migrations: readonly Migration[]): Promise<MoveResult> {
  if (target.dialect !== 'postgres') throw new Error('the target must be a PostgreSQL database (postgres://…)');
  const applied = new Set((await source.health()).migrations);
  const missing = migrations.filter((m) => !applied.has(m.id)).map((m) => m.id);
  if (missing.length) {
    throw new Error(
      `the SQLite database lacks migrations ${missing.join(', ')}: start the server on it once (it migrates at start), then move`,
    );
  }

  const tables = await tablesInOrder(source);
  await target.migrate(migrations);
  for (const table of tables) {
    const row = await target.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
    if (Number(row?.n) > 0) throw new Error(`the PostgreSQL database already has rows in ${table}: move into an empty database`);
  }

  const result: MoveResult = { tables: [] };
  await target.transaction(async (tx) => {
    result.tables = [];
    for (const table of tables) {
      const columns = (await source.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)).map((c) => c.name);
      const rows = await source.all<Record<string, SqlValue>>(`SELECT ${columns.join(', ')} FROM ${table}`);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const values = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
        await tx.run(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`,
          batch.flatMap((r) => columns.map((c) => r[c] ?? null)),
        );
      }
      const copied = await tx.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
      if (Number(copied?.n) !== rows.length) throw new Error(`${table}: ${rows.length} rows read, ${copied?.n} written`);
      result.tables.push({ table, rows: rows.length });
    }
  });
  return result;
}

/** The SQLite tables to copy, each after the tables its foreign keys point to. */
async function tablesInOrder(source: SqliteDatabase): Promise<string[]> {
  const names = (
    await source.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  )
    .map((r) => r.name)
    .filter((n) => !SKIP.has(n));
  const parents = new Map<string, string[]>();
  for (const name of names) {
    const keys = await source.all<{ table: string }>(`SELECT "table" FROM pragma_foreign_key_list('${name}')`);
    parents.set(
      name,
      keys.map((k) => k.table).filter((t) => t !== name),
    );
  }
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a loop: ${[...path, name].join(' → ')}`);
    for (const parent of parents.get(name) ?? []) if (parents.has(parent)) visit(parent, [...path, name]);
    ordered.push(name);
  };
  names.forEach((n) => visit(n, []));
  return ordered;
}
