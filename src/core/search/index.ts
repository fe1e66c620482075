/**
 * The one matching module of DigiPlein, shared by the hulpzoeker (offers) and the chat
 * (knowledge-base entries). It scores a parent's words against short texts ("units": an offer's
 * name or description, one way of asking a knowledge-base question) with TF-IDF cosine
 * similarity over Dutch-aware word keys, so a score is comparable between questions (0 to 1)
 * and a relevance floor means something. Why this and not BM25 or character n-grams alone:
 * bench/eval/README.md has the measurements.
 *
 * How a query word meets a word of the content, strongest first:
 * - **the same key** (`./dutch.ts`: folded, one light stem per word, a participle under its
 *   verb: `gescheiden` = `scheiden`);
 * - **a synonym** (national list plus the config's `synonyms`);
 * - **a compound part**: `alimentatie` finds `kinderalimentatie` and the other way round; the
 *   head of a compound (its last part) counts more than a modifier (`huis` in `woonhuis` more
 *   than in `huisarts`);
 * - **a typo**, only for a word the content does not contain itself (so one common word never
 *   turns into another), within one edit from 5 letters and two from 9, keeping the first letter;
 * - **the start of a word** being typed (the last word, when `prefix` is on).
 *
 * Words weigh by how rare they are in the content (IDF), and generic words ("moet", "hoe lang")
 * weigh less still. A long message is scored on its best sentence or window of words as well
 * as whole, so a story with the question in the middle still finds it.
 *
 * ```ts
 * const index = createSearchIndex(offers, {
 *   id: (o) => o.id,
 *   fields: { name: 3, description: 1 },          // field → weight
 *   text: (o, field) => localize(o[field], 'nl'), // a field's text, or several texts (one unit each)
 *   synonyms: config.synonyms,
 * });
 * index.search('omgangsregeling', { limit: 10 }); // → [{ id, score, doc }, …] best first
 * ```
 */
import { termKey, tokenize } from './dutch.js';
import { topK } from './top-k.js';

export { analyse, fold, stem, stopwords, termKey, tokenize } from './dutch.js';

export interface SearchIndexOptions<T> {
  /** The unique id of a document: a function, or the name of a string property. */
  id: ((doc: T) => string) | (keyof T & string);
  /** The fields to index, each with its weight. */
  fields: Record<string, number>;
  /** The text of one field of a document ('' for none), or several texts each scored on its own. */
  text: (doc: T, field: string) => string | readonly string[] | undefined;
  /** Groups of words that mean the same (the national list plus the config's `synonyms`). */
  synonyms?: readonly (readonly string[])[];
  /**
   * How a document's units make its score: `sum` (weighted, for offers whose name and
   * description each add evidence) or `max` (the best unit, for questions asked many ways).
   */
  combine?: 'sum' | 'max';
}

export interface SearchHit<T> {
  id: string;
  /** Relevance from 0 to 1 (weighted cosine similarity); comparable between queries. */
  score: number;
  doc: T;
}

/** Hits best first, and how many documents matched in all (more than the hits when a limit cut them). */
export type SearchResults<T> = SearchHit<T>[] & { readonly total: number };

export interface SearchQueryOptions<T> {
  /** At most this many hits (default: all). */
  limit?: number;
  /** Only documents for which this returns true. */
  filter?: (doc: T) => boolean;
  /** Let the last word match the start of a longer word, as in search-as-you-type (default true). */
  prefix?: boolean;
  /** Leave out hits under this score (default 0: every document that matches at all). */
  floor?: number;
}

export interface SearchIndex<T> {
  /** Hits for a free-text query, best first; an empty or stopword-only query gives []. */
  search(query: string, options?: SearchQueryOptions<T>): SearchResults<T>;
  /** Number of documents in the index. */
  readonly size: number;
}

