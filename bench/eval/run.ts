// `npm run eval`: how well DigiPlein understands parents, over labelled sets kept beside this
// file. A benchmark that prints figures, not a test: it never fails on a low figure.
//
//   npm run eval                       every evaluation, both parts (dev, then holdout)
//   npm run eval -- safety --part dev  one evaluation, one part (tune on dev only)
//   npm run eval -- chat --misses      also list what went wrong
//
// Each set has two parts, written from the parent's side before the lexicon, the knowledge
// base and the matching were tuned: `dev.json` (used while tuning) and `holdout.json` (run only
// at the end; its figures are the ones to report). See bench/eval/README.md.
import { nationalSynonyms } from '../../src/content/synonyms.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { nationalSafetySignals } from '../../src/content/safety-lexicon.js';
import { nationalSafetyModel } from '../../src/content/safety-model.js';
import { safetyScorer } from '../../src/core/safety/model.js';
import { contactsFor, createSafetyDetector, safetyCategories } from '../../src/core/safety/detect.js';
import type { SafetyAssessment } from '../../src/core/safety/detect.js';
import { nationalKnowledge } from '../../src/content/knowledge/index.js';
import { createRetriever } from '../../src/widgets/chat/retrieve.js';
import { loadQuestionModel } from '../../src/core/search/classifier.js';
import { tokenize } from '../../src/core/search/dutch.js';
import { shownOffers } from '../../src/widgets/hulpzoeker/ranking.js';
import { nationalQuestionModel } from '../../src/content/knowledge/model.js';
import { searchOffers } from '../../src/widgets/hulpzoeker/catalogue.js';
import { nationalPack } from '../../src/content/index.js';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { nationalIds } from '../../src/content/index.js';
import { registerNationalContent } from '../../src/content/registry.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const which = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--part');
const parts = option('part') ? [option('part')!] : ['dev', 'holdout'];
const showMisses = flag('misses');

/**
 * Every file of one part of a set (`dev.json`, `dev-b.json`, …: sets written by different people),
 * or undefined when the set has no such part (a held-aside part that was run and joined dev).
 */
const load = <T>(set: string, part: string): T[] | undefined => {
  const dir = new URL(`./${set}/`, import.meta.url);
  const files = readdirSync(dir).filter((f) => f === `${part}.json` || (f.startsWith(`${part}-`) && f.endsWith('.json')));
  if (!files.length) {
    console.log(`\n${set}: no ${part} part in bench/eval/${set}/ (a held-aside part joins dev after its one run; write a new one first)`);
    return undefined;
  }
  return files.flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as T[]);
};
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 10)).join('  ');

// ---------------------------------------------------------------- safety
interface SafetyItem {
  text: string;
  danger: boolean;
  category: string;
  indirect: boolean;
  lang: 'nl' | 'en';
  writer: string;
}

