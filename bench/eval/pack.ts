// Packs a trained linear model's weights into the shipped text table (src/core/search/classifier.ts):
// one line a feature row, pairs of digits (class, weight) for the weights that are kept. Both
// trainers (train-chat.ts, train-safety.ts) ship their models this way.
import { DIGITS, ROWS } from '../../src/core/search/classifier.js';

const ZERO = Math.floor(DIGITS.length / 2);

/** A weight as one digit: steps of 1 / scale around the middle digit, clamped to the digits there are. */
export const quantize = (w: number, scale: number) => Math.max(0, Math.min(DIGITS.length - 1, Math.round(w * scale) + ZERO));

/**
 * The table of `weights` (row-major: `weights[row * classes + c]`), keeping a weight when `keep`
 * says so (pruning keeps the model small). With `checks` (a check digit per row, -1 for none),
 * every line with weights starts with its row's check (a checked model, `PackedLinearModel.checks`).
 */
export function packTable(
  weights: Float64Array,
  classes: number,
  scale: number,
  keep: (w: number, c: number) => boolean,
  { rows = ROWS, checks }: { rows?: number; checks?: Int16Array } = {},
): string {
  if (classes > DIGITS.length) throw new Error(`${classes} classes: the packed table has digits for ${DIGITS.length}`);
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let c = 0; c < classes; c++) {
      const w = weights[row * classes + c]!;
      if (w && keep(w, c)) line += `${DIGITS[c]}${DIGITS[quantize(w, scale)]}`;
    }
    if (line && checks) {
      if (checks[row]! < 0) throw new Error(`row ${row} has weights but no feature to check`);
      if (checks[row]! >= DIGITS.length)
        throw new Error(`check ${checks[row]} of row ${row}: the packed table has digits for ${DIGITS.length}`);
      line = DIGITS[checks[row]!] + line;
    }
    lines.push(line);
  }
  return lines.join('\n');
}
