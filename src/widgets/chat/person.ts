/**
 * The handoff to a person: asking for a professional (consent, opening hours, no server), the
 * question left outside opening hours, and the live conversation (start, stream, send, end). A
 * chunk of its own: the panel loads it when the parent first asks for a person, or at once for a
 * conversation with a person restored from before (./panel.ts).
 */
export { HandoffController } from './handoff-controller.js';
export { firstPane, renderHandoffPane, renderLeaveInstead } from './handoff-view.js';
export { ChatApi } from './handoff.js';
export { emptyLeave, leaveErrors, leaveRequest } from './leave.js';
