import * as z from 'zod/mini';
import { cbsCode, email, id, openingHours, phone, text, webUrl } from './common.js';

export const levels = ['licht', 'midden', 'zwaar'] as const;
export const audiences = ['ouder', 'kind', 'naaste'] as const;

/** Every way to reach an offer; at least one is required. */
export const contact = z.strictObject({
  phone: z.optional(phone),
  /** What the number costs or when it is open, shown next to it ("gratis, dag en nacht"). */
  phoneNote: z.optional(text),
  email: z.optional(email),
  website: z.optional(webUrl),
  chat: z.optional(webUrl),
  /** Id of a spreekuur in `spreekuren`: shows "meld je aan". */
  spreekuur: z.optional(id),
});

/** A place where parents, children or people close to them can get help. */
export const offer = z.strictObject({
  id,
  name: text,
  organisation: text,
  description: text,
  /** Words parents search with that the name and description lack (any language); found by the hulpzoeker's search only. */
  keywords: z.optional(z.array(z.string())),
  themes: z.array(id).check(z.minLength(1, 'at-least-one')),
  level: z.enum(levels),
  audience: z.array(z.enum(audiences)).check(z.minLength(1, 'at-least-one')),
  /** Gemeenten served (CBS codes). Absent: the whole region (or, in the national pack, the whole country). */
  gemeenten: z.optional(z.array(cbsCode)),
  contact,
  /** Absent when the cost is not confirmed: the widget then says "see the website". */
  cost: z.optional(z.strictObject({ free: z.boolean(), note: z.optional(text) })),
  openingHours: z.optional(openingHours),
  openingNote: z.optional(text),
  address: z.optional(z.strictObject({ street: z.string(), postcode: z.string(), city: z.string() })),
  coordinates: z.optional(z.strictObject({ lat: z.number(), lon: z.number() })),
  /** Where the facts in this item were checked. Required for national items. */
  source: z.optional(webUrl),
  /** Marks a fictional example offer (demo configs): shown with an "example" label. */
  example: z.optional(z.boolean()),
});

export type Offer = z.infer<typeof offer>;
export type OfferContact = z.infer<typeof contact>;
export type Level = (typeof levels)[number];
export type Audience = (typeof audiences)[number];

/** The guided questions the hulpzoeker can ask. */
export const hulpzoekerQuestions = ['voorWie', 'themas', 'situatie', 'woonplaats'] as const;

/** Settings of `<digiplein-hulpzoeker>`. */
export const hulpzoekerSettings = z.strictObject({
  /** Which guided questions to ask, in order (default: all four). */
  questions: z.optional(z.array(z.enum(hulpzoekerQuestions)).check(z.minLength(1, 'at-least-one'))),
  /**
   * Resolve postcodes the config does not list through PDOK's Locatieserver (a request to
   * api.pdok.nl with the four digits only). Off by default: no outside requests.
   */
  pdok: z.optional(z.boolean()),
  /**
   * Another address for PDOK's free-text endpoint: a full URL, or a path on the site itself
   * (`/pdok/free`), for example the gemeente's own proxy so the parent's browser calls no one else.
   */
  pdokUrl: z.optional(z.string().check(z.regex(/^(https?:\/\/[^\s/]+|\/)[^\s]*$/, 'web-url-or-path'))),
});
export type HulpzoekerSettings = z.infer<typeof hulpzoekerSettings>;
