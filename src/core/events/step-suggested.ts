import type { Text } from '../config/schema/index.js';

/**
 * `digiplein-step-suggested`: the parent asked to put a suggested step (from
 * `<digiplein-training>`) on their stappenplan. Bubbles, is composed and cancelable: a
 * `<digiplein-stap-tracker>` on the page that takes the step calls `preventDefault()`, so the
 * widget that asked can say whether it landed. Carries the step's id, title and description;
 * nothing the parent wrote.
 */
export interface StepSuggestedDetail {
  stepId: string;
  title: Text;
  description: Text;
}
export type StepSuggestedEvent = CustomEvent<StepSuggestedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-step-suggested': StepSuggestedEvent;
  }
}
