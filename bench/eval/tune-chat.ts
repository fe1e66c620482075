/**
 * Tunes the TF-IDF-alone lines of the chat (src/widgets/chat/retrieve.ts: a config without the
 * classifier, and a gemeente's own entries, which the classifier has not seen) on the DEV part of the chat
 * set only: a grid over ANSWER, LEAD, LEAD_SHARE and FLOOR. The rule, fixed before looking:
 * the most direct correct answers with at most 3 % confident wrong answers (over all dev
 * questions), ties broken by more honest "don't know" on uncovered topics, then by reachability.
 * Prints the best settings; copy them into `thresholds` by hand and run `npm run eval -- chat`.
 *
 * Run: node --import tsx bench/eval/tune-chat.ts
 */
import { nationalSynonyms } from '../../src/content/synonyms.js';
import { readFileSync, readdirSync } from 'node:fs';
import { nationalKnowledge } from '../../src/content/knowledge/index.js';
import { createRetriever, thresholds } from '../../src/widgets/chat/retrieve.js';

interface Item {
  text: string;
  expect: string | null;
}
const dir = new URL('./chat/', import.meta.url);
const items: Item[] = readdirSync(dir)
  .filter((f) => f.startsWith('dev') && f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Item[]);
const retriever = createRetriever(nationalKnowledge, 'nl', { synonyms: nationalSynonyms });
const original = { ...thresholds };

function score(): { direct: number; reachable: number; wrong: number; honest: number } {
  let direct = 0,
    reachable = 0,
    wrong = 0,
    honest = 0;
  for (const item of items) {
    const r = retriever.ask(item.text);
    if (item.expect) {
      const hit = r.kind === 'answer' && r.entry.id === item.expect;
      if (hit) direct++;
      if (hit || (r.kind === 'suggest' && r.entries.some((e) => e.id === item.expect))) reachable++;
      if (r.kind === 'answer' && !hit) wrong++;
    } else {
      if (r.kind === 'none') honest++;
      if (r.kind === 'answer') wrong++;
    }
  }
  return { direct, reachable, wrong, honest };
}

const covered = items.filter((i) => i.expect).length;
const uncovered = items.length - covered;
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
const show = (label: string, s: ReturnType<typeof score>) =>
  console.log(
    `${label}: direct ${pct(s.direct, covered)}, reachable ${pct(s.reachable, covered)}, wrong ${pct(s.wrong, items.length)}, honest ${pct(s.honest, uncovered)}`,
  );

show(`current ${JSON.stringify(original)}`, score());
let best: { t: typeof original; s: ReturnType<typeof score> } | undefined;
for (const ANSWER of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
  for (const LEAD of [0, 0.02, 0.04, 0.06, 0.08, 0.1]) {
    for (const LEAD_SHARE of [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]) {
      for (const FLOOR of [0.2, 0.25, 0.3, 0.35, 0.4]) {
        if (FLOOR > ANSWER) continue;
        Object.assign(thresholds, { ANSWER, LEAD, LEAD_SHARE, FLOOR });
        const s = score();
        if (s.wrong / items.length > 0.03) continue;
        const better =
          !best ||
          s.direct > best.s.direct ||
          (s.direct === best.s.direct && (s.honest > best.s.honest || (s.honest === best.s.honest && s.reachable > best.s.reachable)));
        if (better) best = { t: { ANSWER, LEAD, LEAD_SHARE, FLOOR }, s };
      }
    }
  }
}
Object.assign(thresholds, original);
if (best) show(`best    ${JSON.stringify(best.t)}`, best.s);
else console.log('no setting keeps confident wrong answers at or under 3 %');
