// Trains the on-device safety classifier (src/core/safety/model.ts) on the dev parts of the
// safety set and writes src/content/safety-model.ts. Held-aside parts are never read here.
//
//   node --import tsx bench/eval/train-safety.ts
//   SAFETY_FALSE_ALARMS=0.05 SAFETY_TRY=1 node --import tsx bench/eval/train-safety.ts
//     (another allowance for the lines; SAFETY_TRY prints the figures and writes no model)
//
// Logistic regression over word stems, word pairs and the national lexicon's matches (which
// pattern, category and strength), packed like the chat's classifier (hashed feature rows, one
// digit a weight); danger weights under 0.6 are dropped, so the model stays small.
// The lines are chosen leaving one writer out at a time (each dev file is one writer's; a
// writer's held-aside part that later joined dev counts as the same writer): the model trained
// on the other writers scores that writer's messages, as it will score a new writer's. By a
// rule fixed before the held-aside part was run: the threshold for a whole message, the one for
// its best sentence and the floor under which a strong pattern is turned off (at least
// FLOOR_MARGIN under the threshold) are the three that catch the most danger messages while the
// detector, all three counted, flags at most 3.5 % of the look-alikes (a possible signal adds a
// calm line, the answer stays); the strong threshold is the lowest whole-message score that
// flags at most 1 % (the card comes first).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nationalSafetySignals } from '../../src/content/safety-lexicon.js';
import { createSafetyDetector, safetyCategories } from '../../src/core/safety/detect.js';
import type { SafetyCategory } from '../../src/core/safety/detect.js';
import { lexiconFeatures, safetyFeatures, safetySentences, scoreSafety } from '../../src/core/safety/model.js';
import type { SafetyModel } from '../../src/core/safety/model.js';
import { featureCheck, featureRow, softmax } from '../../src/core/search/classifier.js';
import { packTable } from './pack.js';

interface Item {
  file: string;
  /** Whose wording: a writer's held-aside part that joined dev later is the same writer. */
  writer: string;
  text: string;
  danger: boolean;
  category: string;
  /** What the model sees: the words' features and the national lexicon's matches. */
  features: string[];
  /** …and of each sentence on its own (a message of more than one). */
  sentences: string[][];
}

const lexicon = createSafetyDetector(nationalSafetySignals);
/**
 * Whose wording a file is. The sets of rounds 1 to 5 (b to f) and dev-z-short were written by
 * the lexicon's own author: one writer, so that leaving a writer out leaves them all out.
 * Every later file is a writer of its own (helpers that saw neither the lexicon nor the model).
 */
const writerOf = (file: string) => {
  const name = file.replace(/^dev-|-seen-holdout|\.json$/g, '');
  return /^([b-f]|f2|z-short)$/.test(name) ? 'author (b-f, z)' : name;
};
const featuresOf = (text: string) => [...safetyFeatures(text), ...lexiconFeatures(lexicon.explain(text))];
const dir = new URL('./safety/', import.meta.url);
const dev: Item[] = readdirSync(dir)
  .filter((f) => f.startsWith('dev') && f.endsWith('.json'))
  .sort()
  .flatMap((f) =>
    (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Omit<Item, 'file' | 'writer' | 'features' | 'sentences'>[]).map((item) => ({
      ...item,
      file: f,
      writer: writerOf(f),
      features: featuresOf(item.text),
      sentences: safetySentences(item.text).map(featuresOf),
    })),
  );

