import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import { localize } from '../../core/i18n/i18n.js';
import { analyse, createSearchIndex } from '../../core/search/index.js';
import type { SearchIndex } from '../../core/search/index.js';

/**
 * Answers from content only: finds the knowledge-base entry that fits a parent's question,
 * through the shared Dutch-aware search module (the same one as the hulpzoeker). The result
 * is one of three: a confident match (answer it), a weak one ("Bedoelt u…?" with the top few
 * questions), or none (say so honestly and offer a person).
 */
export type Retrieval =
  | { kind: 'answer'; entry: KnowledgeEntry }
  | { kind: 'suggest'; entries: KnowledgeEntry[] }
  | { kind: 'none' };

export interface Retriever {
  ask(question: string): Retrieval;
  readonly size: number;
}

export interface RetrieverOptions {
  synonyms?: readonly (readonly string[])[];
  /** How many questions "Bedoelt u…?" offers (default 3). */
  suggestions?: number;
}

/** Whether two words are within `max` edits (Levenshtein, banded), for typo tolerance. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** The same typo tolerance as the search module: 1 edit from 4 letters, 2 from 8. */
const typoBudget = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * The share of the question's meaningful words an entry covers (by stem, a typo, the start of
 * a longer word, or a synonym). BM25 scores are not comparable between questions; this is.
 */
function coverage(queryKeys: string[], entryKeys: ReadonlySet<string>, synonymKeys: Map<string, string[]>): number {
  if (!queryKeys.length) return 0;
  const has = (k: string) =>
    entryKeys.has(k) || [...entryKeys].some((e) => (typoBudget(k) > 0 && withinEdits(k, e, typoBudget(k))) || (k.length >= 4 && e.startsWith(k)));
  const covered = queryKeys.filter((k) => has(k) || (synonymKeys.get(k) ?? []).some((alt) => alt.split(' ').every(has)));
  return covered.length / queryKeys.length;
}

/** A retriever over the knowledge base, for one language (build once per config and language). */
export function createRetriever(entries: readonly KnowledgeEntry[], lang: string, options: RetrieverOptions = {}): Retriever {
  const text = (e: KnowledgeEntry, field: string): string => {
    switch (field) {
      case 'question':
        // both languages of the question, so a parent may ask in Dutch on an English page
        return typeof e.question === 'string' ? e.question : `${localize(e.question, lang)} ${localize(e.question, 'nl')}`;
      case 'keywords':
        return (e.keywords ?? []).join(' ');
      case 'answer':
        return localize(e.answer, lang);
      default:
        return '';
    }
  };
  const index: SearchIndex<KnowledgeEntry> = createSearchIndex(entries, {
    id: 'id',
    fields: { question: 3, keywords: 2, answer: 0.5 },
    text,
    synonyms: options.synonyms,
  });
  const keysOf = new Map(entries.map((e) => [e.id, new Set(analyse(`${text(e, 'question')} ${text(e, 'keywords')}`))]));
  const synonymKeys = new Map<string, string[]>();
  for (const group of options.synonyms ?? []) {
    const keys = group.map((m) => analyse(m).join(' ')).filter(Boolean);
    for (const k of keys) synonymKeys.set(k, [...(synonymKeys.get(k) ?? []), ...keys.filter((o) => o !== k)]);
  }
  const max = options.suggestions ?? 3;

  return {
    size: index.size,
    ask(question) {
      const hits = index.search(question, { limit: 8 });
      const queryKeys = [...new Set(analyse(question))];
      const scored = hits
        .map((h) => ({ entry: h.doc, score: h.score, cover: coverage(queryKeys, keysOf.get(h.id)!, synonymKeys) }))
        .filter((h) => h.cover > 0);
      if (!scored.length) return { kind: 'none' };
      const [top, second] = scored;
      const clearlyBest = !second || top!.cover > second.cover || top!.score >= second.score * 1.5;
      if (top!.cover >= 0.6 && clearlyBest) return { kind: 'answer', entry: top!.entry };
      const ranked = [...scored].sort((a, b) => b.cover - a.cover || b.score - a.score);
      return { kind: 'suggest', entries: ranked.slice(0, max).map((h) => h.entry) };
    },
  };
}
