/**
 * A small on-device classifier that weighs what the lexicon found together with the words around
 * it: logistic-regression log-odds over word stems, pairs of neighbouring words and the lexicon's
 * own matches (which signal, which category, how strong), trained on the labelled messages in
 * bench/eval/safety (the dev parts only) by `node --import tsx bench/eval/train-safety.ts`, which
 * writes src/content/safety-model.ts. Nothing leaves the device.
 *
 * Why the lexicon's matches are features and not a verdict of their own: on messages of writers
 * the lexicon was not written from, a pattern that matches is right far less often than on the
 * messages it was tuned on ("ik ben bang dat hij…" about a lawyer), while the words around it
 * tell the two apart. Measured leaving one writer out at a time, the lexicon's verdict plus the
 * model flagged about twice as many look-alikes as the model that weighs the lexicon's matches,
 * at the same recall (bench/eval/README.md).
 */
import { loadLinearModel } from '../search/classifier.js';
import type { PackedLinearModel } from '../search/classifier.js';
import { normalizeText } from './normalize.js';
import type { SafetyCategory, SafetyStrength } from './signals.js';

/**
 * The trained model as it ships (packed like the chat's question classifier: hashed feature rows,
 * one digit a weight). Column 0 (`danger`) holds the log-odds of danger against harmless; the
 * other columns, named by category, the telling weights that choose the help when no pattern
 * matched.
 */
export interface SafetyModel extends PackedLinearModel {
  /** A message scores danger at or above this (chosen leaving one writer out; see the training script). */
  threshold: number;
  /**
   * A message whose whole scores under `threshold` still signals when one of its sentences, on
   * its own, scores at or above this: otherwise a practical question next to "ik voel me niet
   * veilig bij hem" outweighs it, because look-alikes are full of practical questions.
   */
  sentenceThreshold: number;
  /** At or above this score a signal is strong (the safety card first) even where no strong pattern matched. */
  strongThreshold: number;
  /**
   * …and where no pattern of the lexicon matched at all, the words alone: at or above this (at
   * least `strongThreshold`). Words alone misled most on look-alikes ("three angry e-mails last
   * night", "his phone is off but they are on the plane"): the card came up for them. Absent: `strongThreshold`.
   */
  strongWordsAloneThreshold?: number;
  /**
   * A strong pattern the model turns down still gives the calm possible line when the whole
   * message scores at or above this; under it the words around the pattern say harmless ("the
   * mortgage is strangling me"). Absent: a strong pattern is never turned off.
   */
  floorThreshold?: number;
}

/** A lexicon match as the model sees it. */
export interface LexiconMatch {
  category: SafetyCategory;
  strength: SafetyStrength;
  pattern: string;
}

/** The features of a text: stems (first six letters; also without a participle's ge-) and word pairs. */
export function safetyFeatures(text: string): Set<string> {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  words.forEach((word, i) => {
    out.add(word.slice(0, 6));
    if (word.length > 6 && word.startsWith('ge')) out.add(word.slice(2, 8));
    const next = words[i + 1];
    if (next) out.add(`${word.slice(0, 5)}_${next.slice(0, 5)}`);
  });
  return out;
}

/**
 * The sentences of a message of more than one, each of three words or more, to be weighed on
 * their own (see `SafetyModel.sentenceThreshold`); none for a message of one sentence.
 */
export function safetySentences(text: string): string[] {
  const parts = text.match(/[^.!?\n]+/g) ?? [];
  return parts.length > 1 ? parts.filter((p) => p.trim().split(/\s+/).length >= 3) : [];
}

/**
 * The features of the lexicon's matches: each pattern (`lp:`), each category with its strength
 * (`l:`) and the strength alone (`ls:`), so that a pattern the model has not seen (an edited
 * lexicon) still counts by its category and strength.
 */
export function lexiconFeatures(matches: readonly LexiconMatch[]): string[] {
  const out = new Set<string>();
  for (const m of matches) {
    out.add(`lp:${m.pattern}`);
    out.add(`l:${m.category}:${m.strength}`);
    out.add(`ls:${m.strength}`);
  }
  return [...out];
}

/**
 * The danger score (log-odds; danger at or above `model.threshold`) of a text's features, and
 * the categories its words fit best (the category columns are a classifier over the seven): the
 * best, and the second when it is nearly as likely, or none when the columns say nothing. The score is
 * normalised by the number of features, as in training, so that a long story does not add up
 * to danger by its length alone.
 */
export function scoreSafety(model: SafetyModel, features: readonly string[]): { score: number; categories: SafetyCategory[] } {
  const z = loadLinearModel(model)(features, 1 / Math.sqrt(features.length || 1));
  const ranked = model.classes
    .map((name, c) => [name as SafetyCategory, z[c]!] as const)
    .filter((_, c) => c > 0)
    .sort((a, b) => b[1] - a[1]);
  // none when no word of the text weighs in a category column (the columns' biases alone would
  // choose the most common category); the second too when it is nearly as likely (within a
  // factor 1.6): the help for both is shown
  if (model.classes.every((_, c) => c === 0 || z[c] === (model.bias[c] ?? 0))) return { score: z[0]!, categories: [] };
  const fits = ranked.filter(([, weight], i) => i === 0 || (i === 1 && weight >= ranked[0]![1] - 0.5)).map(([name]) => name);
  return { score: z[0]!, categories: fits };
}

/**
 * What the detector asks of the model. Built from the shipped model by {@link safetyScorer} in
 * the national safety chunk, so that the model's code loads with its weights (on the first
 * input), not with every widget.
 */
export interface SafetyScorer {
  readonly threshold: number;
  readonly sentenceThreshold: number;
  readonly strongThreshold: number;
  readonly strongWordsAloneThreshold: number;
  readonly floorThreshold: number;
  /** The score and best-fitting categories of a text, given the national lexicon's matches in it. */
  score(text: string, matches: readonly LexiconMatch[]): { score: number; categories: SafetyCategory[] };
  /** The sentences of a message to weigh on their own. */
  sentences(text: string): string[];
}

/** The detector's view of a shipped model. */
export function safetyScorer(model: SafetyModel): SafetyScorer {
  return {
    threshold: model.threshold,
    sentenceThreshold: model.sentenceThreshold,
    strongThreshold: model.strongThreshold,
    strongWordsAloneThreshold: Math.max(model.strongThreshold, model.strongWordsAloneThreshold ?? -Infinity),
    floorThreshold: model.floorThreshold ?? -Infinity,
    score: (text, matches) => scoreSafety(model, [...safetyFeatures(text), ...lexiconFeatures(matches)]),
    sentences: safetySentences,
  };
}
