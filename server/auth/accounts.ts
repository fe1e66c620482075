import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
import type { Role } from './types.js';

export interface AccountRow {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: number;
  /** Set when an admin disabled the account: no login, no session. */
  disabled_at?: number | null;
}

/** Creates the organisation when it does not exist yet (ids are slugs: `gemeente-voorbeeld`). */
export async function ensureOrganisation(db: Queryable, id: string, name: string, now = Date.now()): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error('organisation id: lower-case letters, digits and hyphens');
  await db.run('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [id, name, now]);
}

export interface NewAccount {
  organisationId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

export class AccountError extends Error {
  constructor(readonly code: 'email_taken' | 'weak_password' | 'unknown_organisation') {
    super(code);
  }
}

/** Adds a professional's account. E-mail addresses are unique (case-insensitive). */
export async function createAccount(db: Queryable, input: NewAccount, now = Date.now()): Promise<string> {
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new AccountError('weak_password');
  const hash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  if (!(await db.get('SELECT id FROM organisations WHERE id = ?', [input.organisationId]))) {
    throw new AccountError('unknown_organisation');
  }
  if (await db.get('SELECT id FROM accounts WHERE email = ?', [email])) throw new AccountError('email_taken');
  const id = randomUUID();
  await db.run('INSERT INTO accounts (id, organisation_id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    input.organisationId,
    email,
    input.name.trim(),
    input.role,
    hash,
    now,
  ]);
  return id;
}

export function findAccountByEmail(db: Queryable, email: string): Promise<AccountRow | undefined> {
  return db.get<AccountRow>('SELECT * FROM accounts WHERE email = ?', [email.trim().toLowerCase()]);
}
