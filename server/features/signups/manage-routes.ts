import { requireProfessional } from '../../auth/guard.js';
import { Reply } from '../../http/router.js';
import type { FeatureRouter } from '../../http/router.js';
import type { FeatureContext } from '../types.js';
import {
  addSeriesSchema,
  addTimeSchema,
  addedTimesSchema,
  cancelTimeSchema,
  cancelledTimeSchema,
  createSpreekuurSchema,
  deskSpreekuurListSchema,
  deskSpreekuurSchema,
  deskTimeSchema,
  spreekuurInputSchema,
  updateTimeSchema,
  MAX_SERIES_WEEKS,
} from '../../../src/core/api/signups.js';
import { addSeries, addTime, cancelTime, createSpreekuur, listSpreekuren, updateSpreekuur, updateTime } from './manage.js';

/**
 * The desk's management of spreekuren and meetings: every professional of the organisation
 * may read, only its coordinators (and admins) may change (`access: 'coordinator'`; the handler's
 * `requireProfessional(c, 'coordinator')` checks the same again, where the data is touched). `tellDesk` makes open desk lists
 * load again when sign-ups were cancelled.
 */
export function registerManagementRoutes(router: FeatureRouter, ctx: FeatureContext, tellDesk: (spreekuur: string) => Promise<void>): void {
  const now = () => ctx.now().getTime();

  router.add({
    method: 'GET',
    path: '/api/desk/spreekuren',
    summary: "The organisation's spreekuren and meetings, with their times that have not ended and who signed up",
    openapi: {
      responses: { 200: 'Spreekuren by name; times earliest first, with booked/capacity, closed and active sign-ups.' },
      errors: [401],
    },
    access: 'professional',
    response: deskSpreekuurListSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c);
      return { spreekuren: await listSpreekuren(ctx.db, organisationId, now()) };
    },
  });

  router.add({
    method: 'POST',
    path: '/api/desk/spreekuren',
    summary: 'Add a spreekuur or meeting (coordinators)',
    openapi: {
      description: `The id is the one a gemeente's config uses (\`spreekuren[].id\`): it starts with the organisation's id and a hyphen (ids are global; no organisation can take an id another one's config names); left out, it is made from the organisation's id and the name. Errors: 400 invalid_request (location missing when not online, an id with another start), 409 spreekuur_id_taken.`,
      responses: { 201: 'Added.' },
      errors: [400, 401, 403, 409],
    },
    access: 'coordinator',
    body: createSpreekuurSchema,
    response: deskSpreekuurSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c, 'coordinator');
      return new Reply(201, await createSpreekuur(ctx.db, organisationId, c.body, now()));
    },
  });

  router.add({
    method: 'PUT',
    path: '/api/desk/spreekuren/:id',
    summary: 'Change the name, kind, place, description and default places of a spreekuur (coordinators)',
    openapi: { responses: { 200: 'The spreekuur with its times.' }, errors: [400, 401, 403, 404] },
    access: 'coordinator',
    body: spreekuurInputSchema,
    response: deskSpreekuurSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c, 'coordinator');
      return updateSpreekuur(ctx.db, organisationId, c.params.id!, c.body, now());
    },
  });

  router.add({
    method: 'POST',
    path: '/api/desk/spreekuren/:id/times',
    summary: 'Add one time (date and start in Europe/Amsterdam) (coordinators)',
    openapi: {
      description: `Errors: 400 invalid_request (a date that does not exist, a time already past).`,
      responses: { 201: 'The time added.' },
      errors: [400, 401, 403, 404],
    },
    access: 'coordinator',
    body: addTimeSchema,
    response: addedTimesSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c, 'coordinator');
      return new Reply(201, { times: await addTime(ctx.db, organisationId, c.params.id!, c.body, now()) });
    },
  });

  router.add({
    method: 'POST',
    path: '/api/desk/spreekuren/:id/series',
    summary: 'Add a weekly series of times (coordinators)',
    openapi: {
      description: `The first time is on the first weekday on or after \`from\`, then every week, \`weeks\` times or until \`until\` (one of the two; at most ${MAX_SERIES_WEEKS} times that have not passed). Wall-clock times in Europe/Amsterdam, also across the change to or from summer time. Times already past are left out.`,
      responses: { 201: 'The times added.' },
      errors: [400, 401, 403, 404],
    },
    access: 'coordinator',
    body: addSeriesSchema,
    response: addedTimesSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c, 'coordinator');
      return new Reply(201, { times: await addSeries(ctx.db, organisationId, c.params.id!, c.body, now()) });
    },
  });

  router.add({
    method: 'PATCH',
    path: '/api/desk/spreekuren/:id/times/:timeId',
    summary: 'Change the places of a time, or close or reopen it (coordinators)',
    openapi: {
      description: `The places never go below the sign-ups already booked (409 capacity_below_booked), also when a sign-up comes in at the same moment. A closed time takes no new sign-ups and is left out of GET /api/spreekuren/{id}/slots.`,
      responses: { 200: 'The time.' },
      errors: [400, 401, 403, 404, 409],
    },
    access: 'coordinator',
    body: updateTimeSchema,
    response: deskTimeSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c, 'coordinator');
      return updateTime(ctx.db, organisationId, c.params.id!, c.params.timeId!, c.body, now());
    },
  });

  router.add({
    method: 'POST',
    path: '/api/desk/spreekuren/:id/times/:timeId/cancel',
    summary: 'Cancel a time; with sign-ups only with confirm: true, answering whom to contact (coordinators)',
    openapi: {
      description: `A time with active sign-ups answers 409 time_has_signups unless the body has \`confirm: true\`; then its sign-ups become cancelled and the answer lists them (name, e-mail, phone) so the coordinator can contact them.`,
      responses: { 200: 'Cancelled; the sign-ups that were cancelled with it.' },
      errors: [400, 401, 403, 404, 409],
    },
    access: 'coordinator',
    body: cancelTimeSchema,
    response: cancelledTimeSchema,
    async handler(c) {
      const { organisationId } = requireProfessional(c, 'coordinator');
      const cancelled = await cancelTime(ctx.db, organisationId, c.params.id!, c.params.timeId!, c.body.confirm === true, now());
      if (cancelled.length) await tellDesk(c.params.id!);
      return { cancelled };
    },
  });
}
