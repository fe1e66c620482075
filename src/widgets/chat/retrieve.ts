import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import { localize } from '../../core/i18n/i18n.js';
import type { QuestionModel, QuestionThresholds } from '../../core/search/classifier.js';
import { createSearchIndex } from '../../core/search/index.js';

/**
 * Answers from content only: finds the knowledge-base entry that fits a parent's question. Two
 * things score each entry: the shared matching module (the same TF-IDF index as the
 * hulpzoeker; every way an entry is asked is scored on its own and the entry takes its best) and,
 * for the national entries, a small on-device classifier trained on how parents ask them and on
 * questions the content does not cover (`src/core/search/classifier.ts`). The result is one of
 * three: a confident match (answer it), a few relevant ones ("Bedoelt u…?"), or none (say so
 * honestly and offer a person).
 */
export type Retrieval = { kind: 'answer'; entry: KnowledgeEntry } | { kind: 'suggest'; entries: KnowledgeEntry[] } | { kind: 'none' };

export interface Retriever {
  ask(question: string): Retrieval;
  /** The scores behind an answer, for the evaluation's threshold search. */
  rank(question: string): Ranking;
  readonly size: number;
}

export interface Ranking {
  /** Entries best first, each with its blended score and whether the classifier knows it. */
  hits: { entry: KnowledgeEntry; score: number; known: boolean; text: number }[];
  /** The classifier's chance that the question is about something the content does not cover. */
  none: number;
}

export interface RetrieverOptions {
  synonyms?: readonly (readonly string[])[];
  /** How many questions "Bedoelt u…?" offers (default 3). */
  suggestions?: number;
  /** The trained classifier of the national entries (without it, the TF-IDF rule alone). */
  model?: QuestionModel;
}

/**
 * The lines of the TF-IDF score alone (0 to 1, cosine), for a configuration without the
 * classifier and for a gemeente's own entries, which the classifier has never seen: a confident
 * answer needs `ANSWER` and a lead over the next entry of `LEAD`, or `LEAD_SHARE` of its own
 * score when that is more; a suggestion needs `FLOOR`.
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
  const model = options.model;
  const classOf = new Map(model?.classes.map((id, i) => [id, i]));

  function rank(question: string): Ranking {
    const text = new Map(index.search(question, { prefix: false }).map((h) => [h.id, h.score]));
    if (!model) {
      const hits = [...text].map(([id, score]) => ({ entry: byId.get(id)!, score, known: false, text: score }));
      return { hits: hits.sort((a, b) => b.score - a.score), none: 0 };
    }
    const p = model.classify(question);
    const hits = entries.map((entry) => {
      const tf = text.get(entry.id) ?? 0;
      const at = classOf.get(entry.id);
      // a gemeente's own entry is found by its words alone, on the same scale as a known one
      return at === undefined
        ? { entry, score: tf * (1 + model.blend), known: false, text: tf }
        : { entry, score: p[at]! + model.blend * tf, known: true, text: tf };
    });
    hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
    return { hits, none: p[p.length - 1]! };
  }
  const byId = new Map(entries.map((e) => [e.id, e]));

  return {
    size: index.size,
    rank,
    ask: (question) => decide(rank(question), model?.thresholds, max),
  };
}

/** From scores to what the chat does: answer, suggest or say honestly it does not know. */
export function decide(ranking: Ranking, lines: QuestionThresholds | undefined, max = 3): Retrieval {
  const [top, second] = ranking.hits;
  if (!top) return { kind: 'none' };
  if (!lines || !top.known) {
    // the TF-IDF rule: an answer must stand out; a bare topic word several entries share gets "Bedoelt u…?"
    const { ANSWER, LEAD, LEAD_SHARE, FLOOR } = thresholds;
    const relevant = ranking.hits.filter((h) => h.text > FLOOR);
    if (!relevant.length) return { kind: 'none' };
    const next = relevant.find((h) => h !== top)?.text ?? 0;
    if (top.text >= ANSWER && top.text - next >= Math.max(LEAD, LEAD_SHARE * top.text)) return { kind: 'answer', entry: top.entry };
    return { kind: 'suggest', entries: relevant.slice(0, max).map((h) => h.entry) };
  }
  if (ranking.none < lines.answerNone && top.score >= lines.answer && top.score >= lines.ratio * (second?.score ?? 0))
    return { kind: 'answer', entry: top.entry };
  const suggested = ranking.none < lines.suggestNone ? ranking.hits.filter((h) => h.score >= lines.suggest).slice(0, max) : [];
  return suggested.length ? { kind: 'suggest', entries: suggested.map((h) => h.entry) } : { kind: 'none' };
}
