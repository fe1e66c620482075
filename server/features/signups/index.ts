import * as z from 'zod/mini';
import { requireProfessional } from '../../auth/guard.js';
import { errors } from '../../http/errors.js';
import { Reply } from '../../http/router.js';
import type { Feature } from '../types.js';
import {
  MIN_FILL_MS, cancelRequestSchema, deskSignupListSchema, deskSignupSchema, markHandledSchema, signupRequestSchema,
  signupResponseSchema, slotsResponseSchema,
} from '../../../src/core/api/signups.js';
import { signupsCsv } from './csv.js';
import { seedSignupsDemo } from './demo.js';
import { signupErrors } from './errors.js';
import { chatHub } from '../chat/index.js';
import { book, cancel, lookup, markHandled, migrations, purgeBefore, upcomingForOrganisation, upcomingSlots } from './store.js';

/** Sign-ups per e-mail address or phone number per 24 hours (`SIGNUPS_PER_CONTACT_PER_DAY`). */
const contactCap = () => Number(process.env.SIGNUPS_PER_CONTACT_PER_DAY) || 3;

/**
 * Spreekuur sign-ups: the public endpoints `<digiplein-spreekuur-aanmelding>` calls, the
 * desk's list, "handled" and CSV export, retention and demo data. See docs/spreekuur-aanmelding.md.
 */
export const signups: Feature = {
  name: 'signups',
  migrations,
  openapi: 'signups',

  routes(router, ctx) {
    /**
     * The desk's sign-up list is live: the organisation's desk stream (the one the chat list
     * uses) gets a `signup` event with no personal data, and the open list loads again.
     */
    const tellDesk = async (spreekuur: string) => {
      const row = await ctx.db.get<{ organisation_id: string }>('SELECT organisation_id FROM signup_spreekuren WHERE id = ?', [spreekuur]);
      if (row) chatHub(ctx).toOrganisation(row.organisation_id, { event: 'signup', data: { spreekuur } });
    };

    const now = () => ctx.now().getTime();

    router.add({
      method: 'GET', path: '/api/spreekuren/:id/slots', access: 'public', response: slotsResponseSchema,
      summary: 'upcoming slots of a spreekuur',
      async handler({ params }) {
        const slots = await upcomingSlots(ctx.db, params.id!, now());
        if (!slots) throw signupErrors.spreekuurNotFound();
        return { spreekuur: params.id!, slots };
      },
    });

    router.add({
      method: 'POST', path: '/api/signups', access: 'public', body: signupRequestSchema(), response: signupResponseSchema,
      rateLimit: { name: 'signups', max: 10, windowMs: 10 * 60_000 },
      summary: 'book a place',
      async handler({ body }) {
        if (body.website) throw signupErrors.rejected();
        if (body.fillMs < MIN_FILL_MS) throw signupErrors.tooFast();
        const { response, repeated } = await book(
          ctx.db,
          { spreekuur: body.spreekuur, slot: body.slot, idempotencyKey: body.idempotencyKey, details: body.details, lang: body.lang },
          { now: now(), contactCap: contactCap() },
        );
        if (!repeated) await tellDesk(response.spreekuur);
        return new Reply(repeated ? 200 : 201, response);
      },
    });

    router.add({
      method: 'POST', path: '/api/signups/:reference/cancel', access: 'public', body: cancelRequestSchema, response: signupResponseSchema,
      rateLimit: { name: 'signups-cancel', max: 20, windowMs: 10 * 60_000 },
      summary: 'cancel a sign-up with its secret token',
      async handler({ params, body }) {
        const response = await cancel(ctx.db, params.reference!, body.token, now());
        await tellDesk(response.spreekuur);
        return response;
      },
    });

    router.add({
      method: 'POST', path: '/api/signups/:reference/lookup', access: 'public', body: cancelRequestSchema, response: signupResponseSchema,
      rateLimit: { name: 'signups-lookup', max: 30, windowMs: 10 * 60_000 },
      summary: 'what a sign-up is, for the cancel page (the token in the body, never in the URL)',
      async handler({ params, body }) {
        return lookup(ctx.db, params.reference!, body.token);
      },
    });

    router.add({
      method: 'GET', path: '/api/desk/signups', access: 'professional', response: deskSignupListSchema,
      summary: 'upcoming sign-ups of the own organisation',
      query: z.object({ spreekuur: z.optional(z.string()), page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,5}$/))) }),
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        return upcomingForOrganisation(ctx.db, organisationId, now(), c.query.spreekuur, Number(c.query.page ?? 1));
      },
    });

    router.add({
      method: 'GET', path: '/api/desk/signups.csv', access: 'professional',
      summary: 'upcoming sign-ups of the own organisation as CSV',
      query: z.object({ spreekuur: z.optional(z.string()) }),
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const { signups: list } = await upcomingForOrganisation(ctx.db, organisationId, now(), c.query.spreekuur);
        const day = new Date(now()).toISOString().slice(0, 10);
        return new Reply(200, signupsCsv(list), { 'content-disposition': `attachment; filename="aanmeldingen-${day}.csv"` }, 'text/csv; charset=utf-8');
      },
    });

    router.add({
      method: 'POST', path: '/api/desk/signups/:id/handled', access: 'professional', body: markHandledSchema, response: deskSignupSchema,
      summary: 'mark a sign-up (not) handled',
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
