/**
 * The one place where the SQL the features write (portable, SQLite-flavoured: `?` placeholders,
 * `INTEGER` for epoch milliseconds) becomes PostgreSQL's. See docs/server.md, "Database".
 *
 * - `?` outside string literals ('…'), quoted identifiers ("…") and `--` comments becomes `$1`,
 *   `$2`, … (not understood: `/* … *\/` comments, E'…' escapes and $$-quoting; the features'
 *   SQL uses none of them, and must not put a `?` in them)
 * - the type name `INTEGER` becomes `BIGINT`: epoch milliseconds do not fit PostgreSQL's
 *   32-bit integer (SQLite's INTEGER is 64-bit).
 */
const cache = new Map<string, string>();

export function toPostgres(sql: string): string {
  const cached = cache.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      // a literal or quoted identifier, with doubled quotes inside
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const j = end === -1 ? sql.length : end;
      out += sql.slice(i, j);
      i = j;
    } else if (c === '?') {
      out += `$${++n}`;
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /[A-Za-z0-9_$]/.test(sql[j]!)) j++;
      const word = sql.slice(i, j);
      out += word.toUpperCase() === 'INTEGER' ? 'BIGINT' : word;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  if (cache.size >= 1000) cache.clear();
  cache.set(sql, out);
  return out;
}

/** PostgreSQL error codes after which a transaction may simply be run again. */
export const RETRYABLE_CODES = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/** Whether a connection string asks for PostgreSQL. */
export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//i.test(url);
