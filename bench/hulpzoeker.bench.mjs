// Hulpzoeker search benchmark: builds the shared search index (src/core/search) over generated
// catalogues of 500, 5,000 and 50,000 offers in headless Chromium and prints the index build time
// and the median and p95 time per query, per size. Prints figures; asserts nothing (aims from
// issue 4 at 5,000 offers: build under 150 ms, p95 under 10 ms; from issue 17 at 50,000 offers:
// p95 under 20 ms).
//
//   node bench/hulpzoeker.bench.mjs        (or `npm run bench`, which runs every bench/*.bench.mjs)
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../web-test-runner.config.mjs';

// ×10 apart: a query should cost about the same whatever the catalogue's size (the cost of the
// results kept, not of every match). Fewer rounds at 50,000, where a build takes a while.
const SIZES = [
  { offers: 500, buildRuns: 7, queryRounds: 20 },
  { offers: 5000, buildRuns: 7, queryRounds: 20 },
  { offers: 50000, buildRuns: 3, queryRounds: 5 },
];

// The search module as the page gets it: bundled and minified.
const bundle = await build({
  stdin: {
    contents:
      "export { createSearchIndex } from './src/core/search/index.ts';\n" +
      "export { rankWithAssociations } from './src/widgets/hulpzoeker/catalogue.ts';\n" +
      "export { nationalSearchAssociations, associationWeight } from './src/content/search-associations.ts';",
    resolveDir: process.cwd(),
    sourcefile: 'bench-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'DigipleinSearch',
  target: 'es2022',
  write: false,
});
const script = bundle.outputFiles[0].text;
// the size line is for the search module alone (the page above also carries the hulpzoeker's
// re-ranking and the learned table, which load with search mode)
const searchOnly = await build({
  stdin: {
    contents: "export { createSearchIndex } from './src/core/search/index.ts';",
    resolveDir: process.cwd(),
    sourcefile: 'bench-search.ts',
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'DigipleinSearchOnly',
  target: 'es2022',
  write: false,
});
const searchScript = searchOnly.outputFiles[0].text;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
const ms = (n) => n.toFixed(1).padStart(7);
try {
  const rows = [];
  for (const { offers: OFFERS, buildRuns: BUILD_RUNS, queryRounds: QUERY_ROUNDS } of SIZES) {
    // a fresh page per size: the previous catalogue's index is not in memory
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>hulpzoeker bench</title>');
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(
      ({ OFFERS, BUILD_RUNS, QUERY_ROUNDS }) => {
        /* global DigipleinSearch -- the page's global, from the script tag added above */
        // A deterministic catalogue in the shape of config offers, with Dutch words of the domain.
        let seed = 42;
        const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const pick = (list) => list[Math.floor(rand() * list.length)];
        const words = (
          'scheiding scheiden kinderen kind ouder ouders ouderschapsplan omgangsregeling zorgregeling alimentatie ' +
          'kinderalimentatie partneralimentatie woning wonen huis huur hypotheek schulden geld toeslagen budget mediation mediator ' +
          'bemiddeling advocaat rechter procedure echtscheiding geregistreerd partnerschap samenwonen ruzie conflict emoties verdriet ' +
          'rouw praatgroep cursus training gesprek spreekuur wijkteam buurtteam jeugdhulp opvoeding school jongeren pubers veiligheid ' +
          'huiselijk geweld begeleiding omgang contact afspraken communicatie coach therapie groep online chat telefoon advies hulp ' +
          'informatie uitleg loket gemeente regio'
        ).split(' ');
        const names = [
          'Wijkteam',
          'Praatgroep',
          'Cursus',
          'Spreekuur',
          'Loket',
          'Coaching',
          'Training',
          'Steunpunt',
          'Centrum',
          'Begeleiding',
        ];
        const places = ['Voorbeeld', 'Proefdorp', 'Ergenshuizen', 'Nergensveld', 'Middenstad', 'Buitenwijk'];
        const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');
        const offers = Array.from({ length: OFFERS }, (_, i) => ({
          id: `offer-${i}`,
          name: `${pick(names)} ${pick(words)} ${pick(places)}`,
          organisation: `${pick(names)} ${pick(places)}`,
          description: { nl: `${sentence(14)}.`, en: `${sentence(6)}.` },
          themes: [pick(['kinderen', 'geld', 'wonen', 'juridisch', 'emoties', 'veiligheid'])],
        }));
        const synonyms = [
          ['omgangsregeling', 'zorgregeling'],
          ['mediation', 'bemiddeling'],
          ['wijkteam', 'buurtteam'],
        ];
        const text = (o, field) => (field === 'description' ? o.description.nl : field === 'themes' ? o.themes.join(' ') : o[field]);
        const options = { id: 'id', fields: { name: 4, organisation: 2, themes: 1.5, description: 1 }, text, synonyms };

        const builds = [];
        let index;
        for (let i = 0; i < BUILD_RUNS; i++) {
          const t0 = performance.now();
          index = DigipleinSearch.createSearchIndex(offers, options);
          builds.push(performance.now() - t0);
        }
        const queries = [
          'scheiden',
          'kinderen',
          'ouderschapsplan',
          'zorgregeling',
          'alimentatie',
          'alimentatei',
          'mediaton',
          'woning zoeken',
          'schulden na scheiding',
          'ruzie met ex',
          'kind',
          'ouders',
          'huiselijk geweld',
          'praatgroep voor jongeren',
          'advocat',
          'omgangsreg',
          'wijk',
          'sch',
          'hulp bij geld',
          'gescheiden ouders',
          'bemiddeling',
          'spreekuur ouderschapsplan',
          'veilighied',
          'cursus opvoeding',
          'toeslagen',
          'hypotheek huis',
          'rechter procedure',
          'verdriet kinderen',
          'school',
          'online chat',
        ];
        const times = [];
        const perQuery = new Map(queries.map((q) => [q, []]));
        let hits = 0;
        for (let r = 0; r < QUERY_ROUNDS; r++) {
          for (const q of queries) {
            const t0 = performance.now();
            hits += index.search(q, { limit: 50 }).length;
            const t = performance.now() - t0;
            times.push(t);
            perQuery.get(q).push(t);
          }
        }
        // as the hulpzoeker searches (catalogue.ts `searchOffers` with the widget's first page of
        // 20): the best 50 kept while scoring, the lifts learned from parents' queries over them
        const { rankWithAssociations, nationalSearchAssociations, associationWeight } = DigipleinSearch;
        const shown = [];
        for (let r = 0; r < QUERY_ROUNDS; r++) {
          for (const q of queries) {
            const t0 = performance.now();
            rankWithAssociations(index.search(q, { limit: 50 }), q, nationalSearchAssociations, associationWeight).slice(0, 20);
            shown.push(performance.now() - t0);
          }
        }
        const sorted = (list) => [...list].sort((a, b) => a - b);
        const quantile = (list, q) => sorted(list)[Math.min(list.length - 1, Math.floor(q * list.length))];
        return {
          buildMedian: quantile(builds, 0.5),
          buildFirst: builds[0],
          buildMin: Math.min(...builds),
          queryMedian: quantile(times, 0.5),
          queryP95: quantile(times, 0.95),
          queryMax: Math.max(...times),
          shownMedian: quantile(shown, 0.5),
          shownP95: quantile(shown, 0.95),
          queries: times.length,
          meanHits: hits / times.length,
          slowest: [...perQuery]
            .map(([q, list]) => [q, quantile(list, 0.5)])
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3),
        };
      },
      { OFFERS, BUILD_RUNS, QUERY_ROUNDS },
    );
    await page.close();
    rows.push([
      String(OFFERS).padStart(6),
      ms(result.buildMedian),
      ms(result.buildFirst),
      ms(result.queryMedian),
      ms(result.queryP95),
      ms(result.queryMax),
      result.meanHits.toFixed(1).padStart(6),
      String(result.queries).padStart(7),
      ms(result.shownMedian),
      ms(result.shownP95),
      ` ${result.slowest.map(([q, t]) => `"${q}" ${t.toFixed(1)}`).join(', ')}`,
    ]);
  }
  const gzip = (await import('node:zlib')).gzipSync(searchScript, { level: 9 }).length;
  console.log(
    `hulpzoeker search (src/core/search) in Chromium; 4 weighted fields, 3 synonym groups; module ${(searchScript.length / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`,
  );
  console.log(
    'as the hulpzoeker: the best 50 kept while scoring, the learned lifts over them, the first 20 shown (catalogue.ts `searchOffers`)',
  );
  console.log('          index build (ms)     query, limit 50 (ms)                   as the hulpzoeker (ms)');
  console.log('offers   median    cold   median     p95     max  hits  queries  median     p95  slowest query, limit 50 (median ms)');
  for (const row of rows) console.log(row.join(' '));
  console.log('aims: build < 150 ms and p95 < 10 ms at 5,000 offers; p95 < 20 ms at 50,000');
  console.log(
    `load average: ${(await import('node:os'))
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (figures vary with other work on the machine)`,
  );
} finally {
  await browser.close();
}
