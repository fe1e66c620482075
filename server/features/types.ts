import type { Database, Migration } from '../db/database.js';
import type { FeatureRouter } from '../http/router.js';
import type { Logger } from '../log.js';
import type { ResolvedOptions } from '../options.js';

/** What a feature's routes, retention and seed code get from the server. */
export interface FeatureContext {
  db: Database;
  options: ResolvedOptions;
  /** The clock (tests move it); use it instead of `new Date()` for anything that expires. */
  now(): Date;
  log: Logger;
  /**
   * The DigiPlein config this server runs with (`SITE_CONFIG`, in `--demo` mode
   * `demo/digiplein.json`), as parsed JSON; undefined when there is none. Validate the part
   * you read with its schema from `src/core/config/schema/`.
   */
  siteConfig: unknown;
}

/**
 * A kind of record that is deleted after a period. The period is `RETENTION_<KIND>_DAYS`
 * (kind upper-cased, `-` as `_`), else `defaultDays`.
 */
export interface RetentionRule {
  /** `chats`, `signups`, …: the name operators configure. */
  kind: string;
  defaultDays: number;
  /** What is deleted and from when the period counts, for docs and logs. */
  description: string;
  /**
   * Deletes the records whose period ended before `cutoff` (= now minus the period) and
   * returns how many. For sign-ups the period counts from the appointment, for chats from
   * the last message: the rule decides which column it compares.
   */
  purge(db: Database, cutoff: Date, now: Date): Promise<number>;
}

/**
 * A server feature: one per widget backend (sign-ups, chat, stap-tracker) plus `core`.
 * Listed in `server/features/index.ts`. See docs/server.md.
 */
export interface Feature {
  /** Short lower-case name; prefix of its migration ids and OpenAPI fragment file. */
  name: string;
  /** Applied in order at start, each once, in a transaction. Ids `<name>-001`, `<name>-002`, … */
  migrations?: Migration[];
  /** Registers the feature's routes (all under `/api/`). */
  routes?(router: FeatureRouter, ctx: FeatureContext): void;
  /** Clean-up rules, run at start and then periodically. */
  retention?: RetentionRule[];
  /** Adds fictional demo data (only with `--demo`); must be idempotent (it runs on every start). */
  seedDemo?(ctx: FeatureContext): Promise<void>;
  /**
   * Called when the server stops, once it no longer accepts connections and before it waits
   * for requests in flight: end long-lived responses (event streams) here so shutdown is quick.
   */
  close?(ctx: FeatureContext): void | Promise<void>;
}
