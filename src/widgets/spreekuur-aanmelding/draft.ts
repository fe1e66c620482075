import { createStore } from '../../core/storage/storage.js';
import type { Store } from '../../core/storage/storage.js';
import { contactPreferences, emptyDetails } from '../../core/api/signups.js';
import { signupResponseSchema } from '../../core/api/signups.js';
import type { DetailsInput, SignupResponse } from '../../core/api/signups.js';

export const steps = ['what', 'time', 'details', 'check', 'done'] as const;
export type Step = (typeof steps)[number];

/** What the parent chose and typed so far; kept in this tab's session storage once they type. */
export interface Draft {
  v: 1;
  step: Step;
  spreekuur?: string;
  slot?: { id: string; start: string; end: string };
  details: DetailsInput;
  /** Idempotency key of this sign-up: the same for every retry, new after success. */
  key: string;
  /** When the details form was first shown (minimum fill time). */
  startedAt?: number;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Reads a stored draft defensively (an older or tampered value gives nothing). */
export function parseDraft(raw: unknown): Draft | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const d = raw as Record<string, unknown>;
  if (d.v !== 1 || typeof d.key !== 'string' || !steps.includes(d.step as Step)) return undefined;
  const det = (d.details ?? {}) as Record<string, unknown>;
  const slot = d.slot as Record<string, unknown> | undefined;
  const details: DetailsInput = {
    ...emptyDetails(),
    name: str(det.name),
    email: str(det.email),
    phone: str(det.phone),
    postcode: str(det.postcode),
    theme: str(det.theme),
    question: str(det.question),
    contactBy: contactPreferences.includes(det.contactBy as never) ? (det.contactBy as DetailsInput['contactBy']) : '',
    consent: det.consent === true,
  };
  return {
    v: 1,
    step: d.step as Step,
    spreekuur: typeof d.spreekuur === 'string' ? d.spreekuur : undefined,
    slot:
      slot && typeof slot.id === 'string' && typeof slot.start === 'string' && typeof slot.end === 'string'
        ? { id: slot.id, start: slot.start, end: slot.end }
        : undefined,
    details,
    key: d.key,
    startedAt: typeof d.startedAt === 'number' ? d.startedAt : undefined,
  };
}

/**
 * The draft store. Session storage on purpose: it survives a reload or a crash of the page but
 * not closing the tab, so details about a separation do not stay behind on a shared device.
 */
export const draftStore = (): Store<Draft> => createStore('aanmelding', 'draft', 'session', parseDraft);

/** A new idempotency key (random, 32 hex characters). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the confirmation needs after a reload: the booking and the cancel link, no personal details. */
export interface KeptConfirmation {
  response: SignupResponse;
  cancelUrl?: string;
}

/** Kept in this tab after a booking, so a reload still shows the reference; removed on a new sign-up and by "wis mijn gegevens". */
export const confirmationStore = (): Store<KeptConfirmation> =>
  createStore('aanmelding', 'confirmation', 'session', (raw) => {
    const r = raw as { response?: unknown; cancelUrl?: unknown } | undefined;
    const parsed = signupResponseSchema.safeParse(r?.response);
    if (!parsed.success) return undefined;
    return { response: parsed.data, cancelUrl: typeof r?.cancelUrl === 'string' ? r.cancelUrl : undefined };
  });
