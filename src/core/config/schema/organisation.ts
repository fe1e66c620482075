import * as z from 'zod/mini';
import { cbsCode, email, id, phone, postcodeArea, text, webUrl } from './common.js';

/** Who runs this DigiPlein: a gemeente, a region, a CJG or a wijkteam. */
export const organisation = z.strictObject({
  name: text,
  kind: z.optional(z.enum(['gemeente', 'regio', 'cjg', 'wijkteam', 'anders'])),
  website: z.optional(webUrl),
  privacyStatementUrl: z.optional(webUrl),
  email: z.optional(email),
  phone: z.optional(phone),
});

/** A gemeente of the region, with the postcode areas that lie in it (no outside lookup needed). */
export const gemeente = z.strictObject({
  code: cbsCode,
  name: z.string().check(z.minLength(1, 'not-empty')),
  postcodes: z.optional(z.array(postcodeArea)),
  /** The offer to show when nothing else matches: the gemeente's own wijkteam. */
  wijkteam: z.optional(id),
});

/** A theme parents can choose ("what is on your mind"). */
export const theme = z.strictObject({
  id,
  label: text,
  description: z.optional(text),
});

export type Organisation = z.infer<typeof organisation>;
export type Gemeente = z.infer<typeof gemeente>;
export type Theme = z.infer<typeof theme>;
