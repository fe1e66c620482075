import type { Author, Change, Doer, StepField, StepStatus } from './routes.js';

/**
 * The state of a route folded from its changes. Pure and shared by the widget and the server
 * (the desk's progress). Applying the same changes in any order gives the same state: per
 * step and field the later change wins (by time, then author, then id), and none is lost:
 * every change stays in the step's history.
 */

export interface FieldValue<T> {
  value: T;
  at: number;
  by: Author;
  id: string;
}

export interface StepState {
  status?: FieldValue<StepStatus>;
  who?: FieldValue<Doer | null>;
  date?: FieldValue<string | null>;
  notes?: FieldValue<string>;
}

export interface AddedStep {
  id: string;
  phase: string;
  title: string;
  todo?: string;
  by: Author;
  at: number;
}

export interface RouteState {
  steps: Map<string, StepState>;
  /** Every change per step, oldest first. */
  history: Map<string, Change[]>;
  added: AddedStep[];
  comments: Map<string, Change[]>;
  seen: Set<string>;
}

export function emptyState(): RouteState {
  return { steps: new Map(), history: new Map(), added: [], comments: new Map(), seen: new Set() };
}

/** True when change a wins over b for the same field. */
export function isLater(a: { at: number; by: string; id: string }, b: { at: number; by: string; id: string }): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.by !== b.by) return a.by > b.by;
  return a.id > b.id;
}

function insertSorted(list: Change[], c: Change): void {
  let i = list.length;
  while (i > 0 && isLater(list[i - 1]!, c)) i--;
  list.splice(i, 0, c);
}

/** Applies one change in place; a change seen before is ignored. Returns whether anything changed. */
export function applyChange(state: RouteState, c: Change): boolean {
  if (state.seen.has(c.id)) return false;
  state.seen.add(c.id);
  if (c.field === 'add') {
    if (!state.added.some((s) => s.id === c.step)) state.added.push({ id: c.step, ...c.value, by: c.by, at: c.at });
    state.added.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    return true;
  }
  if (c.field === 'comment') {
    insertSorted(state.comments.get(c.step) ?? (state.comments.set(c.step, []), state.comments.get(c.step)!), c);
    return true;
  }
  const history = state.history.get(c.step) ?? (state.history.set(c.step, []), state.history.get(c.step)!);
  insertSorted(history, c);
  const step = state.steps.get(c.step) ?? (state.steps.set(c.step, {}), state.steps.get(c.step)!);
  const current = step[c.field as StepField];
  if (!current || isLater(c, current)) {
    (step as Record<StepField, FieldValue<unknown>>)[c.field as StepField] = { value: c.value, at: c.at, by: c.by, id: c.id };
  }
  return true;
}

export function foldChanges(changes: readonly Change[]): RouteState {
  const state = emptyState();
  for (const c of changes) applyChange(state, c);
  return state;
}

export function statusOf(state: RouteState, stepId: string): StepStatus {
  return state.steps.get(stepId)?.status?.value ?? 'not-started';
}

/** Done and not applicable both count as finished. */
export const isFinished = (status: StepStatus): boolean => status === 'done' || status === 'not-applicable';

/** How many of these steps are finished. */
export function countFinished(state: RouteState, stepIds: readonly string[]): number {
  let n = 0;
  for (const id of stepIds) if (isFinished(statusOf(state, id))) n++;
  return n;
}

/** A random id for a change (also for added steps): 16 characters of [A-Za-z0-9_-]. */
export function newChangeId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
