import { safetySignal } from '../../safety.js';
import type { SafetyStrength } from '../../../src/core/safety/detect.js';
import { createHash, createHmac, randomInt, randomUUID } from 'node:crypto';
import type { Queryable, Database } from '../../db/database.js';
import type { DeskSignup, Details, SignupResponse, Slot } from '../../../src/core/api/signups.js';
import { signupErrors } from './errors.js';

/**
 * The sign-up data, behind the server's `Database` interface in portable SQL (times as epoch
 * milliseconds). The invariant "a slot is never overbooked" is kept by one conditional UPDATE
 * (`booked < capacity`) inside the booking transaction.
 */

export const migrations = [
  {
    id: 'signups-001',
    description: 'spreekuren, slots and sign-ups',
    up: `
      CREATE TABLE signup_spreekuren (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE signup_slots (
        id TEXT PRIMARY KEY,
        spreekuur_id TEXT NOT NULL REFERENCES signup_spreekuren(id),
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        capacity INTEGER NOT NULL,
        booked INTEGER NOT NULL DEFAULT 0,
        CHECK (booked >= 0 AND booked <= capacity)
      );
      CREATE INDEX signup_slots_by_spreekuur ON signup_slots (spreekuur_id, start_at);
      CREATE TABLE signups (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_hash TEXT NOT NULL UNIQUE,
        cancel_hash TEXT NOT NULL,
        organisation_id TEXT NOT NULL,
        spreekuur_id TEXT NOT NULL,
        slot_id TEXT NOT NULL,
        slot_start INTEGER NOT NULL,
        slot_end INTEGER NOT NULL,
        status TEXT NOT NULL,
        handled_at INTEGER,
        name TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        postcode TEXT,
        theme TEXT NOT NULL,
        question TEXT,
        contact_by TEXT NOT NULL,
        lang TEXT,
        email_hash TEXT,
        phone_hash TEXT,
        created_at INTEGER NOT NULL,
        cancelled_at INTEGER
      );
      CREATE INDEX signups_by_organisation ON signups (organisation_id, slot_start);
      CREATE INDEX signups_by_email ON signups (email_hash, created_at);
      CREATE INDEX signups_by_phone ON signups (phone_hash, created_at);
      CREATE INDEX signups_by_end ON signups (slot_end);
    `,
  },
  {
    id: 'signups-002',
    description: 'a danger signal in the question of a sign-up, for the desk flag',
    up: 'ALTER TABLE signups ADD COLUMN safety TEXT;',
  },
  {
    id: 'signups-003',
    // A spreekuur from before (the CLI, the demo) gets as default places the most any of its
    // times has (a meeting of 12 stays 12 when a coordinator adds a time), else 1.
    description: 'spreekuren and meetings run in the desk: kind, place, description, default places; closed times',
    up: `
      ALTER TABLE signup_spreekuren ADD COLUMN kind TEXT NOT NULL DEFAULT 'spreekuur';
      ALTER TABLE signup_spreekuren ADD COLUMN online INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE signup_spreekuren ADD COLUMN location TEXT;
      ALTER TABLE signup_spreekuren ADD COLUMN link TEXT;
      ALTER TABLE signup_spreekuren ADD COLUMN description TEXT;
      ALTER TABLE signup_spreekuren ADD COLUMN default_capacity INTEGER NOT NULL DEFAULT 1;
      UPDATE signup_spreekuren SET default_capacity = COALESCE(
        (SELECT MAX(capacity) FROM signup_slots WHERE signup_slots.spreekuur_id = signup_spreekuren.id), 1);
      ALTER TABLE signup_slots ADD COLUMN closed_at INTEGER;
      CREATE INDEX signups_by_slot ON signups (slot_id, status);
    `,
  },
  {
    id: 'signups-004',
    // a time the organisation cancelled is no parent's doing: the desk must not read it as one
    // (sign-ups cancelled before this stay NULL: the desk says "cancelled", as it did)
    description: 'who cancelled a sign-up: the parent, or the organisation with its time',
    up: 'ALTER TABLE signups ADD COLUMN cancelled_by TEXT;',
  },
];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The cancel token is derived from the parent's idempotency key, so a repeated request can be
 * answered with the same token while the database keeps neither the key nor the token.
 */
export const cancelTokenFor = (idempotencyKey: string, reference: string) =>
  createHmac('sha256', idempotencyKey).update(`cancel:${reference}`).digest('base64url');

