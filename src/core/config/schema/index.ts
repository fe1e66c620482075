import * as z from 'zod/mini';
import { id, webUrl } from './common.js';
import { gemeente, organisation, theme } from './organisation.js';
import { hulpzoekerSettings, offer } from './offers.js';
import { chatSettings, conversation, knowledgeEntry, safety } from './chat.js';
import { route, stapTrackerSettings } from './route.js';
import { spreekuur } from './spreekuur.js';
import { trainingSettings } from './training.js';

export * from './common.js';
export * from './organisation.js';
export * from './offers.js';
export * from './chat.js';
export * from './route.js';
export * from './spreekuur.js';
export * from './training.js';

/** The config version this library reads. */
/**
 * A theme token's value: colours, lengths, numbers, font names and functions such as
 * `light-dark()`, `rgb()` or `calc()`; no `url()`/`image()`/`src()`, no escapes, no `;{}@` that
 * could end the declaration.
 */
export const TOKEN_VALUE = /^(?!.*\b(?:url|image|image-set|cross-fade|element|src|expression|attr|env)\s*\()[#\w\s.,%()'"+\-/*]{1,200}$/i;

export const CONFIG_VERSION = 1;

/**
 * One JSON document per gemeente or region. Unknown keys are errors (a typo in a section
 * name must not be silently ignored), and every list item is validated on its own so a
 * broken offer is reported and left out while the rest still works.
 */
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(CONFIG_VERSION, 'version'),
  organisation,
  gemeenten: z.optional(z.array(gemeente)),
  themes: z.optional(z.array(theme)),
  offers: z.optional(z.array(offer)),
  /** Groups of words that mean the same to a parent ("omgangsregeling", "zorgregeling"). */
  synonyms: z.optional(z.array(z.array(z.string().check(z.minLength(1, 'not-empty'))))),
  knowledgeBase: z.optional(z.array(knowledgeEntry)),
  conversations: z.optional(z.array(conversation)),
  safety: z.optional(safety),
  route: z.optional(route),
  spreekuren: z.optional(z.array(spreekuur)),
  /** Ids of national items (offers, entries, conversations, steps, themes) to leave out. */
  hide: z.optional(z.array(id)),
  endpoints: z.optional(
    z.strictObject({
      /**
       * Base URL of a DigiPlein server (the reference server in `server/` or your own). A path
       * such as `/` means the server of the page the widget is on.
       */
      api: z.optional(z.union([webUrl, z.string().check(z.regex(/^\/(?!\/)/, 'site-path'))], 'api-url')),
    }),
  ),
  theme: z.optional(
    z.strictObject({
      /**
       * Values for the documented `--digiplein-*` custom properties: what a theme needs (colours,
       * lengths, font names), never `url(…)` or other ways to load from another host.
       */
      tokens: z.optional(
        z.record(
          z.string().check(z.regex(/^--digiplein-[a-z0-9-]+$/, 'token-name')),
          z.string().check(z.regex(TOKEN_VALUE, 'token-value')),
        ),
      ),
    }),
  ),
  hulpzoeker: z.optional(hulpzoekerSettings),
  chat: z.optional(chatSettings),
  stapTracker: z.optional(stapTrackerSettings),
  training: z.optional(trainingSettings),
  spreekuurAanmelding: z.optional(
    z.strictObject({
      /** Maximum length of the free question. */
      questionMaxLength: z.optional(z.int().check(z.positive('positive'))),
    }),
  ),
});

/** A config as a gemeente writes it (after validation). */
export type DigipleinConfig = z.infer<typeof configSchema>;

/** The list sections whose items are validated one by one. */
export const itemSections = ['gemeenten', 'themes', 'offers', 'knowledgeBase', 'conversations', 'spreekuren'] as const;
