import type { ApiError, ApiIssue, Bilingual } from '../../src/core/api/errors.js';

/**
 * A failure a handler throws; the router turns it into the JSON error envelope
 * (`src/core/api/errors.ts`) with this status.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
    readonly issues?: ApiIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'HttpError';
  }

  toJSON(): ApiError {
    return { error: { code: this.code, message: this.bilingual, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

/** The core's errors, with their messages in plain Dutch (B1) and English. */
export const errors = {
  tooDeep: (max: number) =>
    new HttpError(400, 'invalid_json', {
      nl: `De gegevens zijn te diep genest (meer dan ${max} niveaus).`,
      en: `The data is nested too deeply (more than ${max} levels).`,
    }),
  invalidJson: () =>
    new HttpError(400, 'invalid_json', {
      nl: 'De gegevens konden niet worden gelezen: dit is geen geldige JSON.',
      en: 'The data could not be read: this is not valid JSON.',
    }),
  invalidRequest: (issues: ApiIssue[]) =>
    new HttpError(
      400,
      'invalid_request',
      { nl: 'Niet alle gegevens kloppen. Kijk de velden na.', en: 'Some of the data is not right. Please check the fields.' },
      issues,
    ),
  unsupportedMediaType: () =>
    new HttpError(415, 'unsupported_media_type', {
      nl: 'Stuur de gegevens als JSON (Content-Type: application/json).',
      en: 'Send the data as JSON (Content-Type: application/json).',
    }),
  payloadTooLarge: (limit: number) =>
    new HttpError(413, 'payload_too_large', {
      nl: `Er zijn te veel gegevens verstuurd (maximaal ${limit} bytes).`,
      en: `Too much data was sent (at most ${limit} bytes).`,
    }),
  notFound: () => new HttpError(404, 'not_found', { nl: 'Deze pagina of gegevens bestaan niet.', en: 'This page or data does not exist.' }),
  methodNotAllowed: (allow: string[]) =>
    new HttpError(405, 'method_not_allowed', { nl: 'Deze actie kan hier niet.', en: 'This action is not allowed here.' }, undefined, {
      allow: allow.join(', '),
    }),
  originNotAllowed: () =>
    new HttpError(403, 'origin_not_allowed', {
      nl: 'Deze website mag deze gegevens niet gebruiken.',
      en: 'This website may not use this data.',
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new HttpError(
      429,
      'rate_limited',
      {
        nl: 'Er kwamen te veel verzoeken tegelijk. Wacht even en probeer het dan opnieuw.',
        en: 'Too many requests at once. Please wait a moment and try again.',
      },
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
  unauthenticated: () =>
    new HttpError(401, 'unauthenticated', {
      nl: 'U bent niet (meer) ingelogd. Log opnieuw in.',
      en: 'You are not logged in (any more). Please log in again.',
    }),
  invalidCredentials: () =>
    new HttpError(401, 'invalid_credentials', {
      nl: 'Het e-mailadres of het wachtwoord klopt niet.',
      en: 'The e-mail address or the password is not right.',
    }),
  forbidden: () =>
    new HttpError(403, 'forbidden', {
      nl: 'U heeft geen toegang tot deze gegevens.',
      en: 'You do not have access to this data.',
    }),
  unavailable: () =>
    new HttpError(503, 'unavailable', {
      nl: 'De server is even niet beschikbaar. Probeer het later opnieuw.',
      en: 'The server is not available right now. Please try again later.',
    }),
  internal: () =>
    new HttpError(500, 'internal', {
      nl: 'Er ging iets mis op de server. Probeer het later opnieuw.',
      en: 'Something went wrong on the server. Please try again later.',
    }),
};
