/**
 * `digiplein-chat-open`: the parent opened the chat panel (launcher mode) or started using an
 * inline chat. Carries the mode only; never message content.
 */
export type ChatOpenEvent = CustomEvent<{ mode: 'inline' | 'launcher' }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-chat-open': ChatOpenEvent;
  }
}
