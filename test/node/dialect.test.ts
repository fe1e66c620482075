import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPostgresUrl, toPostgres } from '../../server/db/dialect.js';

describe('SQL for PostgreSQL (server/db/dialect.ts)', () => {
  it('numbers the placeholders, leaving question marks in literals, identifiers and comments alone', () => {
    assert.equal(
      toPostgres(`SELECT * FROM t WHERE a = ? AND b = '?' AND "c?" = ? -- why?\nAND d IN (?, ?)`),
      `SELECT * FROM t WHERE a = $1 AND b = '?' AND "c?" = $2 -- why?\nAND d IN ($3, $4)`,
    );
    assert.equal(toPostgres(`SELECT 'it''s ?' , ?`), `SELECT 'it''s ?' , $1`);
  });

  it('makes INTEGER columns 64-bit, since epoch milliseconds do not fit 32 bits', () => {
    assert.equal(
      toPostgres("CREATE TABLE t (at INTEGER NOT NULL, n integer, integers TEXT, note TEXT DEFAULT 'INTEGER')"),
      "CREATE TABLE t (at BIGINT NOT NULL, n BIGINT, integers TEXT, note TEXT DEFAULT 'INTEGER')",
    );
    assert.equal(toPostgres('ALTER TABLE t ADD COLUMN handled_at INTEGER;'), 'ALTER TABLE t ADD COLUMN handled_at BIGINT;');
  });

  it('tells a PostgreSQL URL from anything else', () => {
    assert.equal(isPostgresUrl('postgres://u@h/db'), true);
    assert.equal(isPostgresUrl('postgresql://u@h:5432/db'), true);
    assert.equal(isPostgresUrl('mysql://u@h/db'), false);
    assert.equal(isPostgresUrl(undefined), false);
  });
});
