import * as z from 'zod/mini';
import { spreekuurKinds } from '../config/schema/spreekuur.js';

/**
 * The sign-up contract between `<digiplein-spreekuur-aanmelding>` and a DigiPlein server
 * (the reference server in `server/features/signups/` or a gemeente's own). Both sides import
 * this module, so the browser and the server validate with the same code.
 *
 * Check messages are keys of the widget's `errors.*` translations (see `fieldErrors`).
 */

/** Upper bound of the free question; a config may set a lower one (`spreekuurAanmelding.questionMaxLength`). */
export const QUESTION_MAX = 1000;
export const NAME_MAX = 80;
/** Sign-ups sent sooner than this after the form was first shown are refused (a bot's speed). */
export const MIN_FILL_MS = 3000;

/** Removes the separators people type in phone numbers: spaces, dashes, dots, brackets, a "(0)". */
export function normalisePhone(value: string): string {
  return value.replace(/\(0\)/g, '').replace(/[\s\-.()]/g, '');
}

/**
 * A Dutch phone number a professional can call back: 10 digits starting with 0 (06 for mobile),
 * or the same with +31 / 0031 instead of the 0.
 */
export const PHONE_PATTERN = /^(0[1-9]\d{8}|(\+|00)31[1-9]\d{8})$/;

/** A Dutch postcode: four digits (not starting with 0) and two letters (not SA, SD or SS). */
export const POSTCODE_PATTERN = /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/i;

/** "1234ab" → "1234 AB". */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : value;
}

export const contactPreferences = ['email', 'phone', 'any'] as const;
export type ContactPreference = (typeof contactPreferences)[number];

/** The parent's details. Empty optional fields become `undefined`; text is trimmed. */
export function detailsSchema(questionMax = QUESTION_MAX) {
  return z
    .object({
      name: z.string('name.required').check(z.trim(), z.minLength(1, 'name.required'), z.maxLength(NAME_MAX, 'name.tooLong')),
      email: z.optional(z.string().check(z.trim(), z.toLowerCase())).check(
        z.refine((v) => !v || z.email().safeParse(v).success, 'email.invalid'),
        z.refine((v) => !v || v.length <= 254, 'email.invalid'),
      ),
      phone: z
        .optional(z.string().check(z.trim(), z.overwrite(normalisePhone)))
        .check(z.refine((v) => !v || PHONE_PATTERN.test(v), 'phone.invalid')),
      postcode: z
        .optional(z.string().check(z.trim(), z.overwrite(normalisePostcode)))
        .check(z.refine((v) => !v || POSTCODE_PATTERN.test(v), 'postcode.invalid')),
      theme: z.string('theme.required').check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'theme.required')),
      question: z.optional(z.string().check(z.trim(), z.maxLength(Math.min(questionMax, QUESTION_MAX), 'question.tooLong'))),
      contactBy: z.enum(contactPreferences, 'contactBy.required'),
      consent: z.literal(true, 'consent.required'),
    })
    .check(
      z.superRefine((d, ctx) => {
        if (!d.email && !d.phone) {
          ctx.addIssue({ code: 'custom', message: 'contact.required', path: ['email'], input: d.email });
        }
        if (d.contactBy === 'email' && !d.email && d.phone) {
          ctx.addIssue({ code: 'custom', message: 'email.neededForPreference', path: ['email'], input: d.email });
        }
        if (d.contactBy === 'phone' && !d.phone && d.email) {
          ctx.addIssue({ code: 'custom', message: 'phone.neededForPreference', path: ['phone'], input: d.phone });
        }
      }),
    );
}

export type Details = z.output<ReturnType<typeof detailsSchema>>;
/** The details as typed in the form (every field a string or a boolean, possibly empty). */
export interface DetailsInput {
  name: string;
  email: string;
  phone: string;
  postcode: string;
  theme: string;
  question: string;
  contactBy: ContactPreference | '';
  consent: boolean;
}

