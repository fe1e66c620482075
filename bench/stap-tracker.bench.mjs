// Stap-tracker benchmark: in headless Chromium, a route of 30, 300 and 3,000 steps in 6 phases
// (config steps, national ones hidden), kept on the device with 150 earlier changes. Prints
//  - first render: from putting the element on the page until the whole route is in its shadow DOM
//    (config check and merge, reading the device's copy, folding the changes, rendering),
//  - a status change: from the change (as the select's handler makes it) until the update is
//    rendered (fold, progress, storage write, live region, re-render).
// Prints figures; asserts nothing (aim from issues 7 and 17, at 300 steps: under 50 ms and under 16 ms).
//
//   node bench/stap-tracker.bench.mjs        (or `npm run bench`)
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../web-test-runner.config.mjs';

// Each size in turn, ×10 apart: the cost should follow the work (the steps on screen, the one
// step that changed), not the size of the route. Fewer runs at 3,000 steps, where a run is slow.
const SIZES = [
  { steps: 30, renderRuns: 15, changes: 60 },
  { steps: 300, renderRuns: 15, changes: 60 },
  { steps: 3000, renderRuns: 5, changes: 20 },
];
const SAVED_CHANGES = 150;

// The widget as a page gets it: bundled, minified, Lit's production build.
const bundle = await build({
  entryPoints: ['src/widgets/stap-tracker/define.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  write: false,
});
const script = bundle.outputFiles[0].text;
// The national steps' ids, to hide them: the route is exactly the config steps.
const content = await build({ entryPoints: ['src/content/route.ts'], bundle: true, format: 'esm', write: false });
const { nationalSteps } = await import(`data:text/javascript,${encodeURIComponent(content.outputFiles[0].text)}`);

const phases = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'].map((id, i) => ({
  id: `fase-${id}`,
  title: { nl: `Fase ${i + 1}`, en: `Phase ${i + 1}` },
}));
const family = { relation: 'getrouwd', minorChildren: true, hasHelp: true };
const statuses = ['busy', 'done', 'waiting', 'not-applicable'];

/** A config with `count` steps in 6 phases, and a device copy with 150 earlier changes. */
function fixture(count) {
  const steps = Array.from({ length: count }, (_, i) => ({
    id: `stap-${i}`,
    phase: phases[i % phases.length].id,
    title: { nl: `Stap nummer ${i} regelen`, en: `Arrange step number ${i}` },
    why: { nl: 'Omdat dit belangrijk is voor de kinderen en voor u.', en: 'Because this matters for the children and for you.' },
    todo: { nl: 'Bespreek dit samen en schrijf de afspraak op.', en: 'Discuss this together and write down the agreement.' },
    ...(i % 7 === 0 ? { requiredFor: { minorChildren: true } } : {}),
  }));
  const config = {
    version: 1,
    organisation: { name: 'Benchmark (fictief)' },
    route: { phases, steps },
    hide: nationalSteps.map((s) => s.id),
  };
  const saved = {
    v: 1,
    family,
    pending: [],
    changes: Array.from({ length: SAVED_CHANGES }, (_, i) => ({
      id: `bench-change-${String(i).padStart(4, '0')}`,
      step: `stap-${(i * 7) % count}`,
      field: 'status',
      value: statuses[i % 4],
      at: 1_700_000_000_000 + i,
      by: 'self',
    })),
  };
  return { config, saved };
}

// A loopback page (the widget keeps its route in localStorage, which about:blank lacks).
const server = createServer((req, res) => {
  const js = req.url === '/stap-tracker.js';
  res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  res.end(
    js
      ? script
      : '<!doctype html><html lang="nl"><title>stap-tracker bench</title><script src="/stap-tracker.js"></script><body></body></html>',
  );
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
const sorted = (a) => [...a].sort((x, y) => x - y);
const median = (a) => sorted(a)[Math.floor(a.length / 2)];
const p95 = (a) => sorted(a)[Math.min(a.length - 1, Math.ceil(a.length * 0.95) - 1)];
const ms = (n) => n.toFixed(1).padStart(8);
try {
  const rows = [];
  for (const { steps: STEPS, renderRuns: RENDER_RUNS, changes: CHANGES } of SIZES) {
    const { config, saved } = fixture(STEPS);
    // a fresh page per size: nothing of the previous size is kept in memory or in the caches
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate(
      async ({ config, saved, RENDER_RUNS, CHANGES, STEPS }) => {
        const frame = () => new Promise((r) => setTimeout(r, 0));
        const renders = [];
        let el;
        for (let run = 0; run < RENDER_RUNS; run++) {
          el?.remove();
          localStorage.setItem('digiplein:stap-tracker:route', JSON.stringify(saved));
          await frame();
          const t0 = performance.now();
          el = document.createElement('digiplein-stap-tracker');
          el.config = config;
          document.body.append(el);
          while (el.shadowRoot?.querySelectorAll('details').length !== STEPS) await el.updateComplete;
          renders.push(performance.now() - t0);
        }
        const route = el.routeSession;
        const changes = [];
        for (let i = 0; i < CHANGES; i++) {
          const id = `stap-${(i * 13 + 1) % STEPS}`;
          await frame();
          const t0 = performance.now();
          el.setStatus({ id, title: id }, i % 2 ? 'done' : 'busy');
          await el.updateComplete;
          changes.push(performance.now() - t0);
          if (route.state.steps.get(id)?.status?.value !== (i % 2 ? 'done' : 'busy')) throw new Error('status not applied');
        }
        return { renders, changes, domNodes: el.shadowRoot.querySelectorAll('*').length };
      },
      { config, saved, RENDER_RUNS, CHANGES, STEPS },
    );
    await page.close();
    const warm = result.renders.slice(1); // the first run also compiles the code
    rows.push([
      String(STEPS).padStart(6),
      String(result.domNodes).padStart(7),
      ms(result.renders[0]),
      ms(median(warm)),
      ms(p95(warm)),
      ms(median(result.changes)),
      ms(p95(result.changes)),
      ms(Math.max(...result.changes)),
      `${RENDER_RUNS}/${CHANGES}`.padStart(6),
    ]);
  }
  console.log(`stap-tracker, steps in 6 phases, ${SAVED_CHANGES} saved changes, Chromium ${await browser.version()}, times in ms`);
  console.log('                   first render (ms)            status change (ms)');
  console.log(' steps   nodes     cold  warm med  warm p95    median       p95       max  runs');
  for (const row of rows) console.log(row.join(' ').replace(/^ /, ''));
  console.log('aim at 300 steps: first render < 50 ms, status change p95 < 16 ms');
  console.log(
    `load average: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (figures vary with other work on the machine)`,
  );
} finally {
  await browser.close();
  server.close();
}
