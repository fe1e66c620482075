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
  {
    id: 'core-004',
    description: 'the role coordinator (runs the spreekuren and meetings of the organisation)',
    // A CHECK constraint cannot be altered portably: PostgreSQL swaps it, SQLite rebuilds the table.
    async up(tx, dialect) {
      const allowed = "role IN ('professional', 'coordinator', 'admin')";
      if (dialect === 'postgres') {
        await tx.exec(`ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
          ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (${allowed});`);
        return;
      }
      // Dropping the old table deletes the sessions through ON DELETE CASCADE (foreign keys are
      // on, and cannot be switched off inside the migration's transaction): keep them aside.
      await tx.exec(`
        CREATE TABLE accounts_next (
          id TEXT PRIMARY KEY,
          organisation_id TEXT NOT NULL REFERENCES organisations (id),
          email TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (${allowed}),
          password_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          disabled_at INTEGER
        );
        INSERT INTO accounts_next (id, organisation_id, email, name, role, password_hash, created_at, disabled_at)
          SELECT id, organisation_id, email, name, role, password_hash, created_at, disabled_at FROM accounts;
        CREATE TEMP TABLE sessions_kept AS SELECT * FROM sessions;
        DROP TABLE accounts;
        ALTER TABLE accounts_next RENAME TO accounts;
        CREATE INDEX accounts_organisation ON accounts (organisation_id);
        INSERT INTO sessions SELECT * FROM sessions_kept;
        DROP TABLE sessions_kept;
      `);
    },
  },
];
