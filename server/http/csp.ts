/**
 * The Content-Security-Policy of every page the server sends: the strict policy that
 * DigiD-connected gemeente sites use (no inline script or style, no eval). The one source
 * for the server, the tests and the documentation.
 */
export const CSP_DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'self'"],
] as const;

/** The policy as sent by default. */
export const CSP = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** PDOK's Locatieserver, for the hulpzoeker's optional postcode lookup. */
export const PDOK_ORIGIN = 'https://api.pdok.nl';

export interface CspOptions {
  /** Origins the pages may also connect to (for example {@link PDOK_ORIGIN}). */
  connectSrc?: readonly string[];
}

/** The policy with extra `connect-src` origins (only those; everything else stays strict). */
export function buildCsp(options: CspOptions = {}): string {
  const extra = options.connectSrc ?? [];
  return CSP_DIRECTIVES.map(([name, value]) =>
    name === 'connect-src' && extra.length ? `${name} ${value} ${extra.join(' ')}` : `${name} ${value}`,
  ).join('; ');
}
