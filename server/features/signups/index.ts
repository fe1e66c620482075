import * as z from 'zod/mini';
import { requireProfessional } from '../../auth/guard.js';
import { errors } from '../../http/errors.js';
import { Reply } from '../../http/router.js';
import type { Feature } from '../types.js';
import {
  MIN_FILL_MS,
  cancelRequestSchema,
  deskSignupListSchema,
  deskSignupSchema,
  markHandledSchema,
  signupRequestSchema,
  signupResponseSchema,
  slotsResponseSchema,
} from '../../../src/core/api/signups.js';
import { signupsCsvChunks } from './csv.js';
import { seedSignupsDemo } from './demo.js';
import { signupErrors } from './errors.js';
import { registerManagementRoutes } from './manage-routes.js';
import { chatHub } from '../chat/index.js';
import { book, cancel, lookup, markHandled, migrations, purgeBefore, upcomingForOrganisation, upcomingSlots } from './store.js';

/** Sign-ups per e-mail address or phone number per 24 hours (`SIGNUPS_PER_CONTACT_PER_DAY`). */
const contactCap = () => Number(process.env.SIGNUPS_PER_CONTACT_PER_DAY) || 3;

/**
 * Spreekuur sign-ups: the public endpoints `<digiplein-spreekuur-aanmelding>` calls, the
 * desk's list, "handled" and CSV export, the coordinators' management of spreekuren and their
 * times (`manage-routes.ts`), retention and demo data. See docs/spreekuur-aanmelding.md.
 */
