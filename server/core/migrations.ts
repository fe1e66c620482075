import type { Migration } from '../db/database.js';

/** The core's tables: organisations, professionals' accounts and desk sessions. */
export const coreMigrations: Migration[] = [
  {
    id: 'core-001',
    description: 'organisations, accounts, sessions',
    up: `
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('professional', 'admin')),
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX accounts_organisation ON accounts (organisation_id);
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_expiry ON sessions (expires_at);
    `,
  },
  {
    id: 'core-002',
    description: 'desk accounts can be disabled by an admin of their organisation',
    up: 'ALTER TABLE accounts ADD COLUMN disabled_at INTEGER;',
  },
  {
    id: 'core-003',
    description: 'rate-limit windows and failed logins per account, shared by every server process',
    up: `
      CREATE TABLE rate_limit_windows (
        bucket TEXT PRIMARY KEY,
        window_start INTEGER NOT NULL,
        window_ms INTEGER NOT NULL,
        count INTEGER NOT NULL
      );
      CREATE TABLE login_failures (
        who_hash TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        until_at INTEGER NOT NULL
      );
    `,
  },
];