export const emptyDetails = (): DetailsInput => ({
  name: '',
  email: '',
  phone: '',
  postcode: '',
  theme: '',
  question: '',
  contactBy: '',
  consent: false,
});

/** The form's fields in the order they appear (the error summary follows this order). */
export const detailFields = ['name', 'email', 'phone', 'postcode', 'theme', 'question', 'contactBy', 'consent'] as const;
export type DetailField = (typeof detailFields)[number];

/** One message per field: an i18n key below `errors.` plus interpolation values. */
export interface FieldError {
  field: DetailField;
  key: string;
  values?: Record<string, number>;
}

/** Turns typed form input into the wire shape (empty optional strings left out). */
export function detailsPayload(input: DetailsInput): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: input.name,
    theme: input.theme,
    contactBy: input.contactBy || undefined,
    consent: input.consent,
  };
  for (const key of ['email', 'phone', 'postcode', 'question'] as const) {
    if (input[key].trim() !== '') out[key] = input[key];
  }
  if (!out.contactBy) delete out.contactBy;
  return out;
}

/**
 * Validates details; gives the parsed details or the first message per field, in form order.
 * Used by the widget (inline errors, error summary) and by the server (a 400 with the same keys).
 */
export function validateDetails(
  input: unknown,
  questionMax = QUESTION_MAX,
): { ok: true; details: Details } | { ok: false; errors: FieldError[] } {
  const result = detailsSchema(questionMax).safeParse(input);
  if (result.success) return { ok: true, details: result.data };
  const byField = new Map<DetailField, FieldError>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as DetailField;
    if (!detailFields.includes(field) || byField.has(field)) continue;
    const key = issue.message.includes('.') ? issue.message : `${field}.invalid`;
    const error: FieldError = { field, key };
    if (key.endsWith('tooLong') && 'maximum' in issue) error.values = { max: Number(issue.maximum) };
    byField.set(field, error);
  }
  // The object-level check only runs once every field parses; say it on the first try as well.
  const raw = (input ?? {}) as Record<string, unknown>;
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
  if (!byField.has('email') && !byField.has('phone') && blank(raw.email) && blank(raw.phone)) {
    byField.set('email', { field: 'email', key: 'contact.required' });
  }
  return { ok: false, errors: detailFields.filter((f) => byField.has(f)).map((f) => byField.get(f)!) };
}

// ---------------------------------------------------------------------------------------------
// Slots

export const slotSchema = z.object({
  /** Stable id of the slot (a server id, or `static-<start>` for slots from the config). */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  capacity: z.int().check(z.minimum(1)),
  /** Places left; 0 is a full slot (shown as full). */
  remaining: z.int().check(z.minimum(0)),
});
export type Slot = z.infer<typeof slotSchema>;

/** `GET /api/spreekuren/{id}/slots`: upcoming slots, earliest first (full ones included). */
export const slotsResponseSchema = z.object({
  spreekuur: z.string(),
  slots: z.array(slotSchema),
});
export type SlotsResponse = z.infer<typeof slotsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Sign-up

export const idempotencyKeySchema = z.string().check(z.regex(/^[A-Za-z0-9-]{16,64}$/));

/** `POST /api/signups`. */
export function signupRequestSchema(questionMax = QUESTION_MAX) {
  return z.object({
    spreekuur: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    slot: z.string().check(z.minLength(1), z.maxLength(100)),
    /** One per sign-up: a retry or a double click with the same key books once. */
    idempotencyKey: idempotencyKeySchema,
    details: detailsSchema(questionMax),
    /** Language of the parent (for the professional and for messages). */
    lang: z.optional(z.enum(['nl', 'en'])),
    /** Milliseconds between the details form first showing and sending (minimum fill time). */
    fillMs: z.int().check(z.minimum(0)),
    /** Honeypot: hidden from people; a bot that fills it is refused. */
    website: z.optional(z.string()),
  });
}
export type SignupRequest = z.input<ReturnType<typeof signupRequestSchema>>;