/** The model's columns: danger, then one per category (their telling weights choose the help). */
const classes = ['danger', ...safetyCategories];
const C = classes.length;
/** Features seen fewer times are left out of the regression (noise). */
const MIN_COUNT = 2;
const EPOCHS = 60;
const RATE = 0.2;
const L2 = 1e-3;
/** Danger weights under this are dropped, so the model stays small. */
const PRUNE = 0.6;
/** Weight steps per unit: steps of a third compress better than fifths and lost nothing out of writer. */
const SCALE = 3;
/**
 * Out-of-writer false alarms allowed at the threshold. A possible signal adds a calm line above
 * the answer and hides nothing, and a missed danger signal costs far more: recall comes first.
 * Until round 14 the line was drawn at 8 %; on the held-aside parts that gave 99.3 % recall but
 * 5.3 % false alarms, over the aim of 3 %. The allowance is now the lowest at which the writers of
 * the latest brief (aa and later), each scored out of writer, keep 98 % recall on average, chosen
 * before a round's held-aside parts run. Round 15 (nine writers): 4 % gave 97.7 % recall and
 * 2.5 % false alarms, 5 % 98.5 / 3.5, 8 % 99.4 / 5.8: 5 %. Round 16 (eleven writers, with two
 * lexicon fixes): 4 % 98.4 / 2.9, 4.5 % 98.7 / 3.3, 5 % 98.9 / 3.5, 8 % 99.6 / 6.2: 4 %.
 * Round 17 (thirteen writers): 3.5 % 97.9 / 2.2, 4 % 98.6 / 2.7, 4.5 % 98.8 / 3.0: 4 %.
 * Round 18 (fifteen writers): 3 % 97.8 / 1.8, 3.5 % 98.1 / 2.3, 4 % 98.3 / 2.9: 3.5 %.
 */
const POSSIBLE_FALSE_ALARMS = Number(process.env.SAFETY_FALSE_ALARMS || 0.035);
if (!(POSSIBLE_FALSE_ALARMS > 0 && POSSIBLE_FALSE_ALARMS < 1))
  throw new Error(`SAFETY_FALSE_ALARMS must be a share between 0 and 1, such as 0.05`);
/** …and at the strong threshold (the safety card first). */
const STRONG_FALSE_ALARMS = 0.01;
/** …and at the strong threshold for the words alone, where no pattern matched (see `strongWordsAloneThreshold`). */
const STRONG_WORDS_ALONE_FALSE_ALARMS = 0.0025;
/**
 * How far (log-odds) under the line a message with a strong pattern must score before the
 * pattern is turned off. Fixed, not chosen: when the rule was free to choose, it put the floor at
 * the line (the model alone decided), and "we had a fight about the mortgage and he choked me"
 * went silent, because money words are common in look-alikes (the review of round 10). At 1,
 * "hoe krijg ik de tracker van mijn ex van mijn telefoon af" still did; 2 costs half a point of
 * recall at the same false alarms (92.2 % against 92.7 %).
 */
const FLOOR_MARGIN = 2;

/** Category weights under this are dropped (the category columns choose the help). */
const CATEGORY_PRUNE = 0.8;

/**
 * The rows the features hash into, and a check digit per row (89 values). With 16,384 rows and
 * no check, a word the model never saw landed on a row with a weight more often than not (10,002
 * rows held one), so every message carried noise from its unseen words: "ik heb een pakketje
 * aangenomen voor de buren" was a strong signal. Where two features of the training share a row,
 * the more frequent keeps it and the other is left out in training (on the device it passes the
 * check once in 89 times, as any unseen word does). Measured
 * leaving one writer out (27 writers, 8,456 messages): recall at 8 % false alarms 95.7 → 98.0 %,
 * at 3 % 88.1 → 93.3 %, for 18.6 → 39.1 KB gzip of model (in the chunk that loads on the first
 * input). 65,536 rows added 0.3 points for 9 KB more; a check of 16 values saved 4.5 KB and lost
 * 0.5 points.
 */
const ROWS = 1 << 15;
const CHECKS = 89;

/** The features (seen at least MIN_COUNT times) that own their row, and each row's check digit. */
function rowOwners(count: ReadonlyMap<string, number>): { kept: Set<string>; checks: Int16Array } {
  const owner = new Map<number, string>();
  for (const [feature, n] of count) {
    if (n < MIN_COUNT) continue;
    const row = featureRow(feature, ROWS);
    const held = owner.get(row);
    if (held === undefined || count.get(held)! < n || (count.get(held) === n && held > feature)) owner.set(row, feature);
  }
  const checks = new Int16Array(ROWS).fill(-1);
  for (const [row, feature] of owner) checks[row] = featureCheck(feature, CHECKS);
  return { kept: new Set(owner.values()), checks };
}

/**
 * The category columns: a multinomial logistic regression over the danger messages only (which
 * of the seven fits), on the same features as the danger column, the lexicon's matches among
 * them. It replaced a list of the 40 most telling words per category, which was silent for most
 * messages, so that the help fell back to 112 and Veilig Thuis and "thinking about killing
 * myself" showed no 113. Returns the columns' biases.
 */
