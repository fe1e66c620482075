/**
 * The data access interface every part of the server uses. It is asynchronous and speaks
 * portable SQL with `?` placeholders, so a PostgreSQL adapter (translating `?` to `$1…`)
 * can replace the SQLite one without changes elsewhere. See docs/server.md for the
 * portable subset (TEXT, INTEGER epoch milliseconds, ids made by the application).
 */
import type { Bus } from './bus.js';

export type SqlValue = string | number | bigint | null | Uint8Array;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** Statements, inside or outside a transaction. */
export interface Queryable {
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A migration a feature contributes. Ids are `<feature>-NNN`, applied once, in list order. */
export interface Migration {
  id: string;
  description: string;
  /**
   * SQL statements, or a function for changes SQL alone cannot express. The function is told
   * the dialect for the rare change that portable SQL cannot make (a CHECK constraint).
   */
  up: string | ((tx: Queryable, dialect: Database['dialect']) => Promise<void>);
}

export interface DatabaseHealth {
  ok: boolean;
  dialect: string;
  /** Ids of the migrations applied, in order. */
  migrations: string[];
  /** Journal mode and other adapter details that help an operator. */
  details: Record<string, string | number | boolean>;
  error?: string;
}

export interface Database extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the data lives, for messages: the SQLite file, or PostgreSQL's host and database (never a password). */
  readonly location: string;
  /** Messages to every server process on this database (see bus.ts). */
  readonly bus: Bus;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Use it wherever an invariant spans several statements (a slot must not be overbooked).
   * Nothing else runs on the database while the transaction is open.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` unless another server process runs the job of the same name right now, so timed
   * jobs (retention, chat reminders) run once across processes; undefined when skipped.
   */
  runAlone<T>(job: string, fn: () => Promise<T>): Promise<T | undefined>;
  /** Applies the migrations not yet applied, each in its own transaction; returns their ids. */
  migrate(migrations: readonly Migration[]): Promise<string[]>;
  health(): Promise<DatabaseHealth>;
  close(): Promise<void>;
}