function evalSafety(part: string): void {
  // the lexicon alone, for comparison, then the detector as it ships (the model weighing the lexicon's matches and the words)
  const lexiconOnly = createSafetyDetector(nationalSafetySignals);
  const items0 = load<SafetyItem>('safety', part);
  if (!items0) return;
  const recall0 = items0.filter((i) => i.danger && lexiconOnly.assess(i.text)).length / items0.filter((i) => i.danger).length;
  const alarms0 = items0.filter((i) => !i.danger && lexiconOnly.assess(i.text)).length / items0.filter((i) => !i.danger).length;
  console.log(`\nSafety, ${part} part, the lexicon alone: recall ${pct(recall0, 1)}, false alarms ${pct(alarms0, 1)}`);
  const items = items0;
  const detector = createSafetyDetector(nationalSafetySignals, safetyScorer(nationalSafetyModel));
  const results = items.map((item) => ({ item, found: detector.assess(item.text) }));
  const danger = results.filter((r) => r.item.danger);
  const harmless = results.filter((r) => !r.item.danger);
  const caught = (rs: typeof results) => rs.filter((r) => r.found).length;
  const strong = (rs: typeof results) => rs.filter((r) => r.found?.strength === 'strong').length;
  console.log(
    `Safety detector as it ships (the on-device model weighing the lexicon's matches and the words), ${part} part: ${danger.length} danger messages, ${harmless.length} harmless look-alikes`,
  );
  const w = [30, 6, 10, 10];
  console.log(row(['', 'n', 'recall', 'as strong'], w));
  for (const category of safetyCategories) {
    const rs = danger.filter((r) => r.item.category === category);
    console.log(row([category, rs.length, pct(caught(rs), rs.length), pct(strong(rs), rs.length)], w));
  }
  const slices: [string, typeof danger][] = [
    ['indirect', danger.filter((r) => r.item.indirect)],
    ['English', danger.filter((r) => r.item.lang === 'en')],
    ['written by a child', danger.filter((r) => r.item.writer === 'child')],
    ['all danger messages', danger],
  ];
  for (const [name, rs] of slices) console.log(row([name, rs.length, pct(caught(rs), rs.length), pct(strong(rs), rs.length)], w));
  const alarms = caught(harmless);
  console.log(
    row(['false alarms (harmless flagged)', harmless.length, pct(alarms, harmless.length), pct(strong(harmless), harmless.length)], w),
  );
  const children = danger.filter((r) => r.item.writer === 'child');
  console.log(
    `children recognised as the writer (De Kindertelefoon first): ${pct(children.filter((r) => r.found?.byChild).length, children.length)}`,
  );
  // the right help: among the caught danger messages, the card or line shows a contact that fits
  // the labelled category (113 for suicidal thoughts, 112 or Veilig Thuis for the others; for a
  // child, De Kindertelefoon as well), and shows it first
  const fitting = (item: SafetyItem) => [
    ...(item.writer === 'child' ? ['kindertelefoon'] : []),
    ...(item.category === 'suicide-self-harm' ? ['113'] : ['112', 'veilig-thuis']),
  ];
  const shownHelp = danger.filter((r) => r.found).map((r) => ({ item: r.item, contacts: contactsFor(r.found!) }));
  const helpShown = shownHelp.filter((h) => h.contacts.some((c) => fitting(h.item).includes(c)));
  const helpFirst = shownHelp.filter((h) => fitting(h.item).includes(h.contacts[0]!));
  console.log(
    `the right help (of the caught): shown ${pct(helpShown.length, shownHelp.length)}, first ${pct(helpFirst.length, shownHelp.length)}`,
  );
  const started = performance.now();
  for (let i = 0; i < 5; i++) for (const item of items) detector.assess(item.text);
  console.log(`time per message: ${((performance.now() - started) / (5 * items.length)).toFixed(3)} ms`);
  if (showMisses) {
    const describe = (f: SafetyAssessment | undefined) => (f ? `${f.strength} ${f.categories.join(',')}` : '');
    for (const r of danger.filter((r) => !r.found)) console.log(`  MISS  [${r.item.category}] ${r.item.text}`);
    for (const h of shownHelp.filter((h) => !h.contacts.some((c) => fitting(h.item).includes(c))))
      console.log(
        `  HELP  [${h.item.category}${h.item.writer === 'child' ? ', child' : ''}] shown ${h.contacts.join(',')}: ${h.item.text}`,
      );
    for (const r of harmless.filter((r) => r.found)) {
      const why = detector
        .explain(r.item.text)
        .map((m) => `${m.category}: ${m.pattern.slice(0, 60)}`)
        .join(' + ');
      console.log(`  ALARM [${r.item.category}] (${describe(r.found)}) ${r.item.text}\n        ← ${why}`);
    }
  }
}

// ---------------------------------------------------------------- chat
interface ChatItem {
  text: string;
  expect: string | null;
  lang: 'nl' | 'en';
  style: string;
}

/** Text as a key for "the same wording": folded words, one space between. */
const wording = (text: string) => tokenize(text).join(' ');

