import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { CODE_ALPHABET } from '../../../src/core/api/routes.js';
import type { Change, Family, Role } from '../../../src/core/api/routes.js';

/**
 * Data access of shared routes, through the portable `Database` interface. Tokens and codes:
 * the database keeps only the SHA-256 of a token; codes are 8 characters without look-alikes.
 */

export interface RouteRow {
  id: string;
  code: string;
  family: string;
  steps: string;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
}

export interface MemberRow {
  token_hash: string;
  route_id: string;
  role: Role;
  account_id: string | null;
  organisation_id: string | null;
  joined_at: number;
  left_at: number | null;
}

export const migrations = [
  {
    id: 'routes-001',
    description: 'shared routes, their members (role tokens) and changes',
    up: `
      CREATE TABLE shared_routes (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        family TEXT NOT NULL,
        steps TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        closed_at INTEGER
      );
      CREATE TABLE shared_route_members (
        token_hash TEXT PRIMARY KEY,
        route_id TEXT NOT NULL,
        role TEXT NOT NULL,
        account_id TEXT,
        organisation_id TEXT,
        joined_at INTEGER NOT NULL,
        left_at INTEGER
      );
      CREATE INDEX shared_route_members_route ON shared_route_members (route_id, role);
      CREATE INDEX shared_route_members_account ON shared_route_members (account_id);
      CREATE TABLE shared_route_changes (
        route_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,
        body TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        PRIMARY KEY (route_id, seq),
        UNIQUE (route_id, id)
      );
    `,
  },
];

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export function newCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export async function insertRoute(
  tx: Queryable,
  family: Family,
  steps: string[],
  now: number,
  code?: string,
  id: string = randomUUID(),
): Promise<RouteRow> {
  // A code is unique; on the rare clash, draw again.
  for (let attempt = 0; ; attempt++) {
    const candidate = code ?? newCode();
    const taken = await tx.get('SELECT 1 AS x FROM shared_routes WHERE code = ?', [candidate]);
    if (!taken) {
      await tx.run('INSERT INTO shared_routes (id, code, family, steps, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
        id,
        candidate,
        JSON.stringify(family),
        JSON.stringify(steps),
        now,
        now,
      ]);
      return {
        id,
        code: candidate,
        family: JSON.stringify(family),
        steps: JSON.stringify(steps),
        created_at: now,
        updated_at: now,
        closed_at: null,
      };
    }
    if (code || attempt > 10) throw new Error('could not draw a free route code');
  }
}

export async function addMember(
  tx: Queryable,
  routeId: string,
  role: Role,
  now: number,
  account?: { accountId: string; organisationId: string },
): Promise<string> {
  const token = newToken();
  await tx.run(
    'INSERT INTO shared_route_members (token_hash, route_id, role, account_id, organisation_id, joined_at) VALUES (?, ?, ?, ?, ?, ?)',
    [hashToken(token), routeId, role, account?.accountId ?? null, account?.organisationId ?? null, now],
  );
  return token;
}

/** The active member a token belongs to, on this route. */
export async function memberByToken(db: Queryable, routeId: string, token: string): Promise<MemberRow | undefined> {
  return db.get<MemberRow>('SELECT * FROM shared_route_members WHERE token_hash = ? AND route_id = ? AND left_at IS NULL', [
    hashToken(token),
    routeId,
  ]);
}

export async function activeRoles(db: Queryable, routeId: string): Promise<Role[]> {
  const rows = await db.all<{ role: Role }>(
    'SELECT DISTINCT role FROM shared_route_members WHERE route_id = ? AND left_at IS NULL ORDER BY role',
    [routeId],
  );
  return rows.map((r) => r.role);
}

/** Appends changes not stored before (by id); returns how many were new and the latest sequence number. */
export async function appendChanges(
  tx: Queryable,
  routeId: string,
  changes: readonly Change[],
  now: number,
): Promise<{ accepted: number; seq: number }> {
  const last = await tx.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM shared_route_changes WHERE route_id = ?', [routeId]);
  let seq = last?.seq ?? 0;
  let accepted = 0;
  for (const c of changes) {
    const result = await tx.run(
      'INSERT INTO shared_route_changes (route_id, seq, id, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (route_id, id) DO NOTHING',
      [routeId, seq + 1, c.id, JSON.stringify(c), now],
    );
    if (result.changes) {
      seq++;
      accepted++;
    }
  }
  if (accepted) await tx.run('UPDATE shared_routes SET updated_at = ? WHERE id = ?', [now, routeId]);
  return { accepted, seq };
}

export async function changesSince(db: Queryable, routeId: string, since: number): Promise<{ changes: Change[]; seq: number }> {
  const rows = await db.all<{ seq: number; body: string }>(
    'SELECT seq, body FROM shared_route_changes WHERE route_id = ? AND seq > ? ORDER BY seq',
    [routeId, since],
  );
  if (rows.length) {
    // the last row read, not a later MAX(seq): a change committed between the two reads would
    // otherwise be skipped by the client's cursor for good
    return { changes: rows.map((r) => JSON.parse(r.body) as Change), seq: rows.at(-1)!.seq };
  }
  const last = await db.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM shared_route_changes WHERE route_id = ?', [routeId]);
  // nothing new: the cursor stays (or comes down, if the route's changes were removed)
  return { changes: [], seq: Math.min(since, last?.seq ?? 0) };
}

export async function deleteRoutes(tx: Queryable, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await tx.run('DELETE FROM shared_route_changes WHERE route_id = ?', [id]);
    await tx.run('DELETE FROM shared_route_members WHERE route_id = ?', [id]);
    await tx.run('DELETE FROM shared_routes WHERE id = ?', [id]);
  }
}
