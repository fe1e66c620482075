import type { StepStatus } from '../api/routes.js';

/**
 * `digiplein-stap-changed`: a parent (or the begeleider) changed the status of a step in
 * `<digiplein-stap-tracker>`. Fired for that user action only, not for changes that arrive from
 * the other parent through sync. Bubbles and is composed. Carries the step id and the new
 * status; never notes, dates or who is doing it.
 */
export interface StapChangedDetail {
  stepId: string;
  status: StepStatus;
}
export type StapChangedEvent = CustomEvent<StapChangedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-stap-changed': StapChangedEvent;
  }
}
