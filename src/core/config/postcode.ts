import type { Gemeente } from './schema/index.js';

/**
 * Postcode → gemeente. First from the config's own postcode areas (no outside call at all);
 * only when the config enables it, through PDOK's Locatieserver, sending just the four digits.
 */

/** The four digits of a Dutch postcode as people type it ("1234", "1234 AB", "1234ab"); else undefined. */
export function postcodeDigits(input: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s*([A-Za-z]{2})?\s*$/.exec(input);
  return m ? m[1] : undefined;
}

/** True when `digits` lies in an area: "1234" or a range "1230-1239" (inclusive). */
export function inArea(digits: string, area: string): boolean {
  const [from, to = from] = area.split('-');
  const n = Number(digits);
  return n >= Number(from) && n <= Number(to);
}

/** The gemeente of the region whose postcode areas hold this postcode. */
export function gemeenteForPostcode(input: string, gemeenten: readonly Gemeente[]): Gemeente | undefined {
  const digits = postcodeDigits(input);
  if (!digits) return undefined;
  return gemeenten.find((g) => g.postcodes?.some((area) => inArea(digits, area)));
}

/** A gemeente as PDOK names it; `code` is the CBS code with the GM prefix. */
export interface FoundGemeente {
  code: string;
  name: string;
}

/** PDOK Locatieserver's free-text endpoint (version 3.1). Overridable in `hulpzoeker.pdokUrl`. */
export const PDOK_FREE_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

interface PdokResponse {
  response?: { numFound?: number; docs?: Array<{ gemeentecode?: unknown; gemeentenaam?: unknown }> };
}

/**
 * Asks PDOK's Locatieserver which gemeente a four-digit postcode area lies in. Only the four
 * digits are sent. Resolves to undefined when PDOK knows no such area; rejects when the
 * lookup fails (network, HTTP error, unexpected answer), so the caller can offer the list.
 */
export async function lookupPdok(
  digits: string,
  { url = PDOK_FREE_URL, signal }: { url?: string; signal?: AbortSignal } = {},
): Promise<FoundGemeente | undefined> {
  const request = new URL(url, document.baseURI);
  request.searchParams.set('q', `postcode:${digits}*`);
  request.searchParams.set('fq', 'type:postcode');
  request.searchParams.set('fl', 'gemeentecode,gemeentenaam');
  request.searchParams.set('rows', '1');
  const res = await fetch(request, { signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`PDOK: HTTP ${res.status}`);
  const body = (await res.json()) as PdokResponse;
  const docs = body.response?.docs;
  if (!Array.isArray(docs)) throw new Error('PDOK: unexpected response');
  const doc = docs[0];
  if (!doc) return undefined;
  const code = String(doc.gemeentecode ?? '');
  if (!/^\d{4}$/.test(code) || typeof doc.gemeentenaam !== 'string') throw new Error('PDOK: unexpected response');
  return { code: `GM${code}`, name: doc.gemeentenaam };
}
