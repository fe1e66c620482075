/**
 * The one search module of DigiPlein, shared by the hulpzoeker (offers) and the chat
 * (knowledge-base entries). It wraps MiniSearch (a small, well-kept full-text index with
 * BM25 ranking, prefix and fuzzy search) and adds Dutch-aware matching:
 *
 * - **folding**: lower case, diacritics removed (`ruziën` = `ruzien`);
 * - **stemming**: a light Dutch stemmer (`./dutch.ts`): scheiden ↔ scheiding ↔ gescheiden,
 *   kind ↔ kinderen, ouder ↔ ouders, woning ↔ wonen;
 * - **synonyms** from the config (`synonyms: string[][]`, e.g. `["omgangsregeling", "zorgregeling"]`):
 *   a query word also looks for the other words of its group (query-side, so a changed list
 *   needs no new index). A group member may be several words ("samen afspraken maken"): as
 *   an alternative it must match all its words; typed in a query it must be typed whole;
 * - **prefix** matching on the last word, while the parent is still typing (`kinde` → kinderen);
 * - **typo tolerance**: words of 4 letters or more match within 1 edit, of 8 or more within 2
 *   (`alimentatei` → alimentatie, `scheidng` → scheiding).
 *
 * Words of a query are combined with OR; documents matching more of them rank higher.
 * Stopwords ("ik", "de", "het", …) are ignored.
 *
 * ```ts
 * const index = createSearchIndex(offers, {
 *   id: (o) => o.id,
 *   fields: { name: 3, description: 1 },          // field → weight
 *   text: (o, field) => localize(o[field], 'nl'), // the text of a field (may join several languages)
 *   synonyms: config.synonyms,
 * });
 * index.search('omgangsregeling', { limit: 10 }); // → [{ id, score, doc }, …] best first
 * ```
 *
 * Building the index is the costly part (see `bench/hulpzoeker.bench.mjs`): build once per
 * config and language, and query it as often as needed.
 */
import MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import { analyse, fold, termKeys, tokenize } from './dutch.js';

export { analyse, fold, stem, stopwords, termKeys, tokenize } from './dutch.js';

export interface SearchIndexOptions<T> {
  /** The unique id of a document: a function, or the name of a string property. */
  id: ((doc: T) => string) | (keyof T & string);
  /** The fields to index, each with its weight (a match in a field of weight 3 counts 3×). */
  fields: Record<string, number>;
  /** The text of one field of a document; return '' for none. */
  text: (doc: T, field: string) => string | undefined;
  /** Groups of words that mean the same (from the config's `synonyms`). */
  synonyms?: readonly (readonly string[])[];
}

export interface SearchHit<T> {
  id: string;
  /** Relevance (BM25, weighted by field; higher is better). Only comparable within one query. */
  score: number;
  doc: T;
}

export interface SearchQueryOptions<T> {
  /** At most this many hits (default: all). */
  limit?: number;
  /** Only documents for which this returns true. */
  filter?: (doc: T) => boolean;
}

export interface SearchIndex<T> {
  /** Hits for a free-text query, best first; an empty or stopword-only query gives []. */
  search(query: string, options?: SearchQueryOptions<T>): SearchHit<T>[];
  /** Number of documents in the index. */
  readonly size: number;
}


/** Stemming is the costly part of indexing; a catalogue repeats its words, so remember them. */
function memo(fn: (token: string) => string[]): (token: string) => string[] {
  const seen = new Map<string, string[]>();
  return (token) => {
    let out = seen.get(token);
    if (!out) seen.set(token, (out = fn(token)));
    return out;
  };
}

/** Synonym groups by the analysed key of each member: "omgangsregeling" → the other members. */
function synonymTable(groups: readonly (readonly string[])[] = []): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    const members = group.map((m) => ({ raw: fold(m).trim(), key: analyse(m).join(' ') })).filter((m) => m.key);
    for (const member of members) {
      const others = members.filter((o) => o.key !== member.key).map((o) => o.raw);
      table.set(member.key, [...new Set([...(table.get(member.key) ?? []), ...others])]);
    }
  }
  return table;
}

const fuzzy = (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false);

/** A search index over `docs`. See the module comment for what "Dutch-aware" means here. */
export function createSearchIndex<T>(docs: readonly T[], options: SearchIndexOptions<T>): SearchIndex<T> {
  const idOf = typeof options.id === 'function' ? options.id : (doc: T) => String(doc[options.id as keyof T]);
  const fields = Object.keys(options.fields);
  const byId = new Map<string, T>();
  const terms = memo(termKeys);
  const engine = new MiniSearch<T>({
    fields,
    idField: '__id',
    extractField: (doc, field) => (field === '__id' ? idOf(doc) : options.text(doc, field) ?? ''),
    tokenize: (text) => tokenize(text),
    processTerm: terms,
    searchOptions: {
      boost: options.fields,
      processTerm: (term) => termKeys(term),
      tokenize: (text) => tokenize(text),
      fuzzy,
      maxFuzzy: 2,
    },
  });
  for (const doc of docs) {
    const id = idOf(doc);
    if (byId.has(id)) continue; // a duplicate id keeps the first document
    byId.set(id, doc);
    engine.add(doc);
  }
  const synonyms = synonymTable(options.synonyms);

  /** Alternatives for one query word or phrase: itself and its synonyms (a phrase must match whole). */
  const alternatives = (key: string): Query[] =>
    (synonyms.get(key) ?? []).map((alt): Query => (alt.includes(' ') ? { queries: [alt], combineWith: 'AND' } : alt));

  return {
    get size() {
      return byId.size;
    },
    search(query, { limit, filter } = {}) {
      const tokens = tokenize(query).filter((t) => termKeys(t).length);
      if (!tokens.length) return [];
      const parts: Query[] = tokens.map((token, i) => {
        const last = i === tokens.length - 1;
        const own: Query[] = [token, ...alternatives(termKeys(token)[0]!)];
        return { queries: own, combineWith: 'OR', prefix: last };
      });
      // several words that together are a synonym ("juridisch loket") bring their group in as well
      for (let n = 2; n <= 3; n++) {
        for (let i = 0; i + n <= tokens.length; i++) {
          const key = tokens.slice(i, i + n).flatMap(termKeys).join(' ');
          parts.push(...alternatives(key));
        }
      }
      const hits: SearchHit<T>[] = [];
      for (const r of engine.search({ queries: parts, combineWith: 'OR' })) {
        const doc = byId.get(String(r.id))!;
        if (filter && !filter(doc)) continue;
        hits.push({ id: String(r.id), score: r.score, doc });
        if (limit !== undefined && hits.length >= limit) break;
      }
      return hits;
    },
  };
}
