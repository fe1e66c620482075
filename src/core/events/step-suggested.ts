import type { Text } from '../config/schema/index.js';

/**
 * `digiplein-step-suggested`: the parent asked to put a suggested step (from
 * `<digiplein-training>`) on their stappenplan. Bubbles, is composed and cancelable: a
 * `<digiplein-stap-tracker>` on the page that takes the step calls `preventDefault()` and sets
 * `detail.answer`, so the widget that asked can say whether (and when) it landed. Carries the step's id, title and description;
 * nothing the parent wrote.
 */
export interface StepSuggestedDetail {
  stepId: string;
  title: Text;
  description: Text;
  /**
   * Set by the widget that takes the step (with `preventDefault()`): `added` now, or
   * `after-start` when its route does not exist yet and the step follows once it does.
   */
  answer?: 'added' | 'after-start';
}
export type StepSuggestedEvent = CustomEvent<StepSuggestedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-step-suggested': StepSuggestedEvent;
  }
}