/** Every wording the chat's classifier trained on: the entries' own and the dev and train parts. */
function trainedWordings(): Set<string> {
  const dir = new URL('./chat/', import.meta.url);
  const labelled = readdirSync(dir)
    .filter((f) => /^(dev|train)/.test(f) && f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ChatItem[]).map((i) => i.text));
  const own = nationalKnowledge.flatMap((e) => [
    ...(typeof e.question === 'string' ? [e.question] : Object.values(e.question)),
    ...(e.alternatives ?? []),
  ]);
  return new Set([...labelled, ...own].map(wording));
}

function evalChat(part: string): void {
  const items = load<ChatItem>('chat', part);
  if (!items) return;
  const ids = new Set(nationalKnowledge.map((e) => e.id));
  const unknown = items.filter((i) => i.expect && !ids.has(i.expect));
  if (unknown.length)
    console.log(
      `(${unknown.length} questions expect an entry that does not exist: ${[...new Set(unknown.map((i) => i.expect))].join(', ')})`,
    );
  // a Dutch gemeente page: the parent may ask in Dutch or in English
  const retriever = createRetriever(nationalKnowledge, 'nl', {
    synonyms: nationalSynonyms,
    model: loadQuestionModel(nationalQuestionModel),
  });
  const misses: string[] = [];
  const times: number[] = [];
  const replies = items.map((item) => {
    const started = performance.now();
    const reply = retriever.ask(item.text);
    times.push(performance.now() - started);
    return { item, reply };
  });
  const describe = (reply: (typeof replies)[number]['reply']) =>
    `${reply.kind}${reply.kind === 'answer' ? ` ${reply.entry.id}` : reply.kind === 'suggest' ? ` ${reply.entries.map((e) => e.id).join(',')}` : ''}`;
  const figures = (list: typeof replies) => {
    let direct = 0;
    let reachable = 0;
    let wrong = 0;
    let honest = 0;
    let englishDirect = 0;
    for (const { item, reply } of list) {
      const hit = reply.kind === 'answer' && reply.entry.id === item.expect;
      if (item.expect) {
        if (hit) direct++;
        if (hit && item.lang === 'en') englishDirect++;
        if (hit || (reply.kind === 'suggest' && reply.entries.some((e) => e.id === item.expect))) reachable++;
      } else if (reply.kind === 'none') honest++;
      if (reply.kind === 'answer' && !hit) wrong++;
    }
    const covered = list.filter((r) => r.item.expect);
    const english = covered.filter((r) => r.item.lang === 'en').length;
    return { direct, reachable, wrong, honest, englishDirect, english, covered: covered.length, all: list.length };
  };
  const show = (f: ReturnType<typeof figures>) => {
    console.log(`answered directly and correctly   ${pct(f.direct, f.covered)}  (English questions: ${pct(f.englishDirect, f.english)})`);
    console.log(`reachable (direct or suggested)   ${pct(f.reachable, f.covered)}`);
    console.log(`answered wrongly with confidence  ${pct(f.wrong, f.all)}  (${f.wrong} of all ${f.all})`);
    console.log(`honest "don't know" on uncovered  ${pct(f.honest, f.all - f.covered)}`);
  };
  const all = figures(replies);
  console.log(
    `\nChat (${nationalKnowledge.length} entries), ${part} part: ${all.covered} covered questions, ${all.all - all.covered} on topics the content does not cover`,
  );
  show(all);
  times.sort((a, b) => a - b);
  console.log(
    `answer time median ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`,
  );
  if (part !== 'dev') {
    // writers of short queries meet on the same words: a question the classifier trained on word for word says less
    const trained = trainedWordings();
    const unseen = replies.filter((r) => !trained.has(wording(r.item.text)));
    console.log(`\nthe same, without the ${replies.length - unseen.length} questions whose exact wording the classifier trained on:`);
    show(figures(unseen));
  }
  for (const { item, reply } of replies) {
    const hit = reply.kind === 'answer' && reply.entry.id === item.expect;
    if (item.expect && !hit && !(reply.kind === 'suggest' && reply.entries.some((e) => e.id === item.expect)))
      misses.push(`  MISS  [${item.expect}] ${describe(reply)}: ${item.text}`);
    if (!item.expect && reply.kind !== 'none') misses.push(`  UNCOVERED got ${describe(reply)}: ${item.text}`);
  }
  if (showMisses) misses.forEach((m) => console.log(m));
}

