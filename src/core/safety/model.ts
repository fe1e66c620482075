/**
 * A small on-device classifier next to the lexicon: logistic-regression log-odds over word stems
 * and pairs of neighbouring words, trained on the labelled messages in bench/eval/safety (the dev
 * parts only) by `node --import tsx bench/eval/train-safety.ts`, which writes
 * src/content/safety-model.ts. It catches wording the hand-written patterns miss; what it finds
 * on its own counts as a *possible* signal (the answer stays, a calm safety line is added).
 * Nothing leaves the device.
 */
import { normalizeText } from './normalize.js';
import type { SafetyCategory } from './detect.js';

export interface SafetyModel {
  /** The regression's bias (log-odds of danger with no feature). */
  prior: number;
  /** Log-odds per feature (danger against harmless), the regression's weights. */
  weights: Record<string, number>;
  /** A message scores danger at or above this (chosen by cross-validation for few false alarms). */
  threshold: number;
  /** Per category, the log-odds of its most telling features (to choose the help). */
  categories: Partial<Record<SafetyCategory, Record<string, number>>>;
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

const own = (table: Record<string, number>, key: string) => (Object.hasOwn(table, key) ? table[key]! : 0);

/** The danger score of a text (log-odds); danger when at or above `model.threshold`. */
export function modelScore(model: SafetyModel, text: string, features = safetyFeatures(text)): number {
  let score = model.prior;
  for (const f of features) score += own(model.weights, f);
  return score;
}

/** The category whose telling features the text has most of (acute violence when none stands out). */
export function modelCategory(model: SafetyModel, features: Set<string>): SafetyCategory {
  let best: SafetyCategory = 'acute-violence';
  let bestScore = 0;
  for (const [category, table] of Object.entries(model.categories) as [SafetyCategory, Record<string, number>][]) {
    let score = 0;
    for (const f of features) score += own(table, f);
    if (score > bestScore) [best, bestScore] = [category, score];
  }
  return best;
}
