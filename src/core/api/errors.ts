import * as z from 'zod/mini';

/**
 * The error envelope every DigiPlein API answers with when a request fails, shared by the
 * reference server and the widgets' API clients:
 *
 * ```json
 * { "error": { "code": "invalid_request", "message": { "nl": "…", "en": "…" },
 *              "issues": [{ "path": "name", "message": { "nl": "…", "en": "…" } }] } }
 * ```
 * `code` is stable (clients branch on it); `message` is for people, in Dutch and English.
 */
export const bilingual = z.object({ nl: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingual>;

export const apiIssue = z.object({
  /** JSON path of the field, such as `answers[2].text` (empty for the whole body). */
  path: z.string(),
  message: bilingual,
});
export type ApiIssue = z.infer<typeof apiIssue>;

export const apiError = z.object({
  error: z.object({
    code: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    message: bilingual,
    /** For `invalid_request`: every problem with the request, per field. */
    issues: z.optional(z.array(apiIssue)),
  }),
});
export type ApiError = z.infer<typeof apiError>;

/** An API call that failed: carries the envelope's code, message and issues. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingualMessage: Bilingual,
    readonly issues: ApiIssue[] = [],
  ) {
    super(bilingualMessage.en);
    this.name = 'ApiRequestError';
  }

  /** The message in a language (Dutch unless `en` is asked for). */
  messageIn(lang: string): string {
    return lang.startsWith('en') ? this.bilingualMessage.en : this.bilingualMessage.nl;
  }
}

const fallbackMessage: Bilingual = {
  nl: 'Er ging iets mis. Probeer het later opnieuw.',
  en: 'Something went wrong. Please try again later.',
};

/**
 * Reads a failed response: the envelope when the server sent one, otherwise a general
 * error with code `http_<status>`. Never throws itself.
 */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  try {
    const parsed = apiError.safeParse(await response.json());
    if (parsed.success) {
      const { code, message, issues } = parsed.data.error;
      return new ApiRequestError(response.status, code, message, issues);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiRequestError(response.status, `http_${response.status}`, fallbackMessage);
}
