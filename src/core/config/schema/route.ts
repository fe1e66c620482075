import * as z from 'zod/mini';
import { id, link, text, webUrl } from './common.js';

export const relations = ['getrouwd', 'geregistreerd', 'samenwonend'] as const;

/** Which families a step is for: absent fields mean "every family". */
export const familyCondition = z.strictObject({
  relation: z.optional(z.array(z.enum(relations))),
  /** true: only for families with children under 18; false: only without. */
  minorChildren: z.optional(z.boolean()),
});

/** One step of the separation route. */
export const routeStep = z.strictObject({
  id,
  phase: id,
  title: text,
  why: text,
  todo: text,
  links: z.optional(z.array(link)),
  /** Ids of offers (config or national) that help with this step. */
  offers: z.optional(z.array(id)),
  appliesTo: z.optional(familyCondition),
  /** The step is required (by law) for families matching this condition. */
  requiredFor: z.optional(familyCondition),
  source: z.optional(webUrl),
});

export const routePhase = z.strictObject({ id, title: text });

export const route = z.strictObject({
  phases: z.optional(z.array(routePhase)),
  steps: z.optional(z.array(routeStep)),
});

export type RouteStep = z.infer<typeof routeStep>;
export type RoutePhase = z.infer<typeof routePhase>;
export type FamilyCondition = z.infer<typeof familyCondition>;
export type Relation = (typeof relations)[number];