// ---------------------------------------------------------------- search
interface SearchItem {
  query: string;
  expect: string[];
  lang: 'nl' | 'en';
}

function evalSearch(part: string): void {
  const items = load<SearchItem>('search', part);
  if (!items) return;
  const demo: unknown = JSON.parse(readFileSync(new URL('../../demo/digiplein.json', import.meta.url), 'utf8'));
  const { config } = validateConfig(demo, nationalIds);
  if (!config) throw new Error('the demo config does not validate');
  const resolved = resolveConfig(config, nationalPack);
  // what a parent sees: on a strong danger signal the hulpzoeker puts the safety help first
  // (ranking.ts `safetyFirst`), whatever the index found, where a pattern backs the signal
  const detector = createSafetyDetector(nationalSafetySignals, safetyScorer(nationalSafetyModel));
  const count = { top1: 0, top3: 0, nothing: 0, shownTop1: 0, shownTop3: 0 };
  const misses: string[] = [];
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    const hits = searchOffers(resolved, 'nl', item.query, { limit: 10 });
    times.push(performance.now() - started);
    const ids = hits.map((h) => h.id);
    const safety = detector.assess(item.query);
    const shown = shownOffers(
      hits.map((h) => h.doc),
      resolved.offers,
      safety,
    ).map((o) => o.id);
    if (!ids.length) count.nothing++;
    if (item.expect.includes(ids[0]!)) count.top1++;
    if (ids.slice(0, 3).some((id) => item.expect.includes(id))) count.top3++;
    if (item.expect.includes(shown[0]!)) count.shownTop1++;
    if (shown.slice(0, 3).some((id) => item.expect.includes(id))) {
      count.shownTop3++;
      if (!item.expect.includes(shown[0]!))
        misses.push(`  LOW   [${item.expect.join(',')}] got ${shown.slice(0, 3).join(',')}: ${item.query}`);
    } else misses.push(`  MISS  [${item.expect.join(',')}] got ${shown.slice(0, 3).join(',') || 'nothing'}: ${item.query}`);
  }
  times.sort((a, b) => a - b);
  const n = items.length;
  console.log(`\nHulpzoeker search (${resolved.offers.length} offers: national + demo gemeente), ${part} part: ${n} queries`);
  console.log(`the index alone:        top-1 ${pct(count.top1, n)}   top-3 ${pct(count.top3, n)}   nothing found ${pct(count.nothing, n)}`);
  console.log(
    `as the hulpzoeker shows: top-1 ${pct(count.shownTop1, n)}   top-3 ${pct(count.shownTop3, n)}   (safety help first on a strong danger signal a pattern backs)`,
  );
  console.log(
    `query time median ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`,
  );
  if (showMisses) misses.forEach((m) => console.log(m));
}

// the knowledge base is registered by the chat panel in the browser; here, by hand
registerNationalContent({ knowledgeBase: nationalKnowledge });
const evaluations: Record<string, (part: string) => void> = { safety: evalSafety, chat: evalChat, search: evalSearch };
for (const name of which.length ? which : Object.keys(evaluations)) {
  const run = evaluations[name];
  if (!run) throw new Error(`unknown evaluation "${name}": one of ${Object.keys(evaluations).join(', ')}`);
  if (!existsSync(new URL(`./${name}/`, import.meta.url))) {
    console.log(`\n${name}: no labelled set yet in bench/eval/${name}/ (see bench/eval/README.md)`);
    continue;
  }
  for (const part of parts) run(part);
}
