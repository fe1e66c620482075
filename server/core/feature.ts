import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage } from 'node:http';
import {
  createAccountRequest,
  deskAccount,
  deskAccountList,
  deskSession,
  disableAccountRequest,
  loginRequest,
} from '../../src/core/api/desk.js';
import type { DeskSession } from '../../src/core/api/desk.js';
import { health } from '../../src/core/api/health.js';
import { AccountError, createAccount, findAccountByEmail } from '../auth/accounts.js';
import type { AccountRow } from '../auth/accounts.js';
import { requireProfessional } from '../auth/guard.js';
import { verifyNothing, verifyPassword } from '../auth/password.js';
import { clearedCookie, createSession, deleteSession, sessionCookie, sessionToken } from '../auth/sessions.js';
import type { Database } from '../db/database.js';
import type { Feature, FeatureContext } from '../features/types.js';
import { errors, HttpError } from '../http/errors.js';
import { Reply } from '../http/router.js';
import type { NamedRateLimit } from '../http/router.js';
import type { OpenApiDocument } from '../openapi/generate.js';
import { coreMigrations } from './migrations.js';

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** Login attempts per client address: 10 a minute. */
export const LOGIN_LIMIT: NamedRateLimit = { name: 'login', max: 10, windowMs: 60_000 };
/** Wrong passwords one account may get (from any addresses) before it has to wait. */
export const ACCOUNT_FREE_TRIES = 5;

/** The request came over https (directly, or through a trusted proxy that says so). */
export function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  return (
    trustProxy &&
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]!
      .trim() === 'https'
  );
}

export async function sessionBody(db: Database, accountId: string, expiresAt: Date): Promise<DeskSession> {
  const row = await db.get<AccountRow & { organisation_name: string }>(
    `SELECT a.*, o.name AS organisation_name FROM accounts a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?`,
    [accountId],
  );
  if (!row) throw errors.unauthenticated();
  return {
    account: { id: row.id, name: row.name, email: row.email, role: row.role },
    organisation: { id: row.organisation_id, name: row.organisation_name },
    expiresAt: expiresAt.toISOString(),
  };
}

const emailTaken = () =>
  new HttpError(409, 'email_taken', {
    nl: 'Er is al een account met dit e-mailadres.',
    en: 'There already is an account with this e-mail address.',
  });

/**
 * The core feature: health, the OpenAPI document, desk login/logout/session and the
 * organisation's accounts. Always first in the list, so its tables exist for every feature.
 */
