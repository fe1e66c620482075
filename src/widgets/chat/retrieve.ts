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
  /**
   * Every entry the words reach, best first: `text` is the TF-IDF score (0 to 1), `score` the
   * blend of the classifier's probability and `text` for an entry the classifier knows (a
   * national one), and `text` alone for a gemeente's own entry (`known: false`).
   */
  hits: Hit[];
  /** The same entries ordered by their TF-IDF score alone. */
  byText: Hit[];
  /** The classifier's chance that the question is about something the content does not cover. */
  none: number;
  /** The classifier's highest probability for a national entry this gemeente hides (0 if none). */
  hidden: number;
}

export interface Hit {
  entry: KnowledgeEntry;
  score: number;
  known: boolean;
  text: number;
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
  // the last class is "none": a gemeente's own entry that happens to have that id stays its own
  const classOf = new Map(model?.classes.slice(0, -1).map((id, i) => [id, i]));
  const present = new Set(entries.map((e) => e.id));
  const hiddenClasses = [...classOf].filter(([id]) => !present.has(id)).map(([, at]) => at);

  function rank(question: string): Ranking {
    const text = new Map(index.search(question, { prefix: false }).map((h) => [h.id, h.score]));
    const p = model?.classify(question);
    const hits = entries.flatMap((entry) => {
      const tf = text.get(entry.id) ?? 0;
      const at = classOf.get(entry.id);
      if (p && at !== undefined) return [{ entry, score: p[at]! + model!.blend * tf, known: true, text: tf }];
      return tf > 0 ? [{ entry, score: tf, known: false, text: tf }] : [];
    });
    hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
    let hidden = 0;
    if (p) for (const at of hiddenClasses) hidden = Math.max(hidden, p[at]!);
    const byText = [...hits].sort((a, b) => b.text - a.text || a.entry.id.localeCompare(b.entry.id));
    return { hits, byText, none: p ? p[p.length - 1]! : 0, hidden };
  }

  return {
    size: index.size,
    rank,
    ask: (question) => decide(rank(question), model?.thresholds, max),
  };
}

/**
 * From scores to what the chat does: answer, suggest or say honestly it does not know. The
 * classifier's lines decide, unless the words alone put a gemeente's own entry first (the
 * classifier has never seen it): then the TF-IDF lines do, on TF-IDF scores only, so an own
 * entry never wins on a scale the national ones are not measured on.
 */
export function decide(ranking: Ranking, lines: QuestionThresholds | undefined, max = 3): Retrieval {
  const byText = ranking.byText;
  if (!lines || (byText[0] && !byText[0].known)) {
    // an answer must stand out; a bare topic word several entries share gets "Bedoelt u…?"
    const { ANSWER, LEAD, LEAD_SHARE, FLOOR } = thresholds;
    const relevant = byText.filter((h) => h.text > FLOOR);
    const [top, next] = relevant;
    if (!top) return { kind: 'none' };
    if (top.text >= ANSWER && top.text - (next?.text ?? 0) >= Math.max(LEAD, LEAD_SHARE * top.text))
      return { kind: 'answer', entry: top.entry };
    return { kind: 'suggest', entries: relevant.slice(0, max).map((h) => h.entry) };
  }
  const national = ranking.hits.filter((h) => h.known);
  const [top, second] = national;
  if (!top) return { kind: 'none' };
  // an entry the gemeente hid competes too: its question must not get a neighbour's answer
  const competitor = Math.max(second?.score ?? 0, ranking.hidden);
  if (ranking.none < lines.answerNone && top.score >= lines.answer && top.score >= lines.ratio * competitor)
    return { kind: 'answer', entry: top.entry };
  if (ranking.none >= lines.suggestNone) return { kind: 'none' };
  // the national entries the classifier finds likely, then own entries the words reach well
  const suggested = [...national.filter((h) => h.score >= lines.suggest), ...byText.filter((h) => !h.known && h.text > thresholds.FLOOR)];
  return suggested.length ? { kind: 'suggest', entries: suggested.slice(0, max).map((h) => h.entry) } : { kind: 'none' };
}