/** `DP-` and six characters without look-alikes (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newReference(): string {
  let out = 'DP-';
  for (let i = 0; i < 6; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

const iso = (ms: number) => new Date(ms).toISOString();

interface SlotRow {
  id: string;
  spreekuur_id: string;
  start_at: number;
  end_at: number;
  capacity: number;
  booked: number;
  closed_at: number | null;
}

/** A spreekuur id that exists for another organisation: a widget names it by id alone, so it is never moved. */
export class SpreekuurOfOtherOrganisation extends Error {
  constructor(readonly spreekuurId: string) {
    super(`spreekuur "${spreekuurId}" belongs to another organisation`);
    this.name = 'SpreekuurOfOtherOrganisation';
  }
}

/**
 * Adds a spreekuur of an organisation; when it exists, renames it (the CLI) or, with
 * `keepName` (the demo seeding), leaves it as a coordinator may have edited it in the desk.
 * Never moves a spreekuur to another organisation: an id of another organisation throws
 * {@link SpreekuurOfOtherOrganisation}, in the same statement that checks it.
 */
export async function upsertSpreekuur(
  db: Queryable,
  input: { id: string; organisationId: string; name: string },
  now: number,
  options: { keepName?: boolean } = {},
): Promise<void> {
  const update = options.keepName ? 'organisation_id = signup_spreekuren.organisation_id' : 'name = excluded.name';
  const result = await db.run(
    `INSERT INTO signup_spreekuren (id, organisation_id, name, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET ${update} WHERE signup_spreekuren.organisation_id = excluded.organisation_id`,
    [input.id, input.organisationId, input.name, now],
  );
  if (result.changes !== 1) throw new SpreekuurOfOtherOrganisation(input.id);
}

export async function addSlot(
  db: Queryable,
  input: { spreekuurId: string; start: Date; end: Date; capacity: number; id?: string },
): Promise<string> {
  const id = input.id ?? randomUUID();
  await db.run('INSERT INTO signup_slots (id, spreekuur_id, start_at, end_at, capacity, booked) VALUES (?, ?, ?, ?, ?, 0)', [
    id,
    input.spreekuurId,
    input.start.getTime(),
    input.end.getTime(),
    input.capacity,
  ]);
  return id;
}

/** Upcoming slots (start in the future), full ones included, earliest first. */
export async function upcomingSlots(db: Queryable, spreekuurId: string, now: number): Promise<Slot[] | undefined> {
  const spreekuur = await db.get('SELECT id FROM signup_spreekuren WHERE id = ?', [spreekuurId]);
  if (!spreekuur) return undefined;
  // a closed time is no longer offered (the desk still shows it)
  const rows = await db.all<SlotRow>(
    'SELECT * FROM signup_slots WHERE spreekuur_id = ? AND start_at > ? AND closed_at IS NULL ORDER BY start_at, id LIMIT 500',
    [spreekuurId, now],
  );
  return rows.map((r) => ({
    id: r.id,
    start: iso(r.start_at),
    end: iso(r.end_at),
    capacity: r.capacity,
    remaining: Math.max(0, r.capacity - r.booked),
  }));
}

export interface BookInput {
  spreekuur: string;
  slot: string;
  idempotencyKey: string;
  details: Details;
  lang?: string;
}

interface SignupRow {
  id: string;
  reference: string;
  organisation_id: string;
  spreekuur_id: string;
  slot_id: string;
  slot_start: number;
  slot_end: number;
  status: 'booked' | 'cancelled';
  cancelled_by: 'parent' | 'organisation' | null;
  handled_at: number | null;
  name: string;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  theme: string;
  question: string | null;
  safety: SafetyStrength | null;
  contact_by: DeskSignup['contactBy'];
  lang: string | null;
  created_at: number;
  cancel_hash: string;
}

const confirmation = (
  row: SignupRow,
  idempotencyKey: string,
  cancelToken = cancelTokenFor(idempotencyKey, row.reference),
): SignupResponse => ({
  reference: row.reference,
  cancelToken,
  spreekuur: row.spreekuur_id,
  slot: { id: row.slot_id, start: iso(row.slot_start), end: iso(row.slot_end) },
  status: row.status,
});

/**
 * Books one place in one transaction: the same idempotency key gives the earlier booking back
 * (`repeated`), a full slot throws `slot_full`, and a contact over the daily cap `contact_limit`.
 * Also says whose spreekuur it is, so the caller can tell that organisation's desk without
 * asking the database again.
 */
