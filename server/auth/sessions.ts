import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Queryable } from '../db/database.js';
import type { Professional, Role } from './types.js';

/** The desk session cookie. HttpOnly, SameSite=Strict, Path=/, Secure behind https. */
export const SESSION_COOKIE = 'digiplein_desk';

/** Only a hash of the token is stored: a copy of the database opens no sessions. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function createSession(
  db: Queryable,
  accountId: string,
  now: Date,
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.run('INSERT INTO sessions (id_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
    digest(token),
    accountId,
    now.getTime(),
    expiresAt.getTime(),
  ]);
  return { token, expiresAt };
}

export interface SessionInfo extends Professional {
  expiresAt: Date;
}

/** The professional behind a session token, when the session exists and has not expired. */
export async function findSession(db: Queryable, token: string, now: Date): Promise<SessionInfo | undefined> {
  const row = await db.get<{ account_id: string; organisation_id: string; role: Role; expires_at: number }>(
    `SELECT s.account_id, a.organisation_id, a.role, s.expires_at
       FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.id_hash = ? AND s.expires_at > ? AND a.disabled_at IS NULL`,
    [digest(token), now.getTime()],
  );
  if (!row) return undefined;
  return { accountId: row.account_id, organisationId: row.organisation_id, role: row.role, expiresAt: new Date(row.expires_at) };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE id_hash = ?', [digest(token)]);
}

/** The session token from the request's cookies. */
export function sessionToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

export function sessionCookie(token: string, ttlMs: number, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor(ttlMs / 1000));
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