function addCategoryWeights(items: readonly Item[], weights: Float64Array, kept: ReadonlySet<string>): number[] {
  const K = safetyCategories.length;
  const rows = items
    .filter((i) => i.danger)
    .map((item) => ({
      rows: item.features.filter((f) => kept.has(f)).map((f) => featureRow(f, ROWS)),
      norm: 1 / Math.sqrt(item.features.length || 1),
      y: safetyCategories.indexOf(item.category as SafetyCategory),
    }));
  const w = new Float64Array(ROWS * K);
  const bias = new Float64Array(K);
  const z = new Float64Array(K);
  let seed = 3;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < 30; epoch++) {
    const order = rows.map((_, i) => i).sort(() => random() - 0.5);
    const rate = 0.3 / (1 + epoch * 0.1);
    for (const i of order) {
      const row = rows[i]!;
      for (let k = 0; k < K; k++) {
        let v = bias[k]!;
        for (const r of row.rows) v += w[r * K + k]! * row.norm;
        z[k] = v;
      }
      softmax(z);
      for (let k = 0; k < K; k++) {
        const g = z[k]! - (k === row.y ? 1 : 0);
        bias[k]! -= rate * g;
        for (const r of row.rows) w[r * K + k]! -= rate * (g * row.norm + L2 * w[r * K + k]!);
      }
    }
  }
  for (let r = 0; r < ROWS; r++)
    for (let k = 0; k < K; k++) if (Math.abs(w[r * K + k]!) >= CATEGORY_PRUNE) weights[r * C + k + 1] = w[r * K + k]!;
  return [...bias].map((b) => Math.round(b * 100) / 100);
}

/**
 * Logistic regression (AdaGrad, L2) over the features' rows, each message's features scaled by
 * one over the square root of their number (as `scoreSafety` does). It generalised better than
 * naive Bayes to messages of a writer it had not seen (bench/eval/README.md, round 6).
 */
function train(items: readonly Item[]): Omit<SafetyModel, 'threshold' | 'sentenceThreshold' | 'strongThreshold'> {
  const count = new Map<string, number>();
  for (const item of items) for (const f of item.features) count.set(f, (count.get(f) ?? 0) + 1);
  const { kept, checks } = rowOwners(count);
  const rows = items.map((item) => ({
    rows: item.features.filter((f) => kept.has(f)).map((f) => featureRow(f, ROWS)),
    norm: 1 / Math.sqrt(item.features.length || 1),
    y: item.danger ? 1 : 0,
  }));
  const weights = new Float64Array(ROWS * C);
  const squares = new Float64Array(ROWS);
  let bias = 0;
  let biasSquares = 0;
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = rows.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const r of row.rows) z += weights[r * C]! * row.norm;
      const gradient = 1 / (1 + Math.exp(-z)) - row.y;
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares + 1e-8);
      for (const r of row.rows) {
        const g = gradient * row.norm + L2 * weights[r * C]!;
        squares[r]! += g * g;
        weights[r * C]! -= (RATE * g) / Math.sqrt(squares[r]! + 1e-8);
      }
    }
  }
  const categoryBias = addCategoryWeights(items, weights, kept);
  return {
    classes,
    scale: SCALE,
    bias: [Math.round(bias * 100) / 100, ...categoryBias],
    rows: ROWS,
    checks: CHECKS,
    table: packTable(weights, C, SCALE, (w, c) => c > 0 || Math.abs(w) >= PRUNE, { rows: ROWS, checks }),
  };
}

/**
 * Every dev message scored by a model trained on the other writers' messages only (packed, as it
 * ships): the whole message, and its best sentence.
 */