/** Words that say little about the topic of a question: they count, but for much less. */
const generic: ReadonlySet<string> = new Set(
  (
    'moet moeten mag mogen kan kunnen krijg krijgen lang duurt duur doen doet weet weten zeg zeggen ' +
    'hebben heb heeft hadden gaat gaan ga zou zouden willen nu dan toch eigenlijk even echt help hulp ' +
    'vraag vragen iemand iets alles ergens nodig graag goed gewoon waarom welke welk zo dus maar ' +
    'aanvragen aanvraag regelen apply application arrange ' +
    'need needs do does can could should would will get got how what when where who which why know please ' +
    'about there their they them this that with have has from into for are the and you your our my me ' +
    // in this domain nearly everything is about a separation: the word itself tells little apart
    'scheiden scheiding gescheiden divorce divorced separation separated'
  )
    .split(' ')
    .map(termKey)
    .filter(Boolean) as string[],
);
const GENERIC_WEIGHT = 0.25;

/** How much a softer kind of match counts against the same key. */
const MATCH = { synonym: 0.9, head: 0.75, sharedHead: 0.6, modifier: 0.5, typo1: 0.8, typo2: 0.6, prefix: 0.8 } as const;
/** The shortest shared head of two compounds that counts ("-alimentatie", "-regeling"). */
const HEAD_MIN = 6;

/** Damerau–Levenshtein distance, up to `max` (returns max + 1 beyond it). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Best first; equal scores by id, so the order is the same on every run and every device. */
export const byRelevance = (a: SearchHit<unknown>, b: SearchHit<unknown>) => b.score - a.score || a.id.localeCompare(b.id);

/** How much a document's other matching units add to its best one (`combine: 'sum'`). */
const SUM_SHARE = 0.5;

/** The shortest compound part that counts: shorter stems sit inside too many unrelated words. */
const PART_MIN = 4;
/**
 * The shortest rest of a compound around a part: one letter is no word ("t" + "huis" is
 * `thuis`, not a house), two can be (`ex` + `partner`).
 */
const REST_MIN = 2;

/** The units that hold a key, and for each how often, as `1 + ln(tf)` (worked out once, at indexing). */
interface Posting {
  units: number[];
  tf: number[];
}

/**
 * Numbers by unit or document for one pass of a query (`value`, and a second one, `extra`), and
 * the entries touched, first touched first (the order a Map would keep). Made once per index and
 * reused: a common word reaches most units of a large catalogue, and typed arrays cost a fraction
 * of Maps there. A stamp per entry says whether it belongs to the current pass, so nothing needs
 * clearing between passes.
 */
interface Tally {
  value: Float64Array;
  extra: Float64Array;
  order: Int32Array;
  count: number;
  /** Starts a new pass: every entry reads as untouched again. */
  reset(): void;
  /** Makes an entry part of this pass, at 0 and 0, if it was not yet. */
  touch(i: number): void;
  /** Touches an entry and keeps the larger of its value and `x`. */
  raise(i: number, x: number): void;
}

function tally(size: number): Tally {
  const stamp = new Uint32Array(size);
  let pass = 1;
  const t: Tally = {
    value: new Float64Array(size),
    extra: new Float64Array(size),
    order: new Int32Array(size),
    count: 0,
    reset() {
      pass++;
      t.count = 0;
    },
    touch(i) {
      if (stamp[i] === pass) return;
      stamp[i] = pass;
      t.value[i] = t.extra[i] = 0;
      t.order[t.count++] = i;
    },
    raise(i, x) {
      t.touch(i);
      if (x > t.value[i]!) t.value[i] = x;
    },
  };
  return t;
}

/** The keys of a text, without stopwords, in order (as the index matches them). */
export const keysOf = (text: string): string[] =>
  tokenize(text)
    .map(termKey)
    .filter((k): k is string => Boolean(k));

