import * as z from 'zod/mini';
import {
  changesResponse,
  createRouteRequest,
  createRouteResponse,
  deskRoutesResponse,
  joinRouteRequest,
  joinRouteResponse,
  membership,
  normalizeCode,
  pushChangesRequest,
  pushChangesResponse,
  routeSnapshot,
} from '../../../src/core/api/routes.js';
import type { Change, DeskRouteSummary, Family, Role } from '../../../src/core/api/routes.js';
import { countFinished, foldChanges } from '../../../src/core/api/route-state.js';
import { requireProfessional } from '../../auth/guard.js';
import type { Queryable } from '../../db/database.js';
import { DEMO_ACCOUNTS } from '../../demo.js';
import { errors, HttpError } from '../../http/errors.js';
import { Reply } from '../../http/router.js';
import { RESYNC } from '../../db/bus.js';
import { EventStreams, openStream } from '../../http/sse.js';
import type { NamedRateLimit, RequestContext } from '../../http/router.js';
import type { Feature, FeatureContext } from '../types.js';
import { activeRoles, addMember, appendChanges, changesSince, deleteRoutes, insertRoute, memberByToken, migrations } from './store.js';
import type { MemberRow, RouteRow } from './store.js';

/**
 * Shared routes of `<digiplein-stap-tracker>`: a parent shares their route and gets a code;
 * the other parent joins with the code (parent 2), a begeleider joins it from the desk. Every
 * role has its own secret token; changes are stored as an append-only log that the widgets
 * poll (`since` a sequence number) and merge per field (later change wins). See docs/stap-tracker.md.
 */

const CREATE_LIMIT: NamedRateLimit = { name: 'routes-create', max: 20, windowMs: 60_000 };
/** Guessing codes: few attempts per address. */
const JOIN_LIMIT: NamedRateLimit = { name: 'routes-join', max: 10, windowMs: 60_000 };
/** Polling every few seconds from several devices behind one address. */
const SYNC_LIMIT: NamedRateLimit = { name: 'routes-sync', max: 600, windowMs: 60_000 };

const routeErrors = {
  notFound: () =>
    new HttpError(404, 'route_not_found', {
      nl: 'Dit stappenplan bestaat niet, of u doet er niet (meer) aan mee.',
      en: 'This step plan does not exist, or you no longer take part in it.',
    }),
  roleTaken: () =>
    new HttpError(409, 'role_taken', {
      nl: 'Met deze code doet al iemand anders mee in deze rol.',
      en: 'Someone else already takes part in this role with this code.',
    }),
  closed: () =>
    new HttpError(409, 'route_closed', {
      nl: 'De begeleider heeft dit stappenplan gesloten. Er kan niets meer veranderen.',
      en: 'The begeleider closed this step plan. Nothing can be changed any more.',
    }),
  notYourRole: () =>
    new HttpError(403, 'forbidden_role', {
      nl: 'Dit mag alleen de begeleider, of u wijzigt iets namens een andere rol.',
      en: 'Only the begeleider may do this, or you are changing something in another role’s name.',
    }),
};

const sinceQuery = z.object({ since: z.optional(z.string().check(z.regex(/^\d{1,12}$/))) });
const eventsQuery = z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,100}$/)) });
/** Open event streams per route (two parents and a begeleider, each on a few devices). */
const STREAMS_PER_ROUTE = 10;
/** Open event streams per client address. */
const STREAMS_PER_ADDRESS = 20;

function bearer(c: RequestContext): string {
  const header = String(c.req.headers.authorization ?? '');
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  if (!match) throw routeErrors.notFound();
  return match[1]!;
}

async function routeById(db: Queryable, id: string): Promise<RouteRow> {
  const route = await db.get<RouteRow>('SELECT * FROM shared_routes WHERE id = ?', [id]);
  if (!route) throw routeErrors.notFound();
  return route;
}

/** The route and the member behind the request's token; a wrong token gets 404 like a wrong id. */
async function authorise(db: Queryable, c: RequestContext): Promise<{ route: RouteRow; member: MemberRow }> {
  const member = await memberByToken(db, c.params.id!, bearer(c));
  if (!member) throw routeErrors.notFound();
  return { route: await routeById(db, member.route_id), member };
}