export function coreFeature(openapi: () => OpenApiDocument): Feature {
  return {
    name: 'core',
    migrations: coreMigrations,
    retention: [
      {
        kind: 'sessions',
        defaultDays: 0,
        description: 'desk sessions, from the moment they expire',
        async purge(db, cutoff) {
          return (await db.run('DELETE FROM sessions WHERE expires_at <= ?', [cutoff.getTime()])).changes;
        },
      },
      {
        kind: 'login-failures',
        defaultDays: 1,
        description: 'wrong-password counts per account (a hash of the address typed), from the end of the last wait',
        async purge(db, cutoff) {
          return (await db.run('DELETE FROM login_failures WHERE until_at <= ?', [cutoff.getTime()])).changes;
        },
      },
    ],
    routes(router, ctx: FeatureContext) {
      const { db, options } = ctx;

      router.add({
        method: 'GET',
        path: '/api/health',
        summary: 'Database state',
        openapi: {
          responses: { 200: 'The server and its database work.', 503: 'The database does not answer.' },
          errors: [429],
        },
        access: 'public',
        response: health,
        async handler() {
          const database = await db.health();
          const body = { status: database.ok ? ('ok' as const) : ('unavailable' as const), database, version };
          return database.ok ? body : new Reply(503, body);
        },
      });

      router.add({
        method: 'GET',
        path: '/api/openapi.json',
        summary: "This document, composed from the base and every feature's fragment",
        openapi: {
          responses: { 200: 'The OpenAPI document.' },
        },
        access: 'public',
        handler: () => openapi(),
      });

      /**
       * Next to the per-address limit, a per-account one: wrong passwords for one account from
       * many addresses. After ACCOUNT_FREE_TRIES failures the account waits a minute before the
       * next try is checked, doubling with each further failure up to 15 minutes; a good login
       * clears it. Kept in the database (so it holds across server processes), keyed by a hash of
       * the e-mail address typed (also for unknown addresses); old rows go with retention.
       */
      const whoHash = (who: string) => createHash('sha256').update(`login:${who}`).digest('base64url');
      const failedLogin = async (who: string, nowMs: number) => {
        await db.transaction(async (tx) => {
          const row = await tx.get<{ failures: number }>('SELECT failures FROM login_failures WHERE who_hash = ?', [whoHash(who)]);
          const failures = (row?.failures ?? 0) + 1;
          const extra = failures - ACCOUNT_FREE_TRIES;
          const wait = extra < 0 ? 0 : Math.min(15 * 60_000, 60_000 * 2 ** extra);
          await tx.run(
            `INSERT INTO login_failures (who_hash, failures, until_at) VALUES (?, ?, ?)
             ON CONFLICT (who_hash) DO UPDATE SET failures = excluded.failures, until_at = excluded.until_at`,
            [whoHash(who), failures, nowMs + wait],
          );
        });
      };

      router.add({
        method: 'POST',
        path: '/api/desk/login',
        summary: 'Log in to the desk; sets the session cookie',
        openapi: {
          responses: { 200: 'Logged in. Set-Cookie: digiplein_desk=…; HttpOnly; SameSite=Strict.' },
          errors: [400, 401, 429],
        },
        access: 'public',
        rateLimit: LOGIN_LIMIT,
        body: loginRequest,
        response: deskSession,
        async handler({ body, req }) {
          const who = body.email.trim().toLowerCase();
          const nowMs = ctx.now().getTime();
          const locked = await db.get<{ until_at: number }>('SELECT until_at FROM login_failures WHERE who_hash = ?', [whoHash(who)]);
          if (locked && locked.until_at > nowMs) throw errors.rateLimited(Math.ceil((locked.until_at - nowMs) / 1000));
          const account = await findAccountByEmail(db, body.email);
          const ok = account ? await verifyPassword(body.password, account.password_hash) : await verifyNothing(body.password);
          // a disabled account gets the same answer as a wrong password: nothing to learn
          if (!account || !ok || account.disabled_at) {
            await failedLogin(who, nowMs);
            throw errors.invalidCredentials();
          }
          await db.run('DELETE FROM login_failures WHERE who_hash = ?', [whoHash(who)]);
          const { token, expiresAt } = await createSession(db, account.id, ctx.now(), options.sessionTtlMs);
          ctx.log.info('desk login');
          return new Reply(200, await sessionBody(db, account.id, expiresAt), {
            'set-cookie': sessionCookie(token, options.sessionTtlMs, isHttps(req, options.trustProxy)),
          });
        },
      });

      router.add({
        method: 'POST',
        path: '/api/desk/logout',
        summary: 'End the session (also without one)',
        openapi: {
          responses: { 204: 'Logged out; the cookie is cleared.' },
        },
        access: 'public',
        rateLimit: LOGIN_LIMIT,
        async handler({ req }) {
          const token = sessionToken(req);
          if (token) await deleteSession(db, token);
          return new Reply(204, undefined, { 'set-cookie': clearedCookie(isHttps(req, options.trustProxy)) });
        },
      });

      router.add({
        method: 'GET',
        path: '/api/desk/session',
        summary: 'Who is logged in',
        openapi: {
          responses: { 200: 'The session.' },
          errors: [401],
        },
        access: 'professional',
        response: deskSession,
        async handler(c) {
          const professional = requireProfessional(c);
          return sessionBody(db, professional.accountId, c.sessionExpiresAt!);
        },
      });

      router.add({
        method: 'GET',
        path: '/api/desk/accounts',
        summary: "The accounts of the caller's organisation (admins)",
        openapi: {
          responses: { 200: 'The accounts.' },
          errors: [401, 403],
        },
        access: 'admin',
        response: deskAccountList,
        async handler(c) {
          const { organisationId } = requireProfessional(c, 'admin');
          const rows = await db.all<AccountRow>('SELECT * FROM accounts WHERE organisation_id = ? ORDER BY name, email', [organisationId]);
          return {
            accounts: rows.map((r) => ({
              id: r.id,
              name: r.name,
              email: r.email,
              role: r.role,
              ...(r.disabled_at ? { disabled: true } : {}),
            })),
          };
        },
      });

      router.add({
        method: 'POST',
        path: '/api/desk/accounts/:id/disabled',
        summary: "Switch an account of the caller's organisation off (ending its sessions) or on again (admins; not the own account)",
        openapi: {
          responses: { 200: 'The account as it is now.' },
          errors: [400, 401, 403, 404],
        },
        access: 'admin',
        body: disableAccountRequest,
        response: deskAccount,
        async handler(c) {
          const { organisationId, accountId } = requireProfessional(c, 'admin');
          const target = await db.get<AccountRow>('SELECT * FROM accounts WHERE id = ? AND organisation_id = ?', [
            c.params.id!,
            organisationId,
          ]);
          if (!target) throw errors.notFound();
          if (target.id === accountId) throw errors.forbidden(); // never lock yourself out
          await db.transaction(async (tx) => {
            await tx.run('UPDATE accounts SET disabled_at = ? WHERE id = ?', [c.body.disabled ? ctx.now().getTime() : null, target.id]);
            if (c.body.disabled) await tx.run('DELETE FROM sessions WHERE account_id = ?', [target.id]);
          });
          ctx.log.info(c.body.disabled ? 'desk account disabled' : 'desk account enabled');
          return {
            id: target.id,
            name: target.name,
            email: target.email,
            role: target.role,
            ...(c.body.disabled ? { disabled: true } : {}),
          };
        },
      });

      router.add({
        method: 'POST',
        path: '/api/desk/accounts',
        summary: "Add an account to the caller's organisation (admins)",
        openapi: {
          responses: { 201: 'Created.' },
          errors: [400, 401, 403, 409],
        },
        access: 'admin',
        body: createAccountRequest,
        async handler(c) {
          const { organisationId } = requireProfessional(c, 'admin');
          try {
            const id = await createAccount(db, { ...c.body, organisationId }, ctx.now().getTime());
            ctx.log.info('desk account created');
            return new Reply(201, { id });
          } catch (error) {
            if (error instanceof AccountError && error.code === 'email_taken') throw emailTaken();
            throw error;
          }
        },
      });
    },
  };
}