/** A search index over `docs`. See the module comment for how words meet. */
export function createSearchIndex<T>(docs: readonly T[], options: SearchIndexOptions<T>): SearchIndex<T> {
  const idOf = typeof options.id === 'function' ? options.id : (doc: T) => String(doc[options.id as keyof T]);
  const combine = options.combine ?? 'sum';
  const kept: T[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  const rawUnits: { doc: number; weight: number; keys: string[] }[] = [];
  // stemming is the costly part of indexing, and a catalogue repeats its words: remember them
  const known = new Map<string, string | undefined>();
  const keyOf = (token: string) => {
    if (!known.has(token)) known.set(token, termKey(token));
    return known.get(token);
  };
  for (const doc of docs) {
    const id = idOf(doc);
    if (seen.has(id)) continue; // a duplicate id keeps the first document
    seen.add(id);
    const at = kept.push(doc) - 1;
    ids.push(id);
    for (const [field, weight] of Object.entries(options.fields)) {
      const value = options.text(doc, field);
      for (const text of typeof value === 'string' ? [value] : (value ?? [])) {
        const keys = tokenize(text)
          .map(keyOf)
          .filter((k): k is string => Boolean(k));
        if (keys.length) rawUnits.push({ doc: at, weight, keys });
      }
    }
  }

  // document frequency over units; IDF = ln(1 + N / df)
  const df = new Map<string, number>();
  for (const u of rawUnits) for (const k of new Set(u.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [k, n] of df) idf.set(k, Math.log(1 + rawUnits.length / n) * (generic.has(k) ? GENERIC_WEIGHT : 1));
  const postings = new Map<string, Posting>();
  const units = rawUnits.map((u, i) => {
    const keys = new Map<string, number>();
    for (const k of u.keys) keys.set(k, (keys.get(k) ?? 0) + 1);
    let sq = 0;
    for (const [k, tf] of keys) {
      const w = (1 + Math.log(tf)) * idf.get(k)!;
      sq += w * w;
      let posting = postings.get(k);
      if (!posting) postings.set(k, (posting = { units: [], tf: [] }));
      posting.units.push(i);
      posting.tf.push(1 + Math.log(tf));
    }
    return { doc: u.doc, weight: u.weight, norm: Math.sqrt(sq) || 1 };
  });
  const vocabulary = [...postings.keys()];
  /** A word the content does not have at all says the question is about something else. */
  const unknownWeight = 0.6 * Math.log(1 + rawUnits.length);
  const maxWeight = Math.max(...Object.values(options.fields));

  // synonyms by key: a one-word member maps to the keys of every other member
  const synonyms = new Map<string, string[][]>();
  /** Units that hold every key of a phrase, each with the phrase's weight there. */
  const phraseUnits = (keys: readonly string[]): Map<number, number> => {
    const out = new Map<number, number>();
    const lists = keys.map((k) => postings.get(k)?.units);
    if (lists.some((l) => !l)) return out;
    const [firstList, ...rest] = lists as number[][];
    const sets = rest.map((l) => new Set(l));
    const weight = keys.reduce((sum, k) => sum + idf.get(k)!, 0) / keys.length;
    for (const u of firstList!) if (sets.every((set) => set.has(u))) out.set(u, MATCH.synonym * weight);
    return out;
  };
  const phrases: { keys: string[]; others: string[][] }[] = [];
  for (const group of options.synonyms ?? []) {
    const members = group.map(keysOf).filter((m) => m.length);
    members.forEach((member, i) => {
      const others = members.filter((_, j) => j !== i && members[j]!.join(' ') !== member.join(' '));
      if (member.length === 1) synonyms.set(member[0]!, [...(synonyms.get(member[0]!) ?? []), ...others]);
      else phrases.push({ keys: member, others });
    });
  }

  /** Every content key a query key reaches, with how much that match counts. */
  const expansionCache = new Map<string, Map<string, number>>();
  function expand(key: string, prefix: boolean): Map<string, number> {
    const cacheKey = prefix ? `${key}*` : key;
    const cached = expansionCache.get(cacheKey);
    if (cached) return cached;
    const out = new Map<string, number>();
    const put = (k: string, f: number) => {
      if (postings.has(k) && f > (out.get(k) ?? 0)) out.set(k, f);
    };
    put(key, 1);
    for (const other of synonyms.get(key) ?? []) if (other.length === 1) put(other[0]!, MATCH.synonym);
    const known = postings.has(key);
    // with the word itself or a synonym in the content, parts of compounds count for less
    const part = out.size ? 0.5 : 1;
    for (const word of vocabulary) {
      if (word === key) continue;
      if (key.length >= PART_MIN && word.length >= key.length + REST_MIN) {
        if (word.endsWith(key)) put(word, MATCH.head * part);
        else if (word.startsWith(key)) put(word, prefix ? MATCH.prefix : MATCH.modifier * part);
      } else if (prefix && key.length >= PART_MIN && word.length > key.length && word.startsWith(key)) {
        put(word, MATCH.prefix);
      } else if (word.length >= PART_MIN && key.length >= word.length + REST_MIN) {
        if (key.endsWith(word)) put(word, MATCH.head * part);
        else if (key.startsWith(word)) put(word, MATCH.modifier * part);
      } else if (prefix && word.length >= PART_MIN && key.length > word.length && key.startsWith(word)) {
        // a compound half typed ("huisa" on the way to "huisarts"): keep what its first part finds
        put(word, MATCH.modifier * part);
      }
      if (prefix && key.length >= 2 && key.length < PART_MIN && word.startsWith(key)) put(word, MATCH.prefix);
      // typos keep the first letter (nearly always so, and it keeps this scan cheap)
      if (!known && key.length >= 5 && word.length >= 5 && word[0] === key[0] && !out.has(word)) {
        const most = key.length >= 9 ? 2 : 1;
        const d = editDistance(key, word, most);
        if (d === 1) put(word, MATCH.typo1);
        else if (d === 2 && most === 2) put(word, MATCH.typo2);
      }
    }
    // an unknown compound still meets one with the same head: partneralimentatie ~ kinderalimentatie
    if (!known) {
      for (let i = 3; i + HEAD_MIN <= key.length && !out.size; i++) {
        const head = key.slice(i);
        for (const word of vocabulary) if (word.endsWith(head) && word.length - head.length >= 3) put(word, MATCH.sharedHead);
      }
    }
    if (expansionCache.size > 2000) expansionCache.clear();
    expansionCache.set(cacheKey, out);
    return out;
  }

  /** The scratch space of a query, made on the first one (an index may never be searched). */
  let scratch: [byUnit: Tally, byUnitScore: Tally, byDoc: Tally] | undefined;
  const tallies = () => (scratch ??= [tally(units.length), tally(units.length), tally(kept.length)]);

  /** The windows a query is scored on: the whole, each sentence, and windows of a long one. */
  function windowsOf(query: string): string[][] {
    const whole = keysOf(query);
    const windows = [whole];
    if (whole.length > 6) {
      for (const sentence of query.split(/[.?!\n;]+/)) {
        const keys = keysOf(sentence);
        if (keys.length && keys.length < whole.length) windows.push(keys);
      }
      for (let i = 0; i + 6 < whole.length; i += 3) windows.push(whole.slice(i, i + 6));
    }
    return windows;
  }

  return {
    get size() {
      return kept.length;
    },
    search(query, { limit, filter, prefix = true, floor = 0 } = {}) {
      const windows = windowsOf(query);
      const all = windows[0]!;
      if (!all.length) return Object.assign([], { total: 0 });
      // multi-word synonyms typed in the query bring in their group
      const extra: { at: number; keys: string[][] }[] = [];
      for (const { keys, others } of phrases) {
        const at = all.findIndex((_, i) => keys.every((k, j) => all[i + j] === k));
        if (at >= 0) extra.push({ at, keys: others });
      }
      const last = all[all.length - 1];
      const distinct = [...new Set(all)];
      const [byUnit, unitScore, docs] = tallies();
      // each query key: its weight and the units it reaches with the best factor
      const reach = new Map<string, [weight: number, units: Int32Array, values: Float64Array]>();
      // (by unit: the better of two ways a key reaches a unit counts; a new unit reads 0, every value is above 0)
      for (const key of distinct) {
        const matches = expand(key, prefix && key === last && !/\s$/.test(query));
        const own = idf.get(key) ?? Math.max(0, ...[...matches.keys()].map((k) => idf.get(k)!));
        byUnit.reset();
        // a synonym of several words counts where all its words are
        const typed = extra.filter((e) => all[e.at] === key);
        const phrasesOf = [...(synonyms.get(key) ?? []), ...typed.flatMap((e) => e.keys)].filter((o) => o.length > 1);
        for (const phrase of phrasesOf) for (const [u, value] of phraseUnits(phrase)) byUnit.raise(u, value);
        for (const { keys } of typed)
          for (const other of keys)
            if (other.length === 1 && postings.has(other[0]!) && !matches.has(other[0]!)) matches.set(other[0]!, MATCH.synonym);
        for (const [k, factor] of matches) {
          const w = idf.get(k)!;
          const { units: reached, tf } = postings.get(k)!;
          for (let i = 0; i < reached.length; i++) byUnit.raise(reached[i]!, factor * w * tf[i]!);
        }
        const reached = byUnit.order.slice(0, byUnit.count);
        const values = new Float64Array(reached.length);
        for (let i = 0; i < reached.length; i++) values[i] = byUnit.value[reached[i]!]!;
        reach.set(key, [generic.has(key) ? own * GENERIC_WEIGHT : own || unknownWeight, reached, values]);
      }
      // the best window per unit: cosine of (window keys) and (unit keys)
      unitScore.reset();
      const dots = byUnit; // done with the keys: the same space holds each window's sums
      for (const window of windows) {
        const keys = [...new Set(window)];
        const qnorm = Math.sqrt(keys.reduce((s, k) => s + reach.get(k)![0] ** 2, 0)) || 1;
        const qsum = keys.reduce((s, k) => s + reach.get(k)![0], 0) || 1;
        dots.reset();
        for (const k of keys) {
          const [weight, reached, values] = reach.get(k)!;
          for (let i = 0; i < reached.length; i++) {
            const u = reached[i]!;
            const value = values[i]!;
            dots.touch(u);
            dots.value[u] += weight * value;
            dots.extra[u] += Math.min(value, weight); // how much of the question the unit covers
          }
        }
        for (let i = 0; i < dots.count; i++) {
          const u = dots.order[i]!;
          // cosine says how well the unit fits the words; coverage (by IDF) how much of what was
          // asked it holds: a short unit with one common word must not beat a specific match
          const cosine = dots.value[u]! / (qnorm * units[u]!.norm);
          const score = Math.sqrt(cosine * Math.min(1, dots.extra[u]! / qsum));
          unitScore.raise(u, score); // a unit reached is above 0: its dot and coverage add only positive numbers
        }
      }
      // units → documents: a document counts its best unit (value), and (with `sum`) a little of
      // its other units' evidence (extra)
      docs.reset();
      for (let i = 0; i < unitScore.count; i++) {
        const u = unitScore.order[i]!;
        const { doc: d, weight } = units[u]!;
        const weighted = (unitScore.value[u]! * weight) / maxWeight;
        docs.touch(d);
        const top = docs.value[d]!;
        docs.value[d] = Math.max(top, weighted);
        docs.extra[d] += Math.min(top, weighted);
      }
      const fieldCount = Object.keys(options.fields).length || 1;
      // only the hits that will be shown are kept while scoring: a common word in a large
      // catalogue matches tens of thousands of offers, and sorting them all cost more than the rest
      const hits = topK<SearchHit<T>>(byRelevance, limit);
      for (let i = 0; i < docs.count; i++) {
        const d = docs.order[i]!;
        const score = combine === 'max' ? docs.value[d]! : docs.value[d]! + (SUM_SHARE * docs.extra[d]!) / fieldCount;
        if (score <= floor) continue;
        const doc = kept[d]!;
        if (filter && !filter(doc)) continue;
        hits.add({ id: ids[d]!, score: Math.min(1, score), doc });
      }
      return Object.assign(hits.sorted(), { total: hits.added });
    },
  };
}