/** How far ahead of the server's clock a change may be dated (a phone's clock may run a little fast). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/**
 * Checks who may write what, and clamps each change's time to the server's clock (with a small
 * tolerance): a change dated years ahead would otherwise win over everything anyone did later,
 * and one parent could freeze a field of the shared plan.
 */
function checkChanges(changes: readonly Change[], role: Role, now: number): Change[] {
  return changes.map((c) => {
    const by = c.by === 'self' && role === 'parent1' ? 'parent1' : c.by;
    if (by !== role) throw routeErrors.notYourRole();
    // parents add steps too (from the training, "zet dit op mijn stappenplan"); comments are the begeleider's
    if (c.field === 'comment' && role !== 'begeleider') throw routeErrors.notYourRole();
    return { ...c, by, at: Math.min(c.at, now + CLOCK_TOLERANCE_MS) } as Change;
  });
}

async function snapshot(db: Queryable, route: RouteRow) {
  const { changes, seq } = await changesSince(db, route.id, 0);
  return {
    routeId: route.id,
    code: route.code,
    family: JSON.parse(route.family) as Family,
    steps: JSON.parse(route.steps) as string[],
    changes,
    seq,
    closed: route.closed_at !== null,
    members: await activeRoles(db, route.id),
  };
}

async function summary(db: Queryable, route: RouteRow): Promise<DeskRouteSummary> {
  const { changes } = await changesSince(db, route.id, 0);
  const state = foldChanges(changes);
  const stepIds = [...(JSON.parse(route.steps) as string[]), ...state.added.map((a) => a.id)];
  const latest = [...changes]
    .filter((c) => c.field !== 'comment')
    .sort((a, b) => b.at - a.at)
    .slice(0, 5)
    .map((c) => ({ step: c.step, field: c.field, by: c.by, at: c.at, ...(c.field === 'status' ? { status: c.value } : {}) }));
  return {
    routeId: route.id,
    code: route.code,
    family: JSON.parse(route.family) as Family,
    total: stepIds.length,
    finished: countFinished(state, stepIds),
    closed: route.closed_at !== null,
    members: await activeRoles(db, route.id),
    createdAt: route.created_at,
    lastChangeAt: changes.length ? Math.max(...changes.map((c) => c.at)) : null,
    latest,
  };
}

/** `https://…/page#digiplein-route=CODE`: the code stays in the fragment, which browsers never send to a server. */
function linkFor(page: string | undefined, code: string): string | undefined {
  if (!page) return undefined;
  const url = new URL(page);
  url.hash = `digiplein-route=${code}`;
  return url.href;
}

/** The code the demo seeds: a visitor can join it as parent 2 on the demo site. */
export const DEMO_ROUTE_CODE = 'VBRD2345';

/**
 * The demo site's example route: a fictional family part-way through, guided by the demo
 * professional "Sanne de Balie". Seeded once with `DEMO_ROUTE_CODE`; in demo mode every visitor
 * who types that code gets a fresh copy (with a code of its own), so each newcomer can try
 * joining as the other parent, not only the first one ever.
 */
async function insertDemoRoute(tx: Queryable, ctx: FeatureContext, code?: string, id?: string): Promise<RouteRow | undefined> {
  const account = DEMO_ACCOUNTS[0]!;
  const row = await tx.get<{ id: string }>('SELECT id FROM accounts WHERE email = ?', [account.email]);
  if (!row) return undefined;
  const t = ctx.now().getTime();
  const family: Family = { relation: 'getrouwd', minorChildren: true, hasHelp: true };
  const steps = [
    'veiligheid',
    'kinderen-vertellen',
    'juridisch-advies',
    'begeleider-delen',
    'ouderschapsplan',
    'zorgregeling',
    'kinderalimentatie',
    'partneralimentatie',
    'woning',
    'spullen-verdelen',
    'pensioen',
    'echtscheiding-rechter',
    'toeslagen',
    'inschrijving',
    'school',
    'verzekeringen',
    'alimentatie-inning',
    'plan-bijhouden',
    'steun-voor-uzelf',
  ];
  const at = (minutesAgo: number) => t - minutesAgo * 60_000;
  const changes: Change[] = [
    { id: 'demo-change-01', step: 'veiligheid', field: 'status', value: 'done', at: at(3000), by: 'parent1' },
    { id: 'demo-change-02', step: 'kinderen-vertellen', field: 'status', value: 'done', at: at(2900), by: 'parent1' },
    { id: 'demo-change-03', step: 'juridisch-advies', field: 'status', value: 'done', at: at(2000), by: 'parent1' },
    { id: 'demo-change-04', step: 'ouderschapsplan', field: 'status', value: 'busy', at: at(900), by: 'begeleider' },
    { id: 'demo-change-05', step: 'ouderschapsplan', field: 'who', value: 'together', at: at(900), by: 'begeleider' },
    {
      id: 'demo-change-06',
      step: 'ouderschapsplan',
      field: 'comment',
      value: 'We bespreken de zorgregeling in het volgende gesprek.',
      at: at(890),
      by: 'begeleider',
    },
    { id: 'demo-change-07', step: 'woning', field: 'status', value: 'waiting', at: at(300), by: 'parent1' },
  ];
  const route = await insertRoute(tx, family, steps, t, code, id);
  await addMember(tx, route.id, 'parent1', t);
  await addMember(tx, route.id, 'begeleider', t, { accountId: row.id, organisationId: account.organisationId });
  await appendChanges(tx, route.id, changes, t);
  return route;
}

