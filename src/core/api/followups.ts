import * as z from 'zod/mini';

/**
 * The follow-up request: at the end of `<digiplein-training>` (or from any chapter) a parent
 * asks the wijkteam of their gemeente to contact them, the way and at the times they prefer.
 * Nothing of what they wrote in the training is sent. Both the widget and the reference server
 * (`server/features/followups/`) import these schemas.
 */
export const contactWays = ['phone', 'email'] as const;
export const followUpStatuses = ['new', 'contacted', 'support', 'no-support'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const followUpRequest = z
  .strictObject({
    /** The desk organisation that follows up (the wijkteam of the parent's gemeente, from the config). */
    organisation: z.string().check(z.minLength(1, 'not-empty'), z.maxLength(100, 'too-long')),
    /** The CBS code of the parent's gemeente, when the postcode gave one. */
    gemeente: z.optional(z.string().check(z.regex(/^GM\d{4}$/, 'cbs-code'))),
    name: z.string().check(z.trim(), z.minLength(1, 'not-empty'), z.maxLength(100, 'too-long')),
    contactBy: z.enum(contactWays),
    phone: z.optional(z.string().check(z.regex(/^\+?[\d -]{6,20}$/, 'phone'))),
    email: z.optional(z.string().check(z.maxLength(200, 'too-long'), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email'))),
    /** When the parent can be reached, in their own words ("dinsdagochtend", "na 18 uur"). */
    times: z.optional(z.string().check(z.maxLength(300, 'too-long'))),
    lang: z.string().check(z.maxLength(20, 'too-long')),
    /** The parent agreed to the consent text shown. */
    consent: z.literal(true),
  })
  .check(
    z.refine((r) => (r.contactBy === 'phone' ? Boolean(r.phone) : Boolean(r.email)), {
      message: 'contact-missing',
      path: ['contactBy'],
    }),
  );
export type FollowUpRequest = z.infer<typeof followUpRequest>;

export const followUpResponse = z.object({ id: z.string() });

export const deskFollowUp = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  gemeente: z.optional(z.string()),
  name: z.string(),
  contactBy: z.enum(contactWays),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  times: z.optional(z.string()),
  lang: z.string(),
  status: z.enum(followUpStatuses),
  notes: z.optional(z.string()),
});
export type DeskFollowUp = z.infer<typeof deskFollowUp>;

export const deskFollowUpList = z.object({ followUps: z.array(deskFollowUp) });

export const updateFollowUpRequest = z.strictObject({
  status: z.enum(followUpStatuses),
  notes: z.optional(z.string().check(z.maxLength(2000, 'too-long'))),
});
