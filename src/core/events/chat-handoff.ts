/**
 * `digiplein-chat-handoff`: a step of the handoff to a person. `requested` (the parent asked
 * and agreed), `connected` (a professional took the conversation), `closed`, or
 * `question-left` (outside opening hours the parent left a question). No message content and
 * no personal data, only whether the history was shared.
 */
export type ChatHandoffEvent = CustomEvent<{
  stage: 'requested' | 'connected' | 'closed' | 'question-left';
  sharedHistory?: boolean;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-chat-handoff': ChatHandoffEvent;
  }
}