export const routesFeature: Feature = {
  name: 'routes',
  migrations,
  retention: [
    {
      kind: 'routes',
      defaultDays: 180,
      description: 'shared routes with their changes and tokens, counted from the last change (or closing)',
      async purge(db, cutoff) {
        return db.transaction(async (tx) => {
          const old = await tx.all<{ id: string }>('SELECT id FROM shared_routes WHERE updated_at < ?', [cutoff.getTime()]);
          await deleteRoutes(
            tx,
            old.map((r) => r.id),
          );
          return old.length;
        });
      },
    },
  ],
  routes(router, ctx: FeatureContext) {
    const { db } = ctx;
    const now = () => ctx.now().getTime();
    const streams = new EventStreams();

    router.add({
      method: 'POST',
      path: '/api/routes',
      summary: 'Share a route: the server makes it and the sharer becomes parent 1',
      openapi: {
        responses: { 201: 'Shared. Keep `token` secret; give `code` (or `link`) to the other parent and the begeleider.' },
        errors: [400, 403, 413, 429],
      },
      access: 'public',
      rateLimit: CREATE_LIMIT,
      bodyLimit: 1024 * 1024,
      body: createRouteRequest,
      response: createRouteResponse,
      async handler({ body }) {
        const changes = checkChanges(body.changes, 'parent1', now());
        const result = await db.transaction(async (tx) => {
          const route = await insertRoute(tx, body.family, body.steps, now());
          const token = await addMember(tx, route.id, 'parent1', now());
          await appendChanges(tx, route.id, changes, now());
          return { route, token };
        });
        ctx.log.info('route shared');
        return new Reply(201, {
          routeId: result.route.id,
          role: 'parent1',
          token: result.token,
          code: result.route.code,
          ...(linkFor(body.page, result.route.code) ? { link: linkFor(body.page, result.route.code) } : {}),
        });
      },
    });

    router.add({
      method: 'POST',
      path: '/api/routes/join',
      summary: 'The other parent joins with the code (becomes parent 2)',
      openapi: {
        responses: { 200: 'Joined: the membership and the whole route.' },
        errors: [400, 404, 409, 429],
      },
      access: 'public',
      rateLimit: JOIN_LIMIT,
      body: joinRouteRequest,
      response: joinRouteResponse,
      async handler({ body }) {
        const code = normalizeCode(body.code);
        const joined = await db.transaction(async (tx) => {
          const route =
            ctx.options.demo && code === DEMO_ROUTE_CODE
              ? await insertDemoRoute(tx, ctx) // every demo visitor gets a copy of their own
              : await tx.get<RouteRow>('SELECT * FROM shared_routes WHERE code = ? AND closed_at IS NULL', [code]);
          if (!route) throw routeErrors.notFound();
          if ((await activeRoles(tx, route.id)).includes('parent2')) throw routeErrors.roleTaken();
          const token = await addMember(tx, route.id, 'parent2', now());
          return { routeId: route.id, role: 'parent2' as const, token, route: await snapshot(tx, route) };
        });
        changed(joined.routeId);
        return joined;
      },
    });

    /** Tells every open stream of the route, on any server process, that there is something to fetch. */
    const changed = (routeId: string) => db.bus.publish(`routes:${routeId}`, {});

    router.add({
      method: 'GET',
      path: '/api/routes/:id/events',
      summary:
        'A server-sent event stream that says when the route changed (`changed`); the client then fetches the changes. Polling stays the fallback.',
      openapi: {
        description:
          "The token goes in `?token=`, since a browser's EventSource cannot send headers. Events: `ready` once, `changed` after every change, join, leave or close by anyone, `ping` every 10 s.",
        responses: { 200: { description: 'A server-sent event stream (text/event-stream).', contentType: 'text/event-stream' } },
        errors: [404, 429],
      },
      access: 'public',
      rateLimit: SYNC_LIMIT,
      query: eventsQuery,
      async handler(c) {
        const member = await memberByToken(db, c.params.id!, c.query.token);
        if (!member) throw routeErrors.notFound();
        const release = streams.admit([
          [`ip:${c.ip}`, STREAMS_PER_ADDRESS],
          [`route:${member.route_id}`, STREAMS_PER_ROUTE],
        ]);
        if (!release) throw errors.rateLimited(10);
        c.res.once('close', release);
        await openStream(c.req, c.res, streams, async (write) => {
          const off = db.bus.subscribe(`routes:${member.route_id}`, () => write({ event: 'changed', data: {} }));
          // the bus was away: something may have changed meanwhile
          const offResync = db.bus.subscribe(RESYNC, () => write({ event: 'changed', data: {} }));
          try {
            await db.bus.ready();
          } catch (error) {
            off(); // a failed start leaves no subscription behind
            offResync();
            throw error;
          }
          write({ event: 'ready', data: {} });
          return () => {
            off();
            offResync();
          };
        });
        return undefined;
      },
    });

    router.add({
      method: 'GET',
      path: '/api/routes/:id',
      summary: 'The whole shared route',
      openapi: {
        responses: { 200: 'The route with every change.' },
        errors: [404, 429],
        security: 'routeToken',
      },
      access: 'public',
      rateLimit: SYNC_LIMIT,
      response: routeSnapshot,
      async handler(c) {
        const { route } = await authorise(db, c);
        return snapshot(db, route);
      },
    });

    router.add({
      method: 'GET',
      path: '/api/routes/:id/changes',
      summary: 'Changes after a sequence number (polled every few seconds)',
      openapi: {
        responses: { 200: 'New changes, the latest sequence number, whether the route is closed, who takes part.' },
        errors: [400, 404, 429],
        security: 'routeToken',
      },
      access: 'public',
      rateLimit: SYNC_LIMIT,
      query: sinceQuery,
      response: changesResponse,
      async handler(c) {
        const { route } = await authorise(db, c);
        const { changes, seq } = await changesSince(db, route.id, Number(c.query.since ?? 0));
        return { changes, seq, closed: route.closed_at !== null, members: await activeRoles(db, route.id) };
      },
    });

    router.add({
      method: 'POST',
      path: '/api/routes/:id/changes',
      summary: "Send changes (idempotent per change id; made in the caller's own role)",
      openapi: {
        responses: { 200: 'Stored; `accepted` counts changes not seen before.' },
        errors: [400, 403, 404, 409, 413, 429],
        security: 'routeToken',
      },
      access: 'public',
      rateLimit: SYNC_LIMIT,
      bodyLimit: 512 * 1024,
      body: pushChangesRequest,
      response: pushChangesResponse,
      async handler(c) {
        const result = await db.transaction(async (tx) => {
          const { route, member } = await authorise(tx, c);
          if (route.closed_at !== null) throw routeErrors.closed();
          return appendChanges(tx, route.id, checkChanges(c.body.changes, member.role, now()), now());
        });
        if (result.accepted) changed(c.params.id!);
        return result;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/routes/:id/leave',
      summary: 'A parent leaves; their token stops working (their copy stays on their device)',
      openapi: {
        responses: { 204: 'Left.' },
        errors: [403, 404, 429],
        security: 'routeToken',
      },
      access: 'public',
      rateLimit: SYNC_LIMIT,
      async handler(c) {
        const { member } = await authorise(db, c);
        if (member.role === 'begeleider') throw routeErrors.notYourRole();
        await db.run('UPDATE shared_route_members SET left_at = ? WHERE route_id = ? AND role = ? AND left_at IS NULL', [
          now(),
          member.route_id,
          member.role,
        ]);
        changed(member.route_id);
        ctx.log.info('route left');
        return undefined;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/routes/:id/close',
      summary: 'The begeleider closes the route for everyone; it stays readable',
      openapi: {
        responses: { 204: 'Closed.' },
        errors: [403, 404, 429],
        security: 'routeToken',
      },
      access: 'public',
      rateLimit: SYNC_LIMIT,
      async handler(c) {
        const { route, member } = await authorise(db, c);
        if (member.role !== 'begeleider') throw routeErrors.notYourRole();
        if (route.closed_at === null)
          await db.run('UPDATE shared_routes SET closed_at = ?, updated_at = ? WHERE id = ?', [now(), now(), route.id]);
        changed(route.id);
        ctx.log.info('route closed');
        return undefined;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/routes/join',
      summary: 'A begeleider joins a route with the code the parents gave',
      openapi: {
        responses: { 200: "The begeleider's membership." },
        errors: [400, 401, 404, 409],
      },
      access: 'professional',
      rateLimit: JOIN_LIMIT,
      body: joinRouteRequest,
      response: membership,
      async handler(c) {
        const professional = requireProfessional(c);
        const code = normalizeCode(c.body.code);
        const joined = await db.transaction(async (tx) => {
          const route = await tx.get<RouteRow>('SELECT * FROM shared_routes WHERE code = ? AND closed_at IS NULL', [code]);
          if (!route) throw routeErrors.notFound();
          const other = await tx.get(
            'SELECT 1 AS x FROM shared_route_members WHERE route_id = ? AND role = ? AND left_at IS NULL AND account_id <> ?',
            [route.id, 'begeleider', professional.accountId],
          );
          if (other) throw routeErrors.roleTaken();
          const token = await addMember(tx, route.id, 'begeleider', now(), professional);
          return { routeId: route.id, role: 'begeleider' as const, token };
        });
        changed(joined.routeId); // the parents see that a begeleider joined
        return joined;
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/routes',
      summary: 'The shared routes this begeleider guides, with progress and the latest changes',
      openapi: {
        responses: { 200: 'Newest activity first.' },
        errors: [401],
      },
      access: 'professional',
      response: deskRoutesResponse,
      async handler(c) {
        const { accountId, organisationId } = requireProfessional(c);
        const routes = await db.all<RouteRow>(
          `SELECT r.* FROM shared_routes r WHERE r.id IN (
             SELECT route_id FROM shared_route_members WHERE role = 'begeleider' AND account_id = ? AND organisation_id = ?)
           ORDER BY r.updated_at DESC`,
          [accountId, organisationId],
        );
        return { routes: await Promise.all(routes.map((r) => summary(db, r))) };
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/routes/config',
      summary: "The DigiPlein config this server runs with (SITE_CONFIG), so the desk shows a route with the gemeente's own steps",
      openapi: {
        responses: { 200: '`{ config }`: the site config as JSON, or null when the server has none.' },
        errors: [401],
      },
      access: 'professional',
      handler(c) {
        requireProfessional(c);
        // The gemeente's own steps and offers, so the begeleider sees the route as the parents do.
        return { config: ctx.siteConfig && typeof ctx.siteConfig === 'object' ? ctx.siteConfig : null };
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/routes/:id/open',
      summary: 'A begeleider token to open a guided route in the widget',
      openapi: {
        responses: { 200: 'A fresh begeleider membership.' },
        errors: [401, 404],
      },
      access: 'professional',
      response: membership,
      async handler(c) {
        const { accountId, organisationId } = requireProfessional(c);
        const mine = await db.get(
          'SELECT 1 AS x FROM shared_route_members WHERE route_id = ? AND role = ? AND account_id = ? AND organisation_id = ?',
          [c.params.id!, 'begeleider', accountId, organisationId],
        );
        if (!mine) throw errors.notFound();
        const token = await addMember(db, c.params.id!, 'begeleider', now(), { accountId, organisationId });
        return { routeId: c.params.id!, role: 'begeleider' as const, token };
      },
    });
  },

  /** A fictional route guided by the demo professional "Sanne de Balie"; parent 2 can join with VBRD-2345. */
  async seedDemo(ctx) {
    if (await ctx.db.get('SELECT 1 AS x FROM shared_routes WHERE code = ?', [DEMO_ROUTE_CODE])) return;
    await ctx.db.transaction((tx) => insertDemoRoute(tx, ctx, DEMO_ROUTE_CODE, 'demo-route-voorbeeld'));
  },
};
