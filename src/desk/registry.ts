import { holdsRole } from '../core/api/desk.js';
import type { DeskSession, Role } from '../core/api/desk.js';

/**
 * A view in the desk: one tab with a label and a custom element. The shell creates the
 * element when its tab opens and sets `session` (the logged-in account and organisation) on
 * it. A feature registers its view from its own module, imported in `views.ts`.
 */
export interface DeskView {
  /** Stable id, also the tab's URL hash (`/desk#signups`). */
  id: string;
  label: { nl: string; en: string };
  /** The custom element's tag; define it before registering. */
  tag: string;
  /** Lower comes first; the core's account view is 100. */
  order?: number;
  /** Only for accounts holding at least this role (`coordinator` includes admins; default: every role). */
  minimumRole?: Role;
}

/** What the shell sets on a view element. */
export interface DeskViewElement extends HTMLElement {
  session?: DeskSession;
  /**
   * The same account logged in again after its session ran out: the shell kept this element (and
   * what was typed in it). A view drops what said that nobody was logged in.
   */
  sessionResumed?(): void;
}

const views = new Map<string, DeskView>();
const listeners = new Set<() => void>();

export function registerDeskView(view: DeskView): void {
  if (views.has(view.id)) {
    console.warn(`DigiPlein desk: view "${view.id}" is already registered`);
    return;
  }
  views.set(view.id, view);
  for (const listener of listeners) listener();
}

/** The views a role may see, in order. */
export function deskViews(role?: Role): DeskView[] {
  return [...views.values()]
    .filter((v) => !v.minimumRole || (role !== undefined && holdsRole(role, v.minimumRole)))
    .sort((a, b) => (a.order ?? 50) - (b.order ?? 50) || a.id.localeCompare(b.id));
}

/** Calls `listener` when a view is registered later (returns the unsubscribe). */
export function onDeskViewsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