/** `201` (or `200` for a repeated idempotency key) response of `POST /api/signups`. */
export const signupResponseSchema = z.object({
  reference: z.string(),
  /** Secret that, with the reference, cancels the sign-up. Shown only to the parent. */
  cancelToken: z.string(),
  spreekuur: z.string(),
  slot: z.object({ id: z.string(), start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }),
  status: z.enum(['booked', 'cancelled']),
});
export type SignupResponse = z.infer<typeof signupResponseSchema>;

/** `POST /api/signups/{reference}/cancel`. */
export const cancelRequestSchema = z.object({ token: z.string().check(z.minLength(16), z.maxLength(128)) });

/**
 * Error codes of the sign-up endpoints (besides the core's, `src/core/api/errors.ts`): the
 * answer is the shared error envelope `{ error: { code, message: { nl, en }, issues? } }`.
 */
export const signupErrorCodes = [
  /** 409: the last place of this time was just taken. */
  'slot_full',
  /** 404: the time does not exist (any more) or has passed. */
  'slot_not_found',
  'spreekuur_not_found',
  /** 400: sent sooner than MIN_FILL_MS after the form showed. */
  'too_fast',
  /** 400: the honeypot was filled in. */
  'rejected',
  /** 429: too many sign-ups for this e-mail address or phone number today. */
  'contact_limit',
] as const;
export type SignupErrorCode = (typeof signupErrorCodes)[number];

// ---------------------------------------------------------------------------------------------
// Desk (professionals of the organisation that runs the spreekuur)

export const deskSignupSchema = z.object({
  id: z.string(),
  reference: z.string(),
  spreekuur: z.object({ id: z.string(), name: z.string() }),
  slot: z.object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }),
  status: z.enum(['booked', 'cancelled']),
  /** Who cancelled: the parent, or the organisation that cancelled the time (absent for sign-ups cancelled before this was kept). */
  cancelledBy: z.optional(z.enum(['parent', 'organisation'])),
  handled: z.boolean(),
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  postcode: z.optional(z.string()),
  theme: z.string(),
  question: z.optional(z.string()),
  contactBy: z.enum(contactPreferences),
  lang: z.optional(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  /** A danger signal in the question (the server's own check), if any. */
  safety: z.optional(z.enum(['strong', 'possible'])),
});
export type DeskSignup = z.infer<typeof deskSignupSchema>;

/** `GET /api/desk/signups`: upcoming sign-ups of the professional's organisation, earliest first. */
export const deskSignupListSchema = z.object({
  spreekuren: z.array(z.object({ id: z.string(), name: z.string() })),
  signups: z.array(deskSignupSchema),
  /** How many upcoming sign-ups there are in all (the list comes in pages; `?page=2`). */
  total: z.optional(z.int()),
  pageSize: z.optional(z.int()),
});
export type DeskSignupList = z.infer<typeof deskSignupListSchema>;

/** `POST /api/desk/signups/{id}/handled`. */
export const markHandledSchema = z.object({ handled: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Desk management: coordinators run the organisation's spreekuren and meetings and their times

/** The same kinds as the config's `spreekuren[].kind`: a spreekuur, or a bijeenkomst (meeting). */
export { spreekuurKinds };
export type SpreekuurKind = (typeof spreekuurKinds)[number];

/** Places per time: from 1 up to a hall's worth. */
export const MAX_CAPACITY = 500;
/** A weekly series covers at most a year. */
export const MAX_SERIES_WEEKS = 52;
/** The id a gemeente's config names the spreekuur by (`spreekuren[].id`). */
export const SPREEKUUR_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const capacitySchema = z.int().check(z.minimum(1, 'positive'), z.maximum(MAX_CAPACITY));
const dateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'iso-date'));
const clockSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'clock-time'));
const minutesSchema = z.int().check(z.minimum(5), z.maximum(600));

/**
 * `PUT /api/desk/spreekuren/{id}`: what a coordinator sets. A place is a location text, or
 * `online: true` with an optional https link (the server refuses a place with neither).
 */
