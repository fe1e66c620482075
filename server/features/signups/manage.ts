import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/database.js';
import { errors } from '../../http/errors.js';
import type {
  AddSeries,
  AddTime,
  CreateSpreekuur,
  DeskSpreekuur,
  DeskTime,
  DeskTimeSignup,
  SpreekuurInput,
  SpreekuurKind,
} from '../../../src/core/api/signups.js';
import { MAX_SERIES_WEEKS } from '../../../src/core/api/signups.js';
import { addDays, amsterdamDate, clockMinutes, instantAt, weekdayOf } from '../../../src/core/time/amsterdam.js';
import { signupErrors } from './errors.js';

/**
 * The desk's management of spreekuren and meetings (coordinators): their details, single
 * times and weekly series, capacity, closing and cancelling. Every query filters on the
 * organisation; a record of another organisation is simply not found.
 */

interface SpreekuurRow {
  id: string;
  organisation_id: string;
  name: string;
  kind: SpreekuurKind;
  online: number;
  location: string | null;
  link: string | null;
  description: string | null;
  default_capacity: number;
}

interface TimeRow {
  id: string;
  spreekuur_id: string;
  start_at: number;
  end_at: number;
  capacity: number;
  booked: number;
  closed_at: number | null;
}

interface ContactRow {
  id: string;
  reference: string;
  slot_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  contact_by: DeskTimeSignup['contactBy'];
}

const iso = (ms: number) => new Date(ms).toISOString();

const contact = (r: ContactRow): DeskTimeSignup => ({
  id: r.id,
  reference: r.reference,
  name: r.name,
  ...(r.email ? { email: r.email } : {}),
  ...(r.phone ? { phone: r.phone } : {}),
  contactBy: r.contact_by,
});

const deskTime = (t: TimeRow, signups: DeskTimeSignup[]): DeskTime => ({
  id: t.id,
  start: iso(t.start_at),
  end: iso(t.end_at),
  capacity: t.capacity,
  booked: t.booked,
  closed: t.closed_at !== null,
  signups,
});

const deskSpreekuur = (s: SpreekuurRow, times: DeskTime[]): DeskSpreekuur => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  online: s.online === 1,
  ...(s.location ? { location: s.location } : {}),
  ...(s.link ? { link: s.link } : {}),
  ...(s.description ? { description: s.description } : {}),
  defaultCapacity: s.default_capacity,
  times,
});

const ACTIVE_CONTACTS = "SELECT id, reference, slot_id, name, email, phone, contact_by FROM signups WHERE status = 'booked'";

// Map.groupBy needs Node 21; the server supports Node 20
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The organisation's spreekuren with their times that have not ended and who signed up for each. */
export async function listSpreekuren(db: Queryable, organisationId: string, now: number): Promise<DeskSpreekuur[]> {
  const spreekuren = await db.all<SpreekuurRow>('SELECT * FROM signup_spreekuren WHERE organisation_id = ? ORDER BY name, id', [
    organisationId,
  ]);
  const times = await db.all<TimeRow>(
    `SELECT t.* FROM signup_slots t JOIN signup_spreekuren p ON p.id = t.spreekuur_id
     WHERE p.organisation_id = ? AND t.end_at >= ? ORDER BY t.start_at, t.id`,
    [organisationId, now],
  );
  const contacts = await db.all<ContactRow>(`${ACTIVE_CONTACTS} AND organisation_id = ? AND slot_end >= ? ORDER BY created_at, name, id`, [
    organisationId,
    now,
  ]);
  const bySlot = groupBy(contacts, (c) => c.slot_id);
  const bySpreekuur = groupBy(times, (t) => t.spreekuur_id);
  return spreekuren.map((s) =>
    deskSpreekuur(
      s,
      (bySpreekuur.get(s.id) ?? []).map((t) => deskTime(t, (bySlot.get(t.id) ?? []).map(contact))),
    ),
  );
}

async function ownSpreekuur(db: Queryable, organisationId: string, id: string): Promise<SpreekuurRow> {
  const row = await db.get<SpreekuurRow>('SELECT * FROM signup_spreekuren WHERE id = ? AND organisation_id = ?', [id, organisationId]);
  if (!row) throw errors.notFound();
  return row;
}

async function ownTime(db: Queryable, organisationId: string, spreekuurId: string, timeId: string): Promise<TimeRow> {
  const row = await db.get<TimeRow>(
    `SELECT t.* FROM signup_slots t JOIN signup_spreekuren p ON p.id = t.spreekuur_id
     WHERE t.id = ? AND t.spreekuur_id = ? AND p.organisation_id = ?`,
    [timeId, spreekuurId, organisationId],
  );
  if (!row) throw errors.notFound();
  return row;
}

async function timeWithContacts(db: Queryable, time: TimeRow): Promise<DeskTime> {
  const contacts = await db.all<ContactRow>(`${ACTIVE_CONTACTS} AND slot_id = ? ORDER BY created_at, name, id`, [time.id]);
  return deskTime(time, contacts.map(contact));
}

