import * as z from 'zod/mini';
import { id, link, text, webUrl } from './common.js';

export const relations = ['getrouwd', 'geregistreerd', 'samenwonend'] as const;

/** Which families a step is for: absent fields mean "every family". */
export const familyCondition = z.strictObject({
  relation: z.optional(z.array(z.enum(relations))),
  /** true: only for families with children under 18; false: only without. */
  minorChildren: z.optional(z.boolean()),
  /** true: only for parents who already have a begeleider, mediator or lawyer; false: only for those who have none yet. */
  hasHelp: z.optional(z.boolean()),
});

/** One step of the separation route. */
export const routeStep = z.strictObject({
  id,
  phase: id,
  title: text,
  /** Why this step matters (information, never advice). */
  why: text,
  /** What to do; legal and money steps end with where to get advice. */
  todo: text,
  links: z.optional(z.array(link)),
  /** Ids of offers (config or national) that help with this step. */
  offers: z.optional(z.array(id)),
  appliesTo: z.optional(familyCondition),
  /** The step is required (by law) for families matching this condition. */
  requiredFor: z.optional(familyCondition),
  /** When the requirement has a condition the start questions do not ask (such as joint authority). */
  requiredNote: z.optional(text),
  /** Where the facts in this step were checked. */
  source: z.optional(webUrl),
});

export const routePhase = z.strictObject({ id, title: text });

export const route = z.strictObject({
  phases: z.optional(z.array(routePhase)),
  steps: z.optional(z.array(routeStep)),
});

/** The `stapTracker` section: settings of `<digiplein-stap-tracker>`. */
export const stapTrackerSettings = z.strictObject({
  /** Heading above the route. */
  title: z.optional(text),
  /** Offer sharing with the other parent and a begeleider (needs `endpoints.api`). Default true. */
  share: z.optional(z.boolean()),
  /** Seconds between sync checks while a route is shared (default 3). */
  pollSeconds: z.optional(z.int().check(z.positive('positive'))),
});

export type RouteStep = z.infer<typeof routeStep>;
export type RoutePhase = z.infer<typeof routePhase>;
export type FamilyCondition = z.infer<typeof familyCondition>;
export type Relation = (typeof relations)[number];
export type StapTrackerSettings = z.infer<typeof stapTrackerSettings>;