interface Scored {
  item: Item;
  score: number;
  sentence: number;
  /** A strong pattern of the lexicon matched (the detector then signals at least possible, above the floor line). */
  strongPattern: boolean;
  /** Any pattern of the lexicon matched (without one, the words alone decide: see the words-alone strong line). */
  anyPattern: boolean;
  /** The categories the model's columns choose (the help where no pattern says which). */
  categories: readonly string[];
}
const outOfWriter: Scored[] = [];
for (const writer of [...new Set(dev.map((i) => i.writer))]) {
  const model = { ...train(dev.filter((i) => i.writer !== writer)), threshold: 0, sentenceThreshold: 0, strongThreshold: 0 };
  for (const item of dev.filter((i) => i.writer === writer)) {
    const { score, categories } = scoreSafety(model, item.features);
    outOfWriter.push({
      item,
      score,
      categories,
      sentence: Math.max(-Infinity, ...item.sentences.map((s) => scoreSafety(model, s).score)),
      strongPattern: lexicon.assess(item.text)?.strength === 'strong',
      anyPattern: lexicon.explain(item.text).length > 0,
    });
  }
}
const dangerScored = outOfWriter.filter((s) => s.item.danger);
const harmlessScored = outOfWriter.filter((s) => !s.item.danger);

/** The lowest score (to two decimals) at which at most `share` of the look-alikes' whole messages score as high. */
function line(share: number): number {
  const scores = harmlessScored.map((s) => s.score).sort((a, b) => b - a);
  return Math.floor((scores[Math.floor(share * scores.length)] ?? 0) * 100 + 1) / 100;
}
/** What the detector signals with these lines: the whole, a sentence, or a strong pattern above the floor. */
const flags =
  (t: number, ts: number, floor = Infinity) =>
  (s: Scored) =>
    s.score >= t || s.sentence >= ts || (s.strongPattern && s.score >= floor);
const share = (rows: readonly Scored[], flag: (s: Scored) => boolean) => rows.filter(flag).length / rows.length;
console.log('Out of writer, what each share of false alarms buys (whole messages only):');
for (const allowed of [0.01, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2]) {
  const at = line(allowed);
  console.log(
    `  false alarms ≤ ${String(allowed * 100).padStart(2)} % (score ≥ ${at.toFixed(2).padStart(5)}): recall ${(100 * share(dangerScored, (s) => s.score >= at)).toFixed(1)} %`,
  );
}
/**
 * The three lines (whole message, sentence, and the floor under which a strong pattern is turned
 * off): the most recall of the detector as it decides, with at most the allowed false alarms all
 * counted (on a tie, the first found: the lowest lines). The floor's false alarms count against
 * the same allowance: when they did not, the shipped detector flagged 11 % of look-alikes.
 */
let [threshold, sentenceThreshold] = [line(POSSIBLE_FALSE_ALARMS), Infinity];
let floorThreshold = threshold - FLOOR_MARGIN;
let bestRecall = -1;
{
  const start = Math.round(threshold * 10) / 10;
  for (let t = start - 1; t <= start + 1; t += 0.05) {
    for (let ts = t; ts <= t + 4; ts += 0.05) {
      // a floor always, at least FLOOR_MARGIN under the line: a strong pattern is turned off only
      // where the model is sure the words around it are harmless
      for (const floor of Array.from({ length: 16 }, (_, i) => t - 4 + i * 0.2).filter((f) => f <= t - FLOOR_MARGIN + 1e-9)) {
        const flag = flags(t, ts, floor);
        if (share(harmlessScored, flag) > POSSIBLE_FALSE_ALARMS) continue;
        const recall = share(dangerScored, flag);
        if (recall > bestRecall) {
          [threshold, sentenceThreshold, bestRecall] = [Math.round(t * 100) / 100, Math.round(ts * 100) / 100, recall];
          floorThreshold = Math.round(floor * 100) / 100;
        }
      }
    }
  }
}
const shipped = flags(threshold, sentenceThreshold, floorThreshold);
const strongThreshold = Math.max(threshold, line(STRONG_FALSE_ALARMS));
/**
 * The strong line where no pattern matched: the lowest score at which at most
 * STRONG_WORDS_ALONE_FALSE_ALARMS of all look-alikes, with no pattern, reach it (and never under
 * the strong line). Round 15's held-aside parts had the card for three look-alikes, all by the
 * words alone; so had "my son fell off his bike and has a split lip".
 */