export const signups: Feature = {
  name: 'signups',
  migrations,

  routes(router, ctx) {
    /**
     * The desk's sign-up list is live: the organisation's desk stream (the one the chat list
     * uses) gets a `signup` event with no personal data, and the open list loads again.
     */
    const tellOrganisation = (organisationId: string, spreekuur: string) =>
      chatHub(ctx).toOrganisation(organisationId, { event: 'signup', data: { spreekuur } });
    const tellDesk = async (spreekuur: string) => {
      const row = await ctx.db.get<{ organisation_id: string }>('SELECT organisation_id FROM signup_spreekuren WHERE id = ?', [spreekuur]);
      if (row) tellOrganisation(row.organisation_id, spreekuur);
    };

    const now = () => ctx.now().getTime();

    registerManagementRoutes(router, ctx, tellDesk);

    router.add({
      method: 'GET',
      path: '/api/spreekuren/:id/slots',
      summary: 'Upcoming slots of a spreekuur, full ones included, earliest first',
      openapi: {
        responses: { 200: 'The slots.' },
        errors: [404, 429],
      },
      access: 'public',
      response: slotsResponseSchema,
      async handler({ params }) {
        const slots = await upcomingSlots(ctx.db, params.id!, now());
        if (!slots) throw signupErrors.spreekuurNotFound();
        return { spreekuur: params.id!, slots };
      },
    });

    router.add({
      method: 'POST',
      path: '/api/signups',
      summary: 'Book a place (in one transaction; never overbooks)',
      openapi: {
        description:
          'Rate-limited per client address (limit `signups`, 10 per 10 minutes; RATE_LIMIT_SIGNUPS) and per e-mail address or phone number (3 per 24 hours; SIGNUPS_PER_CONTACT_PER_DAY). Errors: 400 invalid_request / too_fast / rejected, 404 slot_not_found, 409 slot_full, 429 rate_limited / contact_limit.',
        responses: { 201: 'Booked.', 200: 'Booked earlier with the same idempotency key.' },
        errors: [400, 404, 409, 413, 415, 429],
      },
      access: 'public',
      body: signupRequestSchema(),
      response: signupResponseSchema,
      rateLimit: { name: 'signups', max: 10, windowMs: 10 * 60_000 },
      async handler({ body }) {
        if (body.website) throw signupErrors.rejected();
        if (body.fillMs < MIN_FILL_MS) throw signupErrors.tooFast();
        const { response, repeated, organisationId } = await book(
          ctx.db,
          { spreekuur: body.spreekuur, slot: body.slot, idempotencyKey: body.idempotencyKey, details: body.details, lang: body.lang },
          { now: now(), contactCap: contactCap() },
        );
        // the booking knows its organisation: no second look-up per sign-up
        if (!repeated) tellOrganisation(organisationId, response.spreekuur);
        return new Reply(repeated ? 200 : 201, response);
      },
    });

    router.add({
      method: 'POST',
      path: '/api/signups/:reference/cancel',
      summary: 'Cancel a sign-up with its secret token; the place becomes free again',
      openapi: {
        responses: { 200: 'Cancelled (also when it already was).' },
        errors: [400, 404, 429],
      },
      access: 'public',
      body: cancelRequestSchema,
      response: signupResponseSchema,
      rateLimit: { name: 'signups-cancel', max: 20, windowMs: 10 * 60_000 },
      async handler({ params, body }) {
        const response = await cancel(ctx.db, params.reference!, body.token, now());
        await tellDesk(response.spreekuur);
        return response;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/signups/:reference/lookup',
      summary: 'What a sign-up is (spreekuur, time, status), for the cancel page; the secret token in the body, never in the URL',
      openapi: {
        responses: { 200: 'The sign-up (the token is echoed as cancelToken).' },
        errors: [400, 404, 429],
      },
      access: 'public',
      body: cancelRequestSchema,
      response: signupResponseSchema,
      rateLimit: { name: 'signups-lookup', max: 30, windowMs: 10 * 60_000 },
      async handler({ params, body }) {
        return lookup(ctx.db, params.reference!, body.token);
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/signups',
      summary: "Upcoming sign-ups of the professional's own organisation",
      openapi: {
        responses: { 200: 'Spreekuren of the organisation and their sign-ups whose appointment has not ended.' },
        errors: [401],
        parameters: { page: 'Page of 500 sign-ups, from 1 (default 1). The CSV has all of them.' },
      },
      access: 'professional',
      response: deskSignupListSchema,
      query: z.object({ spreekuur: z.optional(z.string()), page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,5}$/))) }),
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        return upcomingForOrganisation(ctx.db, organisationId, now(), c.query.spreekuur, Number(c.query.page ?? 1));
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/signups.csv',
      summary: 'The same sign-ups as CSV (semicolons, UTF-8 with BOM, Europe/Amsterdam times)',
      openapi: {
        responses: { 200: { description: 'CSV file.', contentType: 'text/csv' } },
        errors: [401],
      },
      access: 'professional',
      query: z.object({ spreekuur: z.optional(z.string()) }),
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const at = now();
        const spreekuur = c.query.spreekuur;
        // page by page from the store, each page sent as soon as it is read
        async function* pages() {
          for (let page = 1; ; page++) {
            const { signups: list, pageSize } = await upcomingForOrganisation(ctx.db, organisationId, at, spreekuur, page);
            yield list;
            if (list.length < pageSize) return;
          }
        }
        const day = new Date(at).toISOString().slice(0, 10);
        return new Reply(
          200,
          signupsCsvChunks(pages()),
          { 'content-disposition': `attachment; filename="aanmeldingen-${day}.csv"` },
          'text/csv; charset=utf-8',
        );
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/signups/:id/handled',
      summary: 'Mark a sign-up handled (or not)',
      openapi: {
        responses: { 200: 'The updated sign-up.' },
        errors: [400, 401, 404],
      },
      access: 'professional',
      body: markHandledSchema,
      response: deskSignupSchema,
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const updated = await markHandled(ctx.db, organisationId, c.params.id!, c.body.handled, now());
        if (!updated) throw errors.notFound();
        return updated;
      },
    });
  },

  retention: [
    {
      kind: 'signups',
      defaultDays: 90,
      description: 'sign-ups (with the personal details), counted from the end of the appointment',
      purge: (db, cutoff) => purgeBefore(db, cutoff.getTime()),
    },
  ],

  seedDemo: (ctx) => seedSignupsDemo(ctx),
};
