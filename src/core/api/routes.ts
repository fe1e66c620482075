import * as z from 'zod/mini';
import { id, isoDate } from '../config/schema/common.js';
import { relations } from '../config/schema/route.js';

/**
 * The wire contract of shared routes (`<digiplein-stap-tracker>` ⇄ `server/features/routes/`).
 * One module for both sides: the widget parses responses and the server parses requests with
 * these same schemas. Also the shape of the file a parent exports.
 */

/** The three roles of a shared route; no names are ever needed. */
export const roles = ['parent1', 'parent2', 'begeleider'] as const;
export type Role = (typeof roles)[number];
/** Who made a change: a role, or `self` for a route that was not shared (yet). */
export const authors = [...roles, 'self'] as const;
export type Author = (typeof authors)[number];

export const stepStatuses = ['not-started', 'busy', 'done', 'not-applicable', 'waiting'] as const;
export type StepStatus = (typeof stepStatuses)[number];
/** Who is doing a step. */
export const doers = ['parent1', 'parent2', 'together', 'begeleider'] as const;
export type Doer = (typeof doers)[number];

/** The answers to the start questions. */
export const family = z.strictObject({
  relation: z.enum(relations),
  minorChildren: z.boolean(),
  hasHelp: z.boolean(),
});
export type Family = z.infer<typeof family>;

export const NOTES_MAX = 2000;
export const TITLE_MAX = 200;

const changeId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));
const base = {
  /** Made by the client, so a retried upload is stored once. */
  id: changeId,
  /** The step it is about. */
  step: id,
  /** When it was made (milliseconds since 1970, the author's clock). */
  at: z.int().check(z.nonnegative()),
  by: z.enum(authors),
};

/**
 * One change to a route. `status`, `who`, `date` and `notes` are fields of a step: per field the
 * later change wins (by `at`, then author, then id), and every change stays in the history.
 * `comment` (begeleider) adds a comment; `add` adds a step (the begeleider's, or a parent's from the training).
 */
export const change = z.discriminatedUnion('field', [
  z.strictObject({ ...base, field: z.literal('status'), value: z.enum(stepStatuses) }),
  z.strictObject({ ...base, field: z.literal('who'), value: z.nullable(z.enum(doers)) }),
  z.strictObject({ ...base, field: z.literal('date'), value: z.nullable(isoDate) }),
  z.strictObject({ ...base, field: z.literal('notes'), value: z.string().check(z.maxLength(NOTES_MAX)) }),
  z.strictObject({ ...base, field: z.literal('comment'), value: z.string().check(z.trim(), z.minLength(1), z.maxLength(NOTES_MAX)) }),
  z.strictObject({
    ...base,
    field: z.literal('add'),
    value: z.strictObject({
      phase: id,
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX)),
      todo: z.optional(z.string().check(z.maxLength(NOTES_MAX))),
    }),
  }),
]);
export type Change = z.infer<typeof change>;
export type ChangeField = Change['field'];
/** The fields of a step where the later change wins. */
export const stepFields = ['status', 'who', 'date', 'notes'] as const;
export type StepField = (typeof stepFields)[number];

const changes = (max: number) => z.array(change).check(z.maxLength(max));
const stepIds = z.array(id).check(z.maxLength(1000));
export const MAX_CHANGES_PER_PUSH = 500;

/** `POST /api/routes`: share a route. The sharer becomes parent 1. */
export const createRouteRequest = z.strictObject({
  family,
  /** The steps that apply to this family, as the sharer's widget selected them. */
  steps: stepIds,
  /** What the sharer already did on this device. */
  changes: changes(5000),
  /** The page the widget is on: the link points there, with the code in the #fragment. */
  page: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
});
export type CreateRouteRequest = z.infer<typeof createRouteRequest>;

/** A role's access to a route: keep `token` secret, it is the only key. */
export const membership = z.strictObject({
  routeId: z.string().check(z.minLength(1)),
  role: z.enum(roles),
  token: z.string().check(z.minLength(20)),
});
export type Membership = z.infer<typeof membership>;

export const createRouteResponse = z.strictObject({
  ...membership.shape,
  /** What the other parent and the begeleider type to join (8 letters and digits, shown as XXXX-XXXX). */
  code: z.string(),
  link: z.optional(z.string()),
});
export type CreateRouteResponse = z.infer<typeof createRouteResponse>;

/** `POST /api/routes/join`: the other parent joins with the code and becomes parent 2. */
export const joinRouteRequest = z.strictObject({ code: z.string().check(z.minLength(4), z.maxLength(20)) });

/** The whole shared route, for a member (`GET /api/routes/{id}`). */
export const routeSnapshot = z.strictObject({
  routeId: z.string(),
  code: z.string(),
  family,
  steps: stepIds,
  changes: z.array(change),
  /** The server's sequence number of the latest change: ask for changes `since` it. */
  seq: z.int(),
  closed: z.boolean(),
  /** Roles that take part now. */
  members: z.array(z.enum(roles)),
});
export type RouteSnapshot = z.infer<typeof routeSnapshot>;

/** `POST /api/routes/join` answers with a membership and the route. */
export const joinRouteResponse = z.strictObject({ ...membership.shape, route: routeSnapshot });
export type JoinRouteResponse = z.infer<typeof joinRouteResponse>;

/** `GET /api/routes/{id}/changes?since=N`: what changed after sequence number N. */
export const changesResponse = z.strictObject({
  changes: z.array(change),
  seq: z.int(),
  closed: z.boolean(),
  members: z.array(z.enum(roles)),
});
export type ChangesResponse = z.infer<typeof changesResponse>;

/** `POST /api/routes/{id}/changes`. */
export const pushChangesRequest = z.strictObject({ changes: changes(MAX_CHANGES_PER_PUSH) });
export const pushChangesResponse = z.strictObject({ seq: z.int(), accepted: z.int() });

/** One route in the begeleider's desk list (`GET /api/desk/routes`). */
export const deskRouteSummary = z.strictObject({
  routeId: z.string(),
  code: z.string(),
  family,
  total: z.int(),
  finished: z.int(),
  closed: z.boolean(),
  members: z.array(z.enum(roles)),
  createdAt: z.int(),
  lastChangeAt: z.nullable(z.int()),
  /** The latest changes, newest first (notes and comments left out). */
  latest: z.array(
    z.strictObject({ step: z.string(), field: z.string(), by: z.enum(authors), at: z.int(), status: z.optional(z.enum(stepStatuses)) }),
  ),
});
export type DeskRouteSummary = z.infer<typeof deskRouteSummary>;
export const deskRoutesResponse = z.strictObject({ routes: z.array(deskRouteSummary) });

/** The file a parent exports ("Bewaar als bestand") and can import again. */
export const EXPORT_FORMAT = 'digiplein-stap-tracker';
export const exportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  family,
  changes: z.array(change),
});
export type ExportFile = z.infer<typeof exportFile>;

/** 8 characters without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** `k7m4 x9qp`, `K7M4-X9QP` → `K7M4X9QP`. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
/** `K7M4X9QP` → `K7M4-X9QP`. */
export function formatCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** GET /api/desk/routes/config: the site config the desk opens routes with (null without one). */
export const deskSiteConfigResponse = z.object({ config: z.nullable(z.record(z.string(), z.unknown())) });