const strongWordsAloneThreshold = (() => {
  const scores = harmlessScored
    .filter((s) => !s.anyPattern)
    .map((s) => s.score)
    .sort((a, b) => b - a);
  const at = scores[Math.floor(STRONG_WORDS_ALONE_FALSE_ALARMS * harmlessScored.length)];
  return Math.max(strongThreshold, at === undefined ? -Infinity : Math.floor(at * 100 + 1) / 100);
})();
/** Whether the detector shows the card for this message (strong), as it decides. */
const shownStrong = (r: Scored) =>
  (r.score >= (r.anyPattern ? strongThreshold : strongWordsAloneThreshold) &&
    (r.anyPattern || r.item.text.trim().split(/\s+/).length > 2)) ||
  (flags(threshold, sentenceThreshold)(r) && r.strongPattern);

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`.padStart(7);
const lexiconSays = (item: Item) => lexicon.assess(item.text)?.strength;
function report(label: string, rows: readonly Scored[]) {
  const danger = rows.filter((r) => r.item.danger);
  const harmless = rows.filter((r) => !r.item.danger);
  const flagged = shipped;
  console.log(
    `${label.padEnd(26)} ${String(danger.length).padStart(4)} danger: lexicon alone ${percent(danger.filter((r) => lexiconSays(r.item)).length, danger.length)}, ` +
      `with the model ${percent(danger.filter(flagged).length, danger.length)} | ${String(harmless.length).padStart(4)} look-alikes: ` +
      `lexicon alone ${percent(harmless.filter((r) => lexiconSays(r.item)).length, harmless.length)}, with the model ${percent(harmless.filter(flagged).length, harmless.length)}`,
  );
}
console.log(
  `Each writer scored by a model trained on the others, as the detector decides (threshold ${threshold}, for a sentence ${sentenceThreshold}, strong ${strongThreshold}, a strong pattern kept as possible from ${floorThreshold}; the lexicon was written with every dev file in view, so "lexicon alone" flatters it):`,
);
for (const writer of [...new Set(dev.map((i) => i.writer))])
  report(
    `writer ${writer}`,
    outOfWriter.filter((r) => r.item.writer === writer),
  );
report('all writers', outOfWriter);
{
  const modelOnly = flags(threshold, sentenceThreshold);
  console.log(
    `the model's lines alone (no strong pattern kept above the floor): recall ${percent(dangerScored.filter(modelOnly).length, dangerScored.length)}, false alarms ${percent(harmlessScored.filter(modelOnly).length, harmlessScored.length)}`,
  );
}
for (const category of [...new Set(dev.filter((i) => i.danger).map((i) => i.category))]) {
  const rows = outOfWriter.filter((r) => r.item.category === category);
  console.log(
    `  ${category.padEnd(28)} ${String(rows.length).padStart(4)}: recall ${percent(rows.filter(shipped).length, rows.length)}, strong ${percent(rows.filter(shownStrong).length, rows.length)}`,
  );
}

{
  const danger = outOfWriter.filter((r) => r.item.danger);
  console.log(
    `the category columns, out of writer: the labelled category first ${percent(danger.filter((r) => r.categories[0] === r.item.category).length, danger.length)}, among those chosen ${percent(danger.filter((r) => r.categories.includes(r.item.category)).length, danger.length)}`,
  );
}
if (bestRecall < 0)
  console.warn(`no lines keep false alarms at ${POSSIBLE_FALSE_ALARMS * 100} %: the first line and a floor ${FLOOR_MARGIN} under it`);
console.log(
  `the card (strong), out of writer: danger messages ${percent(dangerScored.filter(shownStrong).length, dangerScored.length)}, look-alikes ${percent(harmlessScored.filter(shownStrong).length, harmlessScored.length)} (words-alone line ${strongWordsAloneThreshold})`,
);
const model: SafetyModel = { ...train(dev), threshold, sentenceThreshold, strongThreshold, strongWordsAloneThreshold, floorThreshold };
const out = `import type { SafetyModel } from '../core/safety/model.js';

/**
 * The on-device safety classifier. Generated by bench/eval/train-safety.ts from the dev parts of
 * bench/eval/safety (${dev.length} labelled messages); do not edit by hand, train again.
 */
export const nationalSafetyModel: SafetyModel = ${JSON.stringify(model)};
`;
const rowsInUse = model.table.split('\n').filter(Boolean).length;
if (process.env.SAFETY_TRY) console.log(`SAFETY_TRY: no model written (it would have ${rowsInUse} rows in use, ${out.length} bytes)`);
else {
  writeFileSync(new URL('../../src/content/safety-model.ts', import.meta.url), out);
  console.log(`wrote src/content/safety-model.ts: ${rowsInUse} rows in use, ${out.length} bytes`);
}
