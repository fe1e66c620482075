// Learns which words of the offers a parent's words point to, from the labelled dev queries of
// bench/eval/search, and writes src/content/search-associations.ts. Held-aside parts are never
// read here.
//
//   node --import tsx bench/eval/train-search.ts
//
// Why: parents describe a need ("kom niet rond sinds de scheiding", "iemand neutraals om met mn
// ex te praten") in words no offer uses. For each word of a query and the offer the writer wanted
// first, the trainer counts how often they go together, against how often that offer is wanted
// at all: the lift (pointwise mutual information) of the pairs seen at least twice. An offer is
// known by its signature, the words only it uses (in the national and demo offers); the
// hulpzoeker adds, for each hit, the strongest lift between each query word and the signatures
// whose words the offer holds (`searchOffers` in src/widgets/hulpzoeker/catalogue.ts). So a
// gemeente's own offer that uses such words ("budgetcoach", "bemiddeling") profits too.
//
// The weight of that lift is chosen by leaving one writer out at a time (each writer's queries
// ranked with the lifts learned from the others), so it is chosen on wording the table has not
// seen, as a parent's will be. The figures printed are those.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { validateConfig } from '../../src/core/config/validate.js';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { nationalIds, nationalPack } from '../../src/content/index.js';
import { offerKeys, searchOffers } from '../../src/widgets/hulpzoeker/catalogue.js';
import type { SearchAssociations } from '../../src/widgets/hulpzoeker/catalogue.js';
import { keysOf } from '../../src/core/search/index.js';

/** A pair seen fewer times says nothing. */
const MIN_PAIR = 2;
/** Lifts under this are left out of the shipped table (they barely move a ranking). */
const MIN_LIFT = 0.3;

interface Item {
  query: string;
  expect: string[];
  writer: string;
}
const demo: unknown = JSON.parse(readFileSync(new URL('../../demo/digiplein.json', import.meta.url), 'utf8'));
const { config } = validateConfig(demo, nationalIds);
if (!config) throw new Error('the demo config does not validate');
const resolved = resolveConfig(config, nationalPack);
/** Each offer's signature: the words of its name, description and keywords that no other offer uses. */
const offersWith = new Map<string, number>();
for (const o of resolved.offers) for (const k of offerKeys(o)) offersWith.set(k, (offersWith.get(k) ?? 0) + 1);
const signatureOf = new Map(resolved.offers.map((o) => [o.id, [...offerKeys(o)].filter((k) => offersWith.get(k) === 1).sort()]));
const signed = resolved.offers.map((o) => o.id).filter((id) => signatureOf.get(id)!.length);

/**
 * The writer of a file: its letter (`dev-b.json` and `dev-b-seen-holdout.json` are one writer's
 * two parts), and `dev.json` with its held-aside part `dev-a-seen-holdout.json`.
 */
const writerOf = (file: string): string => {
  const letter = /^dev-([a-z])\b/.exec(file)?.[1] ?? 'a';
  return `writer ${letter}`;
};
const dir = new URL('./search/', import.meta.url);
const items: Item[] = readdirSync(dir)
  .filter((f) => f.startsWith('dev') && f.endsWith('.json'))
  .sort()
  .flatMap((f) =>
    (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Omit<Item, 'writer'>[]).map((i) => ({ ...i, writer: writerOf(f) })),
  );

/** The lifts learned from `train`: query key → [signature, lift] pairs. */
function learn(train: readonly Item[]): SearchAssociations {
  const nk = new Map<string, number>();
  const no = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const item of train) {
    const offer = item.expect[0]!;
    if (!signatureOf.has(offer)) throw new Error(`${item.writer}: "${item.query}" expects an offer that does not exist: ${offer}`);
    no.set(offer, (no.get(offer) ?? 0) + 1);
    for (const k of new Set(keysOf(item.query))) {
      nk.set(k, (nk.get(k) ?? 0) + 1);
      let row = pairs.get(k);
      if (!row) pairs.set(k, (row = new Map()));
      row.set(offer, (row.get(offer) ?? 0) + 1);
    }
  }
  const lifts: Record<string, [number, number][]> = {};
  for (const [k, row] of pairs) {
    const kept: [number, number][] = [];
    for (const [offer, c] of row) {
      if (c < MIN_PAIR || !signed.includes(offer)) continue;
      const lift = Math.log(c / nk.get(k)! / (no.get(offer)! / train.length));
      if (lift >= MIN_LIFT) kept.push([signed.indexOf(offer), Math.round(lift * 10) / 10]);
    }
    if (kept.length) lifts[k] = kept.sort((a, b) => b[1] - a[1]);
  }
  return { signatures: signed.map((id) => signatureOf.get(id)!.join(' ')), lifts };
}

const writers = [...new Set(items.map((i) => i.writer))];
const tables = new Map(writers.map((w) => [w, learn(items.filter((i) => i.writer !== w))]));
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
let best = { weight: 0, top1: -1 };
for (const weight of [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]) {
  let top1 = 0;
  const per: string[] = [];
  for (const w of writers) {
    const own = items.filter((i) => i.writer === w);
    let t = 0;
    for (const item of own) {
      const ranked = searchOffers(resolved, 'nl', item.query, { learned: { table: tables.get(w)!, weight } });
      if (ranked[0] && item.expect.includes(ranked[0].id)) t++;
    }
    top1 += t;
    per.push(`${w} ${pct(t, own.length)}`);
  }
  console.log(`weight ${weight}: top-1 out of writer ${pct(top1, items.length)} (${per.join(', ')})`);
  if (top1 > best.top1) best = { weight, top1 };
}
console.log(`${items.length} queries by ${writers.length} writers; chosen weight ${best.weight}`);

const table = learn(items);
const file = new URL('../../src/content/search-associations.ts', import.meta.url);
writeFileSync(
  file,
  `// Generated by bench/eval/train-search.ts from the dev queries of bench/eval/search; do not edit by
// hand, train again. See \`searchOffers\` in src/widgets/hulpzoeker/catalogue.ts.
import type { SearchAssociations } from '../widgets/hulpzoeker/catalogue.js';

/** How much the lifts count next to the index's score (chosen leaving one writer out). */
export const associationWeight = ${best.weight};

/** Offer signatures, and query word key → [signature, lift] pairs. */
export const nationalSearchAssociations: SearchAssociations = ${JSON.stringify(table)};
`,
);
console.log(`wrote ${file.pathname}: ${table.signatures.length} signatures, ${Object.keys(table.lifts).length} query words`);
