import * as z from 'zod/mini';
import { cbsCode, email, id, text } from './common.js';

/** A fixed time slot, for gemeenten without a server (ISO date-times with offset). */
export const staticSlot = z.strictObject({
  start: z.iso.datetime({ offset: true, error: 'date-time' }),
  end: z.iso.datetime({ offset: true, error: 'date-time' }),
  capacity: z.optional(z.int().check(z.positive('positive'))),
});

/** A spreekuur (an appointment or walk-in hour) or a bijeenkomst (a meeting for a group). */
export const spreekuurKinds = ['spreekuur', 'bijeenkomst'] as const;

/** A spreekuur or meeting parents can sign up for. */
export const spreekuur = z.strictObject({
  id,
  name: text,
  organisation: text,
  kind: z.enum(spreekuurKinds),
  description: z.optional(text),
  location: z.optional(text),
  online: z.optional(z.boolean()),
  gemeenten: z.optional(z.array(cbsCode)),
  /** Without an API endpoint: sign-ups become a prefilled e-mail to this address. */
  email: z.optional(email),
  slots: z.optional(z.array(staticSlot)),
});

export type Spreekuur = z.infer<typeof spreekuur>;
export type StaticSlot = z.infer<typeof staticSlot>;