export const spreekuurInputSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'not-empty'), z.maxLength(120)),
  kind: z.enum(spreekuurKinds),
  online: z.boolean(),
  location: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  link: z.optional(z.string().check(z.trim(), z.regex(/^https:\/\/[^\s]+$/, 'web-url'), z.maxLength(500))),
  description: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  defaultCapacity: capacitySchema,
});
export type SpreekuurInput = z.infer<typeof spreekuurInputSchema>;

/** `POST /api/desk/spreekuren`: the same, with the id for the config (made from the name when left out). */
export const createSpreekuurSchema = z.extend(spreekuurInputSchema, {
  id: z.optional(z.string().check(z.regex(SPREEKUUR_ID_PATTERN, 'id'), z.maxLength(60))),
});
export type CreateSpreekuur = z.infer<typeof createSpreekuurSchema>;

/** `POST /api/desk/spreekuren/{id}/times`: one time, as wall-clock time in Europe/Amsterdam. */
export const addTimeSchema = z.strictObject({
  date: dateSchema,
  start: clockSchema,
  minutes: minutesSchema,
  /** Default: the spreekuur's default capacity. */
  capacity: z.optional(capacitySchema),
});
export type AddTime = z.infer<typeof addTimeSchema>;

/** `POST /api/desk/spreekuren/{id}/series`: one weekday every week, for `weeks` weeks or until a date. */
export const addSeriesSchema = z.strictObject({
  weekday: z.enum(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']),
  start: clockSchema,
  minutes: minutesSchema,
  from: dateSchema,
  weeks: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_SERIES_WEEKS))),
  until: z.optional(dateSchema),
  capacity: z.optional(capacitySchema),
});
export type AddSeries = z.infer<typeof addSeriesSchema>;

/** `PATCH /api/desk/spreekuren/{id}/times/{timeId}`: places (never below those booked) and/or closed. */
export const updateTimeSchema = z.strictObject({
  capacity: z.optional(capacitySchema),
  /** A closed time takes no new sign-ups and is no longer offered; the desk still shows it. */
  closed: z.optional(z.boolean()),
});

/** `POST /api/desk/spreekuren/{id}/times/{timeId}/cancel`: a time with sign-ups needs `confirm: true`. */
export const cancelTimeSchema = z.strictObject({ confirm: z.optional(z.boolean()) });

/** Someone signed up for a time: enough to contact them. */
export const deskTimeSignupSchema = z.object({
  id: z.string(),
  reference: z.string(),
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  contactBy: z.enum(contactPreferences),
});
export type DeskTimeSignup = z.infer<typeof deskTimeSignupSchema>;

export const deskTimeSchema = z.object({
  id: z.string(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  capacity: z.int(),
  booked: z.int(),
  closed: z.boolean(),
  /** Active sign-ups (cancelled ones left out). */
  signups: z.array(deskTimeSignupSchema),
});
export type DeskTime = z.infer<typeof deskTimeSchema>;

export const deskSpreekuurSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(spreekuurKinds),
  online: z.boolean(),
  location: z.optional(z.string()),
  link: z.optional(z.string()),
  description: z.optional(z.string()),
  defaultCapacity: z.int(),
  /** Times that have not ended, earliest first. */
  times: z.array(deskTimeSchema),
});
export type DeskSpreekuur = z.infer<typeof deskSpreekuurSchema>;

/** `GET /api/desk/spreekuren`. */
export const deskSpreekuurListSchema = z.object({ spreekuren: z.array(deskSpreekuurSchema) });

/** Times just added (a series leaves out the ones already past). */
export const addedTimesSchema = z.object({ times: z.array(deskTimeSchema) });

/** The answer to cancelling a time: the people whose sign-up was cancelled, to contact. */
export const cancelledTimeSchema = z.object({ cancelled: z.array(deskTimeSignupSchema) });
export type CancelledTime = z.infer<typeof cancelledTimeSchema>;
