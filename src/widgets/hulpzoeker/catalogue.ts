import type { ResolvedConfig, ScopedOffer } from '../../core/config/resolve.js';
import { localize } from '../../core/i18n/index.js';
import { byRelevance, createSearchIndex, keysOf } from '../../core/search/index.js';
import { associationWeight, nationalSearchAssociations } from '../../content/search-associations.js';
import type { SearchHit, SearchIndex, SearchResults } from '../../core/search/index.js';
import { normalizeText } from '../../core/safety/normalize.js';
import { writerAudience } from '../../core/safety/audience.js';
import { nationalSynonyms } from '../../content/synonyms.js';

/**
 * The search index over a config's offers (national pack included): name, organisation,
 * description, keywords (each its own unit, so one that fits the query is not diluted by the
 * others), phone number and the labels of the offer's themes, in the parent's language, Dutch and English
 * (so a Dutch word typed on an English page, or an English one on a Dutch page, finds its offer). Built once per config
 * and language. A chunk of its own with the search itself: it loads when search mode opens.
 */
const cache = new WeakMap<ResolvedConfig, Map<string, SearchIndex<ScopedOffer>>>();

export function offerIndex(config: ResolvedConfig, lang: string): SearchIndex<ScopedOffer> {
  let byLang = cache.get(config);
  if (!byLang) cache.set(config, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) {
    const labels = new Map(config.themes.map((t) => [t.id, t.label]));
    // the page's language, Dutch and English: a parent may search in either on any page
    const both = (value: Parameters<typeof localize>[0]) =>
      [...new Set([localize(value, lang), localize(value, 'nl'), localize(value, 'en')])].join(' ');
    index = createSearchIndex(config.offers, {
      id: 'id',
      fields: { name: 2, organisation: 1.2, themes: 0.8, description: 1, keywords: 1.2, phone: 0.5 },
      text: (offer, field) => {
        if (field === 'themes') return offer.themes.map((t) => both(labels.get(t))).join(' ');
        if (field === 'keywords') return offer.keywords ?? [];
        // a parent may type the number they saw on a poster: "0800-2000"
        if (field === 'phone') return offer.contact.phone ?? '';
        return both(offer[field as 'name' | 'organisation' | 'description']);
      },
      synonyms: [...nationalSynonyms, ...config.synonyms],
    });
    byLang.set(lang, index);
  }
  return index;
}

/**
 * What the labelled queries taught (bench/eval/train-search.ts): offer signatures (the words only
 * one national or demo offer uses, space-separated) and, per query word key, the lift of each
 * signature it points to.
 */
export interface SearchAssociations {
  signatures: readonly string[];
  lifts: Readonly<Record<string, readonly (readonly [signature: number, lift: number])[]>>;
}

const keysByOffer = new WeakMap<ScopedOffer, Set<string>>();

/** The word keys of an offer's name, description and keywords, in Dutch and English. */
export function offerKeys(offer: ScopedOffer): Set<string> {
  let keys = keysByOffer.get(offer);
  if (!keys) {
    const texts = [offer.name, offer.description].flatMap((v) => [localize(v, 'nl'), localize(v, 'en')]);
    keysByOffer.set(offer, (keys = new Set(keysOf([...texts, ...(offer.keywords ?? [])].join(' ')))));
  }
  return keys;
}

const signedByOffer = new WeakMap<ScopedOffer, WeakMap<SearchAssociations, Set<number>>>();

/** The signatures an offer holds a word of. */
function signaturesOf(offer: ScopedOffer, learned: SearchAssociations): Set<number> {
  let byTable = signedByOffer.get(offer);
  if (!byTable) signedByOffer.set(offer, (byTable = new WeakMap()));
  let signed = byTable.get(learned);
  if (!signed) {
    const words = offerKeys(offer);
    signed = new Set(learned.signatures.flatMap((signature, i) => (signature.split(' ').some((w) => words.has(w)) ? [i] : [])));
    byTable.set(learned, signed);
  }
  return signed;
}

/** Only the best hits are ordered again: the lifts move an offer among those that fit, not from far below. */
const REORDERED = 50;

/**
 * The hits again, each with the strongest lift between each query word and the signatures the
 * offer holds added (times `weight`, per query word): parents describe a need in words no offer
 * uses, and the labelled queries say which offers those words point to. The scores then order
 * the hits only: with a lift they may pass 1, so they are no longer the index's 0-to-1 relevance.
 */
export function rankWithAssociations(
  hits: readonly SearchHit<ScopedOffer>[],
  query: string,
  learned: SearchAssociations,
  weight: number,
): SearchHit<ScopedOffer>[] {
  const rows = [...new Set(keysOf(query))].map((k) => learned.lifts[k]).filter((row) => row !== undefined);
  if (!rows.length || !weight) return [...hits];
  const top = hits.slice(0, REORDERED).map((hit) => {
    const signed = signaturesOf(hit.doc, learned);
    let lift = 0;
    for (const row of rows) {
      let strongest = 0;
      for (const [signature, value] of row) if (value > strongest && signed.has(signature)) strongest = value;
      lift += strongest;
    }
    return { ...hit, score: hit.score + (weight * lift) / rows.length };
  });
  return [...top.sort(byRelevance), ...hits.slice(REORDERED)];
}

/**
 * How much more an offer made for the writer counts when the query says who writes (a child:
 * "ik ben 13", "mijn ouders"; a grandparent, a teacher): chosen on the dev queries of
 * bench/eval/search.
 */
export const FOR_THE_WRITER = 0.3;

/** What a search over the offers can be asked beyond the query. */
export interface OfferSearchOptions {
  /** Only the offers for which this returns true (the parent's gemeente, say). */
  filter?: (offer: ScopedOffer) => boolean;
  /** At most this many hits, the best (default: all). */
  limit?: number;
  /** The learned lifts and their weight (default: the national table the trainer wrote). */
  learned?: { table: SearchAssociations; weight: number };
}

/**
 * A parent's (or child's, or grandparent's) search over the offers: the index's hits, with the
 * offers made for the writer first among those that fit about as well. With a `limit`, the index
 * keeps only the best hits while it scores (at least the ones the lifts may order again), so a
 * query costs about the same in a catalogue of 500 offers or 50,000; `total` still counts every
 * offer that matched.
 */
export function searchOffers(
  config: ResolvedConfig,
  lang: string,
  query: string,
  { filter, limit, learned = { table: nationalSearchAssociations, weight: associationWeight } }: OfferSearchOptions = {},
): SearchResults<ScopedOffer> {
  const found = offerIndex(config, lang).search(query, { filter, limit: limit === undefined ? undefined : Math.max(limit, REORDERED) });
  let hits = rankWithAssociations(found, query, learned.table, learned.weight);
  const writer = writerAudience(normalizeText(query));
  if (writer)
    hits = hits
      .map((hit) => (hit.doc.audience.includes(writer) ? { ...hit, score: hit.score * (1 + FOR_THE_WRITER) } : hit))
      .sort(byRelevance);
  return Object.assign(limit === undefined ? hits : hits.slice(0, limit), { total: found.total });
}
