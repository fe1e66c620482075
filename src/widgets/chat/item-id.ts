import type { ChatItem } from './transcript-store.js';

// Not in the session store's module: that one loads with the launcher, these with the panel (whose
// chunk holds them for the handoff's too: the panel's chunk always loads before the handoff's).

let counter = 0;
/** A short unique id for an item or a message (also the idempotency key of a POST). */
export function newId(): string {
  const random =
    typeof crypto !== 'undefined' && 'getRandomValues' in crypto
      ? Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')
      : Math.random().toString(16).slice(2, 18);
  return `${Date.now().toString(36)}${(counter++).toString(36)}${random}`.slice(0, 32);
}

/**
 * A message from the parent to the person, shown at once as pending until the server has it
 * (its id is also its client id, so a message sent again is stored once).
 */
export function pendingMessage(text: string): ChatItem {
  const clientId = newId();
  return { id: clientId, from: 'parent', text, clientId, pending: true };
}