/** A place is a location, or online (a link is optional). */
function checkPlace(input: SpreekuurInput): void {
  if (!input.online && !input.location) throw signupErrors.placeMissing();
}

const detailColumns = (input: SpreekuurInput) => [
  input.name,
  input.kind,
  input.online ? 1 : 0,
  input.location || null,
  input.link || null,
  input.description || null,
  input.defaultCapacity,
];

/** "Spreekuur Scheiden & Kinderen" → `spreekuur-scheiden-kinderen`. */
export function slugFor(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug || 'spreekuur';
}

/**
 * The organisation a new id belongs to: the one whose id, with a hyphen, is the longest start of
 * it (`org-a-b-x` is `org-a-b`'s when both `org-a` and `org-a-b` exist), or none.
 */
export function organisationOfId(id: string, organisationIds: readonly string[]): string | undefined {
  return organisationIds.filter((org) => id.startsWith(`${org}-`)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Adds a spreekuur or meeting. Ids are global (a widget names one by id alone), so that no
 * organisation can take an id another gemeente's config names, a new id starts with the own
 * organisation's id and a hyphen, and no longer organisation id does (see `organisationOfId`):
 * `gemeente-voorbeeld-ouderavond`. Left out, it is made from the organisation and the name, with
 * a number added when that exists; a chosen id that exists is refused. Ids from before this rule
 * (the CLI, the demo) stay as they are.
 */
export async function createSpreekuur(db: Database, organisationId: string, input: CreateSpreekuur, now: number): Promise<DeskSpreekuur> {
  checkPlace(input);
  const prefix = `${organisationId}-`;
  return db.transaction(async (tx) => {
    let id = input.id ?? `${prefix}${slugFor(input.name)}`;
    const organisations = (await tx.all<{ id: string }>('SELECT id FROM organisations')).map((o) => o.id);
    if (organisationOfId(id, [...organisations, organisationId]) !== organisationId) throw signupErrors.spreekuurIdPrefix(prefix);
    if (await tx.get('SELECT 1 AS x FROM signup_spreekuren WHERE id = ?', [id])) {
      if (input.id) throw signupErrors.spreekuurIdTaken();
      const base = id;
      for (let n = 2; await tx.get('SELECT 1 AS x FROM signup_spreekuren WHERE id = ?', [id]); n++) id = `${base}-${n}`;
    }
    await tx.run(
      `INSERT INTO signup_spreekuren (id, organisation_id, created_at, name, kind, online, location, link, description, default_capacity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, organisationId, now, ...detailColumns(input)],
    );
    return deskSpreekuur(await ownSpreekuur(tx, organisationId, id), []);
  });
}

/** Changes the details of a spreekuur of the organisation (its times stay as they are). */
export async function updateSpreekuur(
  db: Database,
  organisationId: string,
  id: string,
  input: SpreekuurInput,
  now: number,
): Promise<DeskSpreekuur> {
  checkPlace(input);
  await ownSpreekuur(db, organisationId, id);
  await db.run(
    `UPDATE signup_spreekuren SET name = ?, kind = ?, online = ?, location = ?, link = ?, description = ?, default_capacity = ?
     WHERE id = ? AND organisation_id = ?`,
    [...detailColumns(input), id, organisationId],
  );
  return (await listSpreekuren(db, organisationId, now)).find((s) => s.id === id)!;
}

/** A calendar date typed by a person must exist (no 31 February). */
function checkDate(date: string, field: string): void {
  if (addDays(date, 0) !== date) throw signupErrors.notARealDate(field);
}

async function insertTimes(
  db: Database,
  organisationId: string,
  spreekuurId: string,
  starts: Date[],
  minutes: number,
  capacity: number | undefined,
): Promise<DeskTime[]> {
  return db.transaction(async (tx) => {
    const spreekuur = await ownSpreekuur(tx, organisationId, spreekuurId);
    const places = capacity ?? spreekuur.default_capacity;
    const added: DeskTime[] = [];
    for (const start of starts) {
      const row: TimeRow = {
        id: randomUUID(),
        spreekuur_id: spreekuurId,
        start_at: start.getTime(),
        end_at: start.getTime() + minutes * 60_000,
        capacity: places,
        booked: 0,
        closed_at: null,
      };
      await tx.run('INSERT INTO signup_slots (id, spreekuur_id, start_at, end_at, capacity, booked) VALUES (?, ?, ?, ?, ?, 0)', [
        row.id,
        row.spreekuur_id,
        row.start_at,
        row.end_at,
        row.capacity,
      ]);
      added.push(deskTime(row, []));
    }
    return added;
  });
}

/** One time on a date at a wall-clock time in Europe/Amsterdam. */
export async function addTime(db: Database, organisationId: string, spreekuurId: string, input: AddTime, now: number): Promise<DeskTime[]> {
  checkDate(input.date, 'date');
  const start = instantAt(input.date, clockMinutes(input.start));
  if (start.getTime() <= now) throw signupErrors.inThePast('date');
  return insertTimes(db, organisationId, spreekuurId, [start], input.minutes, input.capacity);
}

/**
 * The dates of a weekly series: the first `weekday` on or after `from`, then every seven days,
 * `weeks` times or up to and including `until`. With `until`, dates before `today` are left out
 * (they would be past anyway), so at most {@link MAX_SERIES_WEEKS} times that can still come
 * count, whatever the `from`.
 */
export function seriesDates(input: Pick<AddSeries, 'weekday' | 'from' | 'weeks' | 'until'>, today?: string): string[] {
  if ((input.weeks === undefined) === (input.until === undefined)) throw signupErrors.seriesLength();
  checkDate(input.from, 'from');
  if (input.until !== undefined) {
    checkDate(input.until, 'until');
    if (input.until < input.from) throw signupErrors.untilBeforeFrom();
  }
  let first = input.until !== undefined && today !== undefined && today > input.from ? today : input.from;
  while (weekdayOf(first) !== input.weekday) first = addDays(first, 1);
  const dates: string[] = [];
  for (let week = 0; ; week++) {
    const date = addDays(first, week * 7);
    if (input.weeks !== undefined ? week >= input.weeks : date > input.until!) break;
    if (week >= MAX_SERIES_WEEKS) throw signupErrors.seriesTooLong();
    dates.push(date);
  }
  return dates;
}

/**
 * A weekly series, as wall-clock times in Europe/Amsterdam (09:00 stays 09:00 across the change
 * to and from summer time). Times already past are left out; a series with none left is refused.
 */
export async function addSeries(
  db: Database,
  organisationId: string,
  spreekuurId: string,
  input: AddSeries,
  now: number,
): Promise<DeskTime[]> {
  const today = amsterdamDate(now);
  const starts = seriesDates(input, today)
    .map((date) => instantAt(date, clockMinutes(input.start)))
    .filter((start) => start.getTime() > now);
  if (!starts.length) throw signupErrors.inThePast(input.until !== undefined && input.until < today ? 'until' : 'from');
  return insertTimes(db, organisationId, spreekuurId, starts, input.minutes, input.capacity);
}

/**
 * Changes a time's places and/or closes it. The capacity update only applies while no more
 * people are booked than the new number, in the same statement that checks it, so a booking
 * running at the same moment cannot slip in between (the booking's own update checks
 * `booked < capacity`, and the table's CHECK keeps `booked <= capacity` as the last guard).
 */
export async function updateTime(
  db: Database,
  organisationId: string,
  spreekuurId: string,
  timeId: string,
  change: { capacity?: number; closed?: boolean },
  now: number,
): Promise<DeskTime> {
  return db.transaction(async (tx) => {
    await ownTime(tx, organisationId, spreekuurId, timeId);
    if (change.capacity !== undefined) {
      const updated = await tx.run('UPDATE signup_slots SET capacity = ? WHERE id = ? AND booked <= ?', [
        change.capacity,
        timeId,
        change.capacity,
      ]);
      if (updated.changes !== 1) {
        const current = await ownTime(tx, organisationId, spreekuurId, timeId);
        throw signupErrors.capacityBelowBooked(current.booked);
      }
    }
    if (change.closed === true) await tx.run('UPDATE signup_slots SET closed_at = ? WHERE id = ? AND closed_at IS NULL', [now, timeId]);
    if (change.closed === false) await tx.run('UPDATE signup_slots SET closed_at = NULL WHERE id = ?', [timeId]);
    return timeWithContacts(tx, await ownTime(tx, organisationId, spreekuurId, timeId));
  });
}

/**
 * Cancels a time: it is deleted, and its active sign-ups become `cancelled`. With sign-ups this
 * needs `confirm`; the answer lists them, so the coordinator knows whom to contact. Sign-ups
 * keep their own copy of the time, so the desk's list and the parent's cancel page still show it.
 */
export async function cancelTime(
  db: Database,
  organisationId: string,
  spreekuurId: string,
  timeId: string,
  confirm: boolean,
  now: number,
): Promise<DeskTimeSignup[]> {
  return db.transaction(async (tx) => {
    await ownTime(tx, organisationId, spreekuurId, timeId);
    const active = await tx.all<ContactRow>(`${ACTIVE_CONTACTS} AND slot_id = ? ORDER BY created_at, name, id`, [timeId]);
    if (active.length && !confirm) throw signupErrors.timeHasSignups(active.length);
    await tx.run(
      "UPDATE signups SET status = 'cancelled', cancelled_at = ?, cancelled_by = 'organisation' WHERE slot_id = ? AND status = 'booked'",
      [now, timeId],
    );
    await tx.run('DELETE FROM signup_slots WHERE id = ?', [timeId]);
    return active.map(contact);
  });
}