export async function book(
  db: Database,
  input: BookInput,
  opts: { now: number; contactCap: number },
): Promise<{ response: SignupResponse; repeated: boolean; organisationId: string }> {
  const idempotencyHash = sha256(input.idempotencyKey);
  const emailHash = input.details.email ? sha256(`e:${input.details.email.toLowerCase()}`) : null;
  const phoneHash = input.details.phone ? sha256(`p:${input.details.phone.replace(/^(\+|00)31/, '0')}`) : null;
  return db.transaction(async (tx) => {
    const existing = await tx.get<SignupRow>('SELECT * FROM signups WHERE idempotency_hash = ?', [idempotencyHash]);
    if (existing) {
      return { response: confirmation(existing, input.idempotencyKey), repeated: true, organisationId: existing.organisation_id };
    }

    const slot = await tx.get<SlotRow & { organisation_id: string }>(
      'SELECT s.*, p.organisation_id FROM signup_slots s JOIN signup_spreekuren p ON p.id = s.spreekuur_id WHERE s.id = ? AND s.spreekuur_id = ?',
      [input.slot, input.spreekuur],
    );
    // a closed time answers like a gone one: the widget then says so and loads the times again
    if (!slot || slot.start_at <= opts.now || slot.closed_at !== null) throw signupErrors.slotNotFound();

    const dayAgo = opts.now - 24 * 60 * 60 * 1000;
    for (const [column, hash] of [
      ['email_hash', emailHash],
      ['phone_hash', phoneHash],
    ] as const) {
      if (!hash) continue;
      const count = await tx.get<{ n: number }>(`SELECT COUNT(*) AS n FROM signups WHERE ${column} = ? AND created_at > ?`, [hash, dayAgo]);
      if ((count?.n ?? 0) >= opts.contactCap) throw signupErrors.contactLimit();
    }

    const taken = await tx.run('UPDATE signup_slots SET booked = booked + 1 WHERE id = ? AND booked < capacity', [slot.id]);
    if (taken.changes !== 1) throw signupErrors.slotFull();

    const d = input.details;
    for (let attempt = 0; ; attempt++) {
      const reference = newReference();
      if (await tx.get('SELECT 1 FROM signups WHERE reference = ?', [reference])) {
        if (attempt < 5) continue;
        throw new Error('could not make a unique reference');
      }
      const cancelToken = cancelTokenFor(input.idempotencyKey, reference);
      const row: SignupRow = {
        id: randomUUID(),
        reference,
        organisation_id: slot.organisation_id,
        spreekuur_id: slot.spreekuur_id,
        slot_id: slot.id,
        slot_start: slot.start_at,
        slot_end: slot.end_at,
        status: 'booked',
        cancelled_by: null,
        handled_at: null,
        name: d.name,
        email: d.email ?? null,
        phone: d.phone ?? null,
        postcode: d.postcode ?? null,
        theme: d.theme,
        question: d.question ?? null,
        safety: safetySignal(d.question),
        contact_by: d.contactBy,
        lang: input.lang ?? null,
        created_at: opts.now,
        cancel_hash: sha256(cancelToken),
      };
      await tx.run(
        `INSERT INTO signups (id, reference, idempotency_hash, cancel_hash, organisation_id, spreekuur_id, slot_id, slot_start, slot_end,
           status, handled_at, name, email, phone, postcode, theme, question, safety, contact_by, lang, email_hash, phone_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          row.id,
          row.reference,
          idempotencyHash,
          row.cancel_hash,
          row.organisation_id,
          row.spreekuur_id,
          row.slot_id,
          row.slot_start,
          row.slot_end,
          row.status,
          row.name,
          row.email,
          row.phone,
          row.postcode,
          row.theme,
          row.question,
          row.safety,
          row.contact_by,
          row.lang,
          emailHash,
          phoneHash,
          row.created_at,
        ],
      );
      return { response: confirmation(row, input.idempotencyKey, cancelToken), repeated: false, organisationId: row.organisation_id };
    }
  });
}

/** Cancels with the reference and the secret token; frees the place once. Repeating it is harmless. */
/** What a sign-up is, for the parent who opens the cancel link (404 for a wrong token: nothing to learn). */
export async function lookup(db: Database, reference: string, token: string): Promise<SignupResponse> {
  const row = await db.get<SignupRow>('SELECT * FROM signups WHERE reference = ?', [reference]);
  if (!row || row.cancel_hash !== sha256(token)) throw signupErrors.notFound();
  return {
    reference: row.reference,
    cancelToken: token,
    spreekuur: row.spreekuur_id,
    slot: { id: row.slot_id, start: iso(row.slot_start), end: iso(row.slot_end) },
    status: row.status === 'cancelled' ? 'cancelled' : 'booked',
  };
}

export async function cancel(db: Database, reference: string, token: string, now: number): Promise<SignupResponse> {
  return db.transaction(async (tx) => {
    const row = await tx.get<SignupRow>('SELECT * FROM signups WHERE reference = ?', [reference]);
    if (!row || row.cancel_hash !== sha256(token)) throw signupErrors.notFound();
    if (row.status === 'booked') {
      await tx.run("UPDATE signups SET status = 'cancelled', cancelled_at = ?, cancelled_by = 'parent' WHERE id = ?", [now, row.id]);
      await tx.run('UPDATE signup_slots SET booked = booked - 1 WHERE id = ? AND booked > 0', [row.slot_id]);
    }
    return {
      reference: row.reference,
      cancelToken: token,
      spreekuur: row.spreekuur_id,
      slot: { id: row.slot_id, start: iso(row.slot_start), end: iso(row.slot_end) },
      status: 'cancelled',
    };
  });
}

const deskRow = (r: SignupRow & { spreekuur_name: string }): DeskSignup => ({
  id: r.id,
  reference: r.reference,
  spreekuur: { id: r.spreekuur_id, name: r.spreekuur_name },
  slot: { start: iso(r.slot_start), end: iso(r.slot_end) },
  status: r.status,
  ...(r.status === 'cancelled' && r.cancelled_by ? { cancelledBy: r.cancelled_by } : {}),
  handled: r.handled_at !== null,
  name: r.name,
  ...(r.email ? { email: r.email } : {}),
  ...(r.phone ? { phone: r.phone } : {}),
  ...(r.postcode ? { postcode: r.postcode } : {}),
  theme: r.theme,
  ...(r.question ? { question: r.question } : {}),
  ...(r.safety ? { safety: r.safety } : {}),
  contactBy: r.contact_by,
  ...(r.lang ? { lang: r.lang } : {}),
  createdAt: iso(r.created_at),
});

/** How many sign-ups the desk list shows per page (the CSV always has all of them). */
export const DESK_PAGE_SIZE = 500;

/**
 * Sign-ups of one organisation whose appointment has not ended, earliest first: one page of
 * them (`page` from 1) with the total, or all of them (`page` undefined, for the CSV).
 */
export async function upcomingForOrganisation(db: Queryable, organisationId: string, now: number, spreekuurId?: string, page?: number) {
  const where = `s.organisation_id = ? AND s.slot_end >= ?${spreekuurId ? ' AND s.spreekuur_id = ?' : ''}`;
  const params = spreekuurId ? [organisationId, now, spreekuurId] : [organisationId, now];
  const paging = page === undefined ? '' : ` LIMIT ${DESK_PAGE_SIZE} OFFSET ${(Math.max(1, Math.floor(page)) - 1) * DESK_PAGE_SIZE}`;
  const rows = await db.all<SignupRow & { spreekuur_name: string }>(
    `SELECT s.*, p.name AS spreekuur_name FROM signups s JOIN signup_spreekuren p ON p.id = s.spreekuur_id
     WHERE ${where} ORDER BY s.slot_start, s.created_at, s.id${paging}`,
    params,
  );
  const count = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM signups s WHERE ${where}`, params);
  const spreekuren = await db.all<{ id: string; name: string }>(
    'SELECT id, name FROM signup_spreekuren WHERE organisation_id = ? ORDER BY name',
    [organisationId],
  );
  return { spreekuren, signups: rows.map(deskRow), total: Number(count?.n ?? rows.length), pageSize: DESK_PAGE_SIZE };
}

/** Marks a sign-up (not) handled; undefined when it is not of this organisation. */
export async function markHandled(
  db: Queryable,
  organisationId: string,
  id: string,
  handled: boolean,
  now: number,
): Promise<DeskSignup | undefined> {
  const changed = await db.run('UPDATE signups SET handled_at = ? WHERE id = ? AND organisation_id = ?', [
    handled ? now : null,
    id,
    organisationId,
  ]);
  if (changed.changes !== 1) return undefined;
  const row = await db.get<SignupRow & { spreekuur_name: string }>(
    'SELECT s.*, p.name AS spreekuur_name FROM signups s JOIN signup_spreekuren p ON p.id = s.spreekuur_id WHERE s.id = ?',
    [id],
  );
  return row && deskRow(row);
}

/** Retention: deletes sign-ups whose appointment ended before the cutoff, and their past slots. */
export async function purgeBefore(db: Database, cutoff: number): Promise<number> {
  return db.transaction(async (tx) => {
    const removed = await tx.run('DELETE FROM signups WHERE slot_end < ?', [cutoff]);
    await tx.run('DELETE FROM signup_slots WHERE end_at < ? AND id NOT IN (SELECT slot_id FROM signups)', [cutoff]);
    return removed.changes;
  });
}
