import type { FamilyCondition, RoutePhase, RouteStep, Text } from '../../core/config/schema/index.js';
import type { Family, StepStatus } from '../../core/api/routes.js';
import type { RouteState } from '../../core/api/route-state.js';
import { isFinished, statusOf } from '../../core/api/route-state.js';

/**
 * The route logic of the stap-tracker: which steps fit a family, progress, and what is next.
 * Pure functions over typed data, no DOM.
 */

/** Does a condition hold for this family? Absent fields hold for every family. */
export function matches(condition: FamilyCondition | undefined, family: Family): boolean {
  if (!condition) return true;
  if (condition.relation && !condition.relation.includes(family.relation)) return false;
  if (condition.minorChildren !== undefined && condition.minorChildren !== family.minorChildren) return false;
  if (condition.hasHelp !== undefined && condition.hasHelp !== family.hasHelp) return false;
  return true;
}

/** A step as the tracker shows it: config steps and steps a begeleider added. */
export interface TrackedStep {
  id: string;
  phase: string;
  title: Text;
  why?: Text;
  todo?: Text;
  links?: RouteStep['links'];
  offers?: string[];
  required: boolean;
  requiredNote?: Text;
  source?: string;
  /** Added by the begeleider of a shared route. */
  added?: boolean;
}

export interface TrackedPhase {
  id: string;
  title: Text;
  steps: TrackedStep[];
}

function toTracked(s: RouteStep, family: Family): TrackedStep {
  return {
    id: s.id,
    phase: s.phase,
    title: s.title,
    why: s.why,
    todo: s.todo,
    links: s.links,
    offers: s.offers,
    required: s.requiredFor ? matches(s.requiredFor, family) : false,
    requiredNote: s.requiredNote,
    source: s.source,
  };
}

/** The steps of the route that apply to this family, with `required` worked out. */
export function selectSteps(steps: readonly RouteStep[], family: Family): TrackedStep[] {
  return steps.filter((s) => matches(s.appliesTo, family)).map((s) => toTracked(s, family));
}

/**
 * Groups steps under their phases, in the order of the phases; steps a begeleider added go
 * last in their phase. Steps whose phase is unknown go into the last phase; empty phases are left out.
 * `only` (ids), when given, limits the config steps (the step list a shared route was made with).
 */
export function buildRoute(
  phases: readonly RoutePhase[],
  steps: readonly RouteStep[],
  family: Family,
  state: RouteState,
  only?: readonly string[],
): TrackedPhase[] {
  const keep = only ? new Set(only) : undefined;
  const selected = keep ? steps.filter((s) => keep.has(s.id)).map((s) => toTracked(s, family)) : selectSteps(steps, family);
  const added: TrackedStep[] = state.added.map((a) => ({
    id: a.id,
    phase: a.phase,
    title: a.title,
    todo: a.todo,
    required: false,
    added: true,
  }));
  const out: TrackedPhase[] = phases.map((p) => ({ id: p.id, title: p.title, steps: [] }));
  const byId = new Map(out.map((p) => [p.id, p]));
  for (const step of [...selected, ...added]) (byId.get(step.phase) ?? out[out.length - 1])?.steps.push(step);
  return out.filter((p) => p.steps.length);
}

export interface Progress {
  finished: number;
  total: number;
}

export function progressOf(steps: readonly TrackedStep[], state: RouteState): Progress {
  let finished = 0;
  for (const s of steps) if (isFinished(statusOf(state, s.id))) finished++;
  return { finished, total: steps.length };
}

export const allSteps = (route: readonly TrackedPhase[]): TrackedStep[] => route.flatMap((p) => p.steps);

export interface NextStep {
  step: TrackedStep;
  /** `continue`: already busy; `start`: the first open step (required ones first). */
  reason: 'continue' | 'start';
}

/**
 * "What is next": a step already busy, else the first step not started in the route's order
 * (safety and telling the children come before the parenting plan, required or not). Steps
 * waiting for someone are skipped. Undefined when nothing is open.
 */
export function nextStep(route: readonly TrackedPhase[], state: RouteState): NextStep | undefined {
  const steps = allSteps(route);
  const status = (s: TrackedStep): StepStatus => statusOf(state, s.id);
  const busy = steps.find((s) => status(s) === 'busy');
  if (busy) return { step: busy, reason: 'continue' };
  const pick = steps.find((s) => status(s) === 'not-started');
  return pick ? { step: pick, reason: 'start' } : undefined;
}
