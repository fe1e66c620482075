// The packed linear model as the trainers write it (bench/eval/pack.ts) and the device reads it
// (src/core/search/classifier.ts): weights survive the round trip, and a checked table lets only
// the feature trained into a row count.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { packTable } from '../../bench/eval/pack.js';
import {
  DIGITS,
  ROWS,
  featureCheck,
  featureRow,
  loadLinearModel,
  questionFeatures,
  questionRows,
} from '../../src/core/search/classifier.js';

describe('packed linear model', () => {
  const rows = 64;
  const classes = 2;
  const scale = 5;
  /** Weights per feature and column, written into a table of `rows` rows as a trainer does. */
  function pack(weights: Record<string, [number, number]>, checked: boolean) {
    const table = new Float64Array(rows * classes);
    const checks = new Int16Array(rows).fill(-1);
    for (const [feature, ws] of Object.entries(weights)) {
      const row = featureRow(feature, rows);
      ws.forEach((w, c) => (table[row * classes + c] = w));
      checks[row] = featureCheck(feature, DIGITS.length);
    }
    return {
      classes: ['a', 'b'],
      scale,
      bias: [0.5, -0.5],
      rows,
      ...(checked ? { checks: DIGITS.length } : {}),
      table: packTable(table, classes, scale, () => true, { rows, ...(checked ? { checks } : {}) }),
    };
  }
  const words = Array.from({ length: 1000 }, (_, i) => `woord${i}`);
  const trained = 'scheiding';
  const stranger = words.find(
    (w) => featureRow(w, rows) === featureRow(trained, rows) && featureCheck(w, DIGITS.length) !== featureCheck(trained, DIGITS.length),
  );

  const rounded = (z: Float64Array) => [...z].map((v) => Math.round(v * 1000) / 1000);

  it('reads back the weights it packed, with and without checks', () => {
    for (const checked of [false, true]) {
      const score = loadLinearModel(pack({ [trained]: [2, -1.4] }, checked));
      assert.deepEqual(rounded(score([trained], 1)), [2.5, -1.9], `checked: ${checked}`);
      assert.deepEqual(rounded(score([trained], 0.5)), [1.5, -1.2], 'times the norm');
    }
  });

  it('lets a feature on a row trained for another add nothing when the table is checked', () => {
    assert.ok(stranger, `one of ${words.length} words shares the row with another check`);
    assert.deepEqual(
      rounded(loadLinearModel(pack({ [trained]: [2, -1.4] }, false))([stranger!], 1)),
      [2.5, -1.9],
      'unchecked: any word on the row counts',
    );
    assert.deepEqual(rounded(loadLinearModel(pack({ [trained]: [2, -1.4] }, true))([stranger!], 1)), [0.5, -0.5], 'checked: only the bias');
  });

  it("gives the chat trainer each question feature's row in the full table", () => {
    const question = 'wie betaalt de alimentatie voor de kinderen';
    const rows = questionRows(question);
    assert.deepEqual(
      rows,
      questionFeatures(question).map((f) => featureRow(f, ROWS)),
    );
    assert.ok(rows.length > 5 && rows.every((r) => Number.isInteger(r) && r >= 0 && r < ROWS));
  });

  it('refuses a check that has no digit', () => {
    const checks = new Int16Array(rows).fill(-1);
    const table = new Float64Array(rows * classes);
    table[0] = 1;
    checks[0] = DIGITS.length;
    assert.throws(() => packTable(table, classes, scale, () => true, { rows, checks }), /digits for/);
  });
});
