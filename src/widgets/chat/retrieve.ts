import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import { localize } from '../../core/i18n/i18n.js';
import { createSearchIndex } from '../../core/search/index.js';

/**
 * Answers from content only: finds the knowledge-base entry that fits a parent's question,
 * through the shared matching module (the same one as the hulpzoeker). Every way an entry is
 * asked (its question in the page's language and in Dutch and English, each alternative, its
 * keywords) is scored on its own and the entry takes its best. The result is one of three: a
 * confident match (answer it), a few relevant ones ("Bedoelt u…?"), or none above the relevance
 * floor (say so honestly and offer a person).
 */
export type Retrieval = { kind: 'answer'; entry: KnowledgeEntry } | { kind: 'suggest'; entries: KnowledgeEntry[] } | { kind: 'none' };

export interface Retriever {
  ask(question: string): Retrieval;
  readonly size: number;
}

export interface RetrieverOptions {
  synonyms?: readonly (readonly string[])[];
  /** How many questions "Bedoelt u…?" offers (default 3). */
  suggestions?: number;
}

/**
 * Where the scores (0 to 1, cosine) draw their lines, set on the development part of the
 * evaluation set (bench/eval): a confident answer needs `ANSWER` and a lead over the next entry
 * of `LEAD`, or `LEAD_SHARE` of its own score when that is more; a suggestion needs `FLOOR`.
 */
export const thresholds = { ANSWER: 0.5, LEAD: 0.06, LEAD_SHARE: 0.25, FLOOR: 0.3 };

/** A retriever over the knowledge base, for one language (build once per config and language). */
export function createRetriever(entries: readonly KnowledgeEntry[], lang: string, options: RetrieverOptions = {}): Retriever {
  const index = createSearchIndex(entries, {
    id: 'id',
    fields: { question: 1, alternatives: 1, keywords: 0.9, answer: 0.6 },
    combine: 'max',
    text: (e, field) => {
      switch (field) {
        case 'question':
          // the page's language, Dutch and English: a parent may ask in either on any page
          return typeof e.question === 'string'
            ? e.question
            : [...new Set([localize(e.question, lang), localize(e.question, 'nl'), localize(e.question, 'en')])];
        case 'alternatives':
          return e.alternatives ?? [];
        case 'keywords':
          return (e.keywords ?? []).join(' ');
        case 'answer':
          return localize(e.answer, lang);
        default:
          return undefined;
      }
    },
    synonyms: options.synonyms,
  });
  const max = options.suggestions ?? 3;

  return {
    size: index.size,
    ask(question) {
      const { ANSWER, LEAD, LEAD_SHARE, FLOOR } = thresholds; // read here, so the tuning script can try values
      const hits = index.search(question, { floor: FLOOR, limit: Math.max(max, 2), prefix: false });
      const [top, second] = hits;
      if (!top) return { kind: 'none' };
      // an answer must stand out: a bare topic word that several entries share gets "Bedoelt u…?"
      if (top.score >= ANSWER && (!second || top.score - second.score >= Math.max(LEAD, LEAD_SHARE * top.score)))
        return { kind: 'answer', entry: top.doc };
      return { kind: 'suggest', entries: hits.slice(0, max).map((h) => h.doc) };
    },
  };
}
