import { randomUUID } from 'node:crypto';
import {
  deskFollowUp,
  deskFollowUpList,
  followUpRequest,
  followUpResponse,
  updateFollowUpRequest,
} from '../../../src/core/api/followups.js';
import type { DeskFollowUp, FollowUpStatus } from '../../../src/core/api/followups.js';
import { requireProfessional } from '../../auth/guard.js';
import { errors, HttpError } from '../../http/errors.js';
import { Reply } from '../../http/router.js';
import type { Feature } from '../types.js';

interface FollowUpRow {
  id: string;
  organisation_id: string;
  gemeente: string | null;
  name: string;
  contact_by: 'phone' | 'email';
  phone: string | null;
  email: string | null;
  times: string | null;
  lang: string;
  status: FollowUpStatus;
  notes: string | null;
  created_at: number;
  updated_at: number;
}

const unknownOrganisation = () =>
  new HttpError(404, 'unknown_organisation', {
    nl: 'Deze organisatie is niet bekend op deze server. Controleer "training.followUp" in de configuratie.',
    en: 'This organisation is not known on this server. Check "training.followUp" in the config.',
  });

const toDesk = (r: FollowUpRow): DeskFollowUp => ({
  id: r.id,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
  ...(r.gemeente ? { gemeente: r.gemeente } : {}),
  name: r.name,
  contactBy: r.contact_by,
  ...(r.phone ? { phone: r.phone } : {}),
  ...(r.email ? { email: r.email } : {}),
  ...(r.times ? { times: r.times } : {}),
  lang: r.lang,
  status: r.status,
  ...(r.notes ? { notes: r.notes } : {}),
});

/**
 * The wijkteam's follow-up after the training: a parent asks to be contacted (public, with
 * consent, rate limited), and the organisation's professionals see the requests in the desk
 * and keep their status (new, contacted, support started, no support needed) and notes.
 * Only the contact details and preferred times arrive; nothing of the parent's answers.
 */
export const followUps: Feature = {
  name: 'followups',
  migrations: [
    {
      id: 'followups-001',
      description: 'follow-up requests from the training, per organisation',
      up: `
        CREATE TABLE followup_requests (
          id TEXT PRIMARY KEY,
          organisation_id TEXT NOT NULL REFERENCES organisations (id),
          gemeente TEXT,
          name TEXT NOT NULL,
          contact_by TEXT NOT NULL,
          phone TEXT,
          email TEXT,
          times TEXT,
          lang TEXT NOT NULL,
          status TEXT NOT NULL,
          notes TEXT,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX followup_requests_org ON followup_requests (organisation_id, created_at);
      `,
    },
  ],
  retention: [
    {
      kind: 'followups',
      defaultDays: 180,
      description: 'follow-up requests, counted from their last change',
      async purge(db, cutoff) {
        return (await db.run('DELETE FROM followup_requests WHERE updated_at < ?', [cutoff.getTime()])).changes;
      },
    },
  ],
  routes(router, ctx) {
    const { db } = ctx;
    const now = () => ctx.now().getTime();

    router.add({
      method: 'POST',
      path: '/api/followups',
      summary: 'A parent asks the wijkteam to contact them (after the training), with consent',
      openapi: {
        responses: { 201: 'Stored; the organisation sees it in the desk.' },
        errors: [400, 404, 429],
      },
      access: 'public',
      rateLimit: { name: 'followups', max: 5, windowMs: 10 * 60_000 },
      body: followUpRequest,
      response: followUpResponse,
      async handler({ body }) {
        const org = await db.get('SELECT id FROM organisations WHERE id = ?', [body.organisation]);
        if (!org) throw unknownOrganisation();
        const id = randomUUID();
        const at = now();
        await db.run(
          `INSERT INTO followup_requests (id, organisation_id, gemeente, name, contact_by, phone, email, times, lang, status, notes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', NULL, ?, ?)`,
          [
            id,
            body.organisation,
            body.gemeente ?? null,
            body.name,
            body.contactBy,
            body.phone ?? null,
            body.email ?? null,
            body.times?.trim() || null,
            body.lang || 'nl',
            at,
            at,
          ],
        );
        ctx.log.info('follow-up requested');
        return new Reply(201, { id });
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/followups',
      summary: "The organisation's follow-up requests, newest first",
      openapi: { responses: { 200: 'OK' }, errors: [401] },
      access: 'professional',
      response: deskFollowUpList,
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const rows = await db.all<FollowUpRow>('SELECT * FROM followup_requests WHERE organisation_id = ? ORDER BY created_at DESC', [
          organisationId,
        ]);
        return { followUps: rows.map(toDesk) };
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/followups/:id',
      summary: 'Set the status of a follow-up request and its notes',
      openapi: { responses: { 200: 'The request as it is now.' }, errors: [400, 401, 404] },
      access: 'professional',
      body: updateFollowUpRequest,
      response: deskFollowUp,
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const done = await db.run(
          'UPDATE followup_requests SET status = ?, notes = ?, updated_at = ? WHERE id = ? AND organisation_id = ?',
          [c.body.status, c.body.notes?.trim() || null, now(), c.params.id!, organisationId],
        );
        // another organisation's request answers as if it did not exist
        if (!done.changes) throw errors.notFound();
        const row = await db.get<FollowUpRow>('SELECT * FROM followup_requests WHERE id = ?', [c.params.id!]);
        return toDesk(row!);
      },
    });
  },
};
