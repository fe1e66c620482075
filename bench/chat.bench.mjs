// Chat answer benchmark: the DigiBegeleider's answer path (safety check, "wants a person",
// retrieval over the shared search module and the question classifier with the
// confident/weak/none decision) over a
// generated knowledge base of 2,000 entries plus the national pack, in node. Prints the index
// build time and the median and p95 time per answer. Asserts nothing (aim from issue 6: p95
// under 10 ms).
//
//   node bench/chat.bench.mjs        (or `npm run bench`, which runs every bench file)
import { build } from 'esbuild';

const ENTRIES = 2000;
const ROUNDS = 10;

const bundle = await build({
  stdin: {
    contents: `
      export { createRetriever } from './src/widgets/chat/retrieve.ts';
      export { botReply } from './src/widgets/chat/bot.ts';
      export { createSafetyDetector } from './src/core/safety/detect.ts';
      export { nationalKnowledge } from './src/content/knowledge/index.ts';
      export { nationalQuestionModel } from './src/content/knowledge/model.ts';
      export { loadQuestionModel } from './src/core/search/classifier.ts';
      export { nationalSafetySignals } from './src/content/safety-lexicon.ts';`,
    resolveDir: process.cwd(),
    sourcefile: 'chat-bench-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

// A generated knowledge base: topics × aspects × places, each entry a question, an answer, keywords.
const topics = [
  'ouderschapsplan',
  'kinderalimentatie',
  'partneralimentatie',
  'omgangsregeling',
  'huurwoning',
  'koopwoning',
  'toeslagen',
  'mediation',
  'schulden',
  'school van de kinderen',
  'zorgverzekering',
  'pensioen',
  'hypotheek',
  'kinderopvang',
  'verhuizen',
  'gezag',
  'naamswijziging',
  'erfenis',
  'huisdieren',
  'vakanties',
];
const aspects = [
  'aanvragen',
  'wijzigen',
  'kosten',
  'wie betaalt',
  'hoe lang duurt',
  'voorwaarden',
  'formulier',
  'termijn',
  'bezwaar maken',
  'hulp bij',
];
const places = [
  'Voorbeeld',
  'Proefdorp',
  'Teststad',
  'Ergenshoven',
  'Nergensveen',
  'Bijdorp',
  'Overkant',
  'Dijkzicht',
  'Molenwijk',
  'Havenstad',
];
const kb = [];
for (const t of topics)
  for (const a of aspects)
    for (const p of places) {
      if (kb.length >= ENTRIES) break;
      kb.push({
        id: `gen-${kb.length}`,
        question: { nl: `${a[0].toUpperCase()}${a.slice(1)}: ${t} in ${p}?`, en: `${a} ${t} in ${p}?` },
        answer: {
          nl: `Over ${t} (${a}) in ${p}: neem contact op met het loket van ${p}.\n\n- lees de informatie\n- [website](https://www.${p.toLowerCase()}.example/${kb.length})`,
          en: `About ${t} in ${p}.`,
        },
        keywords: [t, a, p.toLowerCase()],
        source: `https://www.${p.toLowerCase()}.example/${kb.length}`,
      });
    }
const entries = [...mod.nationalKnowledge, ...kb];

const questions = [
  'Hoe lang duurt partneralimentatie in Proefdorp?',
  'kinderalimentatie wijzigen Teststad',
  'ouderschapsplan',
  'moeten we een ouderschapsplan maken',
  'Wie betaalt de kinderopvang na de scheiding?',
  'toeslagen aanvragen in Voorbeeld',
  'hypotheek oversluiten',
  'omgangsregelng termijn Havenstad',
  'waar vind ik een mediator',
  'parkeervergunning',
  'Ik wil iemand spreken',
  'mijn ex bedreigt me',
  'hoe vertel ik het de kinderen',
  'schulden hulp bij Molenwijk',
  'vakanties met de kinderen regelen Dijkzicht',
  'gezag',
  'naamswijziging kind',
  'hallo',
];

const t0 = performance.now();
const retriever = mod.createRetriever(entries, 'nl', {
  model: mod.loadQuestionModel(mod.nationalQuestionModel), // as the panel runs it
  synonyms: [
    ['omgangsregeling', 'zorgregeling'],
    ['alimentatie', 'kinderalimentatie', 'partneralimentatie'],
  ],
});
const detector = mod.createSafetyDetector(mod.nationalSafetySignals);
const assess = (text) => detector.assess(text);
const buildMs = performance.now() - t0;

// warm up, then measure
for (const q of questions) mod.botReply(q, assess, retriever);
// Wall-clock time per answer, and the CPU time this process spent on it: on a shared machine
// the wall clock also counts waiting for a core, the CPU time does not.
const times = [];
const cpu = [];
const kinds = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const q of questions) {
    const c = process.cpuUsage();
    const s = performance.now();
    const reply = mod.botReply(q, assess, retriever);
    times.push(performance.now() - s);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (r === 0) {
      const kind = reply.safety ? `safety-${reply.safety.strength}` : reply.reply.kind;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
  }
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const pick = (p, list = times) => list[Math.min(list.length - 1, Math.floor(p * list.length))];
console.log(
  `chat answers over ${entries.length} knowledge-base entries (${kb.length} generated + ${mod.nationalKnowledge.length} national), node ${process.version}`,
);
console.log(`  index build: ${buildMs.toFixed(1)} ms`);
console.log(
  `  ${times.length} answers: median ${pick(0.5).toFixed(2)} ms, p95 ${pick(0.95).toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms (aim: p95 under 10 ms)`,
);
console.log(
  `  CPU time per answer: median ${pick(0.5, cpu).toFixed(2)} ms, p95 ${pick(0.95, cpu).toFixed(2)} ms (load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`,
);
console.log(
  `  outcomes of the ${questions.length} questions: ${Object.entries(kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
