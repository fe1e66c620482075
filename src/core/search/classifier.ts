/**
 * A small on-device question classifier for the chat: multinomial logistic regression over the
 * words of a question (their keys, as the search index makes them) and the four-letter pieces
 * of those words (which carry typos and the parts of compounds). It is trained offline on ways
 * parents ask each knowledge-base entry, plus questions the content does not cover (the class
 * `none`), by `bench/eval/train-chat.ts`; the trained weights ship as text with the knowledge
 * base (`src/content/knowledge/model.ts`), so nothing a parent types leaves the device.
 *
 * Why next to the TF-IDF index and not instead of it: the index finds an entry by the words it
 * shares with any way of asking it; the classifier has learned which words tell entries apart
 * and which questions are about something else, so together they rank better and say "don't
 * know" more honestly than either alone (bench/eval/README.md has the figures).
 */
import { termKey, tokenize } from './dutch.js';

/**
 * The digits of the packed table: one character a class number or a weight, none that JSON or
 * a script would escape (89): a weight is a step of `1 / scale` from the middle digit.
 */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&()*+,-./:;<=>?@[]^_{|}~';

/**
 * A linear model over hashed features as it ships, small: every weight is one digit in one text
 * table. The chat's question classifier and the safety model (src/core/safety/model.ts) both
 * ship this way.
 */
export interface PackedLinearModel {
  /** What each column scores: the chat's entry ids and "none", or the safety model's danger and categories. */
  classes: readonly string[];
  /** Weight steps per unit. */
  scale: number;
  bias: readonly number[];
  /** Line `n` holds the weights of the features that hash to `n`: pairs of digits (class, weight). */
  table: string;
  /** How many rows the features hash into (the lines of `table`); `ROWS` when absent. */
  rows?: number;
  /**
   * When present, each line with weights starts with one more digit: the check
   * (`featureCheck(feature, checks)`, one of this many values) of the one feature trained into
   * that row. A feature whose check differs adds nothing: a word the model never saw, which
   * shares the row by chance, passes once in `checks` times instead of always.
   */
  checks?: number;
}

/** A trained question classifier as it ships. */
export interface PackedQuestionModel extends PackedLinearModel {
  /** Entry ids; the last class is "none" (a question the content does not cover). */
  classes: readonly string[];
  /** How much the TF-IDF score adds to the classifier's probability when ranking entries. */
  blend: number;
  /** Where the chat draws its lines, chosen by cross-validation in the training script. */
  thresholds: QuestionThresholds;
}

export interface QuestionThresholds {
  /** Answer only when the chance of "none" is under this… */
  answerNone: number;
  /** …the best entry's blended score reaches this… */
  answer: number;
  /** …and it is this many times the next entry's. */
  ratio: number;
  /** Suggest ("Bedoelt u…?") only when the chance of "none" is under this… */
  suggestNone: number;
  /** …and for entries whose blended score reaches this. */
  suggest: number;
}

export interface QuestionModel {
  readonly classes: readonly string[];
  readonly blend: number;
  readonly thresholds: QuestionThresholds;
  /** The probability of each class (the last is "none"), summing to 1. */
  classify(question: string): Float64Array;
}

/** Features hash into this many rows, so the shipped table needs no feature names. */
export const ROWS = 1 << 14;

/** FNV-1a: a feature's row. */
export function featureRow(feature: string, rows = ROWS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) % rows;
}

/** A second hash of a feature (FNV-1a from another start, read from the end): its check in a checked model, one of `checks` values. */
export function featureCheck(feature: string, checks: number): number {
  let h = 0x050c5d1f;
  for (let i = feature.length - 1; i >= 0; i--) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) % checks;
}

/** The length of the word pieces. */
const PIECE = 4;

/** The features of a text: `w:` word keys and `c:` four-letter pieces of longer words. */
export function questionFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    const key = termKey(token);
    if (!key) continue;
    out.add(`w:${key}`);
    if (token.length < PIECE) continue;
    const padded = `_${key}_`;
    for (let i = 0; i + PIECE <= padded.length; i++) out.add(`c:${padded.slice(i, i + PIECE)}`);
  }
  return [...out];
}

/** The rows of a text's features (a feature counts once; two that share a row count twice). */
export function questionRows(text: string): number[] {
  return questionFeatures(text).map((feature) => featureRow(feature));
}

/** Unpacks a shipped question classifier (once per page). */
export function loadQuestionModel(packed: PackedQuestionModel): QuestionModel {
  const linear = loadLinearModel(packed);
  return {
    classes: packed.classes,
    blend: packed.blend,
    thresholds: packed.thresholds,
    classify(question) {
      const features = questionFeatures(question);
      // the same length normalisation as in training: long stories do not shout
      return softmax(linear(features, 1 / Math.sqrt(features.length || 1)));
    },
  };
}

/** Each class's score for a text's features: its bias plus the weights in their rows, times `norm`. */
export type LinearScores = (features: readonly string[], norm: number) => Float64Array;

const loaded = new WeakMap<PackedLinearModel, LinearScores>();

/** Unpacks a shipped linear model (once per page; the table is parsed on first use). */
export function loadLinearModel(packed: PackedLinearModel): LinearScores {
  let scores = loaded.get(packed);
  if (!scores) loaded.set(packed, (scores = unpack(packed)));
  return scores;
}

function unpack(packed: PackedLinearModel): LinearScores {
  // sparse rows: most features tell about a few classes only
  type Row = { check: number; classes: Uint16Array; values: Float32Array };
  let weights: Map<number, Row> | undefined;
  const skip = packed.checks ? 1 : 0;
  const parse = () => {
    const map = new Map<number, Row>();
    const digit = new Map([...DIGITS].map((d, i) => [d, i]));
    const zero = Math.floor(DIGITS.length / 2);
    packed.table.split('\n').forEach((line, row) => {
      const n = (line.length - skip) >> 1;
      if (n <= 0) return;
      const classes = new Uint16Array(n);
      const values = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        classes[i] = digit.get(line[skip + 2 * i]!)!;
        values[i] = (digit.get(line[skip + 2 * i + 1]!)! - zero) / packed.scale;
      }
      map.set(row, { check: skip ? digit.get(line[0]!)! : -1, classes, values });
    });
    return map;
  };
  const rows = packed.rows ?? ROWS;
  return (features, norm) => {
    weights ??= parse();
    const z = Float64Array.from(packed.bias);
    for (const feature of features) {
      const row = weights.get(featureRow(feature, rows));
      if (!row || (skip && row.check !== featureCheck(feature, packed.checks!))) continue;
      for (let i = 0; i < row.classes.length; i++) z[row.classes[i]!]! += row.values[i]! * norm;
    }
    return z;
  };
}

/** In place: exponentials normalised to sum 1. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}
