// The start-up benchmark (issue 17): how soon a parent on a cheap phone and a slow connection
// sees a widget's content. Chromium with the CPU slowed 4× and the DevTools "Slow 4G" network
// (562.5 ms round trip, 1.44 Mbit/s down), no cache, each page loaded 5 times (median):
//
// - first widget content: when any DigiPlein element first shows more than its loading line
//   (on the home page that can be the chat launcher, which is small and comes first);
// - total blocking time: the sum of every long task's time over 50 ms until then;
// - longest task until then.
//
// Pages: the demo site's pages (the all-in-one file) and each widget alone from its own entry.
// Needs a build (`npm run build`). Prints a table; never fails on a slow figure.
//
//   npm run bench -- startup          STARTUP_RUNS=3 npm run bench -- startup
//   STARTUP_AGAINST=/tmp/old/dist npm run bench -- startup     (see STARTUP_AGAINST below)
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { launchBrowser } from '../test/helpers/browser.js';
import { startServer } from '../test/helpers/server.js';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const root = resolve(import.meta.dirname, '..');

// each widget alone, on a page like a webmaster's with only that widget's own script
const demoDir = mkdtempSync(join(tmpdir(), 'digiplein-startup-'));
cpSync(join(root, 'demo'), demoDir, { recursive: true });
const alone = {
  'hulpzoeker alone': ['digiplein-hulpzoeker', '<digiplein-hulpzoeker config="/digiplein.json"></digiplein-hulpzoeker>'],
  'sign-up alone': [
    'digiplein-spreekuur-aanmelding',
    '<digiplein-spreekuur-aanmelding config="/digiplein.json"></digiplein-spreekuur-aanmelding>',
  ],
  'stap-tracker alone': ['digiplein-stap-tracker', '<digiplein-stap-tracker config="/digiplein.json"></digiplein-stap-tracker>'],
  'chat inline alone': ['digiplein-chat', '<digiplein-chat mode="inline" config="/digiplein.json"></digiplein-chat>'],
} as const;
const pages: Record<string, string> = {
  'demo: home (hulpzoeker + chat launcher)': '/',
  'demo: aanmelden': '/aanmelden.html',
  'demo: stappen': '/stappen.html',
};
for (const [name, [tag, element]] of Object.entries(alone)) {
  const file = `bench-${tag}.html`;
  writeFileSync(
    join(demoDir, file),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>` +
      `<script type="module" src="/dist/${tag}.js"></script></head><body><main><h1>${name}</h1>${element}</main></body></html>`,
  );
  pages[name] = `/${file}`;
}

/**
 * Set before any script runs: records first widget content and long tasks. A string, not a
 * function: tsx would wrap a function with helpers that do not exist in the page.
 */
const probe = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const shows = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      if (!el.localName.startsWith('digiplein-') || !el.shadowRoot) continue;
      const root = el.shadowRoot.querySelector('.root, .launcher');
      if (root && !root.querySelector('.loading') && (root.textContent || '').trim()) return true;
      if (shows(el.shadowRoot)) return true; // the chat's panel sits inside the chat
    }
    return false;
  };
  const check = () => {
    if (window.__firstContent !== undefined) return;
    if (shows(document)) window.__firstContent = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function slowDown(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.44 * 1024 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

// STARTUP_AGAINST=<folder>: another build's dist/ (of an older commit, say), loaded in turn with
// this one, page by page, so that a busy machine slows both alike; the table then gives the
// median of the paired differences and how often this build was sooner
const against = process.env.STARTUP_AGAINST ? resolve(process.env.STARTUP_AGAINST) : undefined;
const siteConfigFile = join(root, 'demo', 'digiplein.json');
const server = await startServer({ demo: true, demoDir, siteConfigFile });
const other = against ? await startServer({ demo: true, demoDir, siteConfigFile, distDir: against }) : undefined;
const browser = await launchBrowser();
const rows: string[][] = [];

interface Load {
  at: number;
  blocking: number;
  longest: number;
}

async function load(base: string, name: string, path: string, waterfall: boolean): Promise<Load> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 740 });
    const cdp = await page.createCDPSession();
    await slowDown(cdp);
    await page.evaluateOnNewDocument(probe);
    const t0 = Date.now();
    // STARTUP_WATERFALL=1: when each request started and ended (ms after navigation), to find round trips
    const requests: string[] = [];
    if (waterfall) {
      const started = new Map<string, [number, string]>();
      cdp.on('Network.requestWillBeSent', (e) => started.set(e.requestId, [Date.now() - t0, e.request.url]));
      cdp.on('Network.loadingFinished', (e) => {
        const [start, url] = started.get(e.requestId) ?? [NaN, '?'];
        requests.push(`${String(start).padStart(6)} → ${String(Date.now() - t0).padStart(6)} ms  ${url.replace(base, '')}`);
      });
    }
    await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 120_000 });
    if (process.env.STARTUP_DEBUG) console.error(name, 'loaded after', Date.now() - t0, 'ms');
    await page.waitForFunction('window.__firstContent !== undefined', { timeout: 120_000, polling: 100 });
    const { at, tasks } = (await page.evaluate('({ at: window.__firstContent, tasks: window.__longTasks })')) as {
      at: number;
      tasks: { start: number; duration: number }[];
    };
    if (requests.length) console.error(`${name}: first content at ${Math.round(at)} ms\n  ${requests.join('\n  ')}`);
    const before = tasks.filter((t) => t.start < at);
    return {
      at,
      blocking: before.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longest: Math.max(0, ...before.map((t) => t.duration)),
    };
  } finally {
    await context.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  // STARTUP_PAGES=alone: only the pages whose name contains that text
  const only = process.env.STARTUP_PAGES;
  for (const [name, path] of Object.entries(pages).filter(([n]) => !only || n.includes(only))) {
    const mine: Load[] = [];
    const theirs: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      const waterfall = Boolean(process.env.STARTUP_WATERFALL) && run === 0;
      // in turn, and each first every other time
      if (other && run % 2) theirs.push(await load(other.url, name, path, false));
      mine.push(await load(server.url, name, path, waterfall));
      if (other && !(run % 2)) theirs.push(await load(other.url, name, path, false));
    }
    const row = [
      name,
      seconds(median(mine.map((l) => l.at))),
      `${Math.round(median(mine.map((l) => l.blocking)))} ms`,
      `${Math.round(median(mine.map((l) => l.longest)))} ms`,
    ];
    if (other) {
      const differences = mine.map((l, i) => l.at - theirs[i]!.at);
      const difference = Math.round(median(differences));
      row.push(
        `${seconds(median(theirs.map((l) => l.at)))}, ${Math.round(median(theirs.map((l) => l.blocking)))} ms`,
        `${difference > 0 ? '+' : ''}${difference} ms`,
        `${differences.filter((d) => d < 0).length} of ${RUNS}`,
      );
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  await server.stop();
  await other?.stop();
}

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
console.log(`Start-up on a slow phone (CPU 4×, Slow 4G, no cache, 360×740), median of ${RUNS} loads, @digiplein/widgets ${version}`);
console.log('aim: first widget content ≤ 2.5 s, total blocking time ≤ 300 ms\n');
if (against)
  console.log(
    `against the build in ${against}: its first content and total blocking time, and this build's first content minus its, paired load by load\n`,
  );
const header = ['page', 'first widget content', 'total blocking time', 'longest task'];
if (against) header.push('other build (content, blocking)', 'difference (median)', 'this one sooner');
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
