// The story test: loads every story of the static Storybook build (storybook-static/, made by
// `npm run build-storybook`) once in Chromium and fails on a console error, an uncaught
// exception, a story that does not render, or an axe violation (WCAG 2.2 A and AA). The first
// story of each component runs again in the toolbar's two gemeente themes (one right to left).
// Run: node --import tsx --test test/stories/stories.ts   (scripts/test.mjs does, after the build)
//
// Stories tagged `expected-config-errors` show a bad config on purpose; there, console errors
// that start with "DigiPlein:" (the webmaster's config report) are expected and allowed.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { serveStatic } from '../helpers/static-server.js';
import type { StaticServer } from '../helpers/static-server.js';
import { launchBrowser } from '../helpers/browser.js';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

const indexFile = 'storybook-static/index.json';
if (!existsSync(indexFile)) {
  throw new Error(`${indexFile} is missing: run \`npm run build-storybook\` first.`);
}
const entries = Object.values((JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries);
// STORIES=<part of an id> runs only the matching stories (while working on them); npm test runs all.
const stories = entries.filter((e) => e.type === 'story' && e.id.includes(process.env.STORIES ?? ''));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: StaticServer;
let browser: Browser;
let page: Page;
let messages: string[] = [];

before(async () => {
  server = await serveStatic({ mounts: { '/': 'storybook-static' } });
  browser = await launchBrowser();
});

/**
 * Each story gets a fresh browser context: no storage left by the story before (the widgets
 * keep answers in session and local storage).
 */
async function freshPage(): Promise<Page> {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  p.on('console', (m) => {
    if (m.type() === 'error') messages.push(m.text());
  });
  p.on('response', (r) => {
    if (r.status() >= 400) messages.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  p.on('pageerror', (e) => messages.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  return p;
}

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Waits until the story's DOM (shadow roots included) stops changing and every Lit update is
 * done. Plain JavaScript text: tsx would add helpers to a compiled function that the page lacks.
 */
const settleScript = `(async () => {
  const root = document.querySelector('#storybook-root') ?? document.body;
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const snapshot = () => root.innerHTML + all(root).map((el) => (el.shadowRoot ? el.shadowRoot.innerHTML : '')).join('');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  let last = '';
  let stable = 0;
  for (let i = 0; i < 100 && stable < 3; i++) {
    await Promise.all(all(root).map((el) => el.updateComplete));
    await frame();
    const now = snapshot();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
})()`;

afterEach(async () => {
  await page?.browserContext().close();
});

/**
 * Every story once with the defaults; the first story of each component also with the two
 * NL Design System themes of the toolbar, one of them right to left (`lang=ar`).
 */
const firstOfEach = new Set([...new Map(stories.map((s) => [s.title, s.id])).values()]);
const runs = stories.flatMap((story) => [
  { story, globals: '' },
  ...(firstOfEach.has(story.id)
    ? [
        { story, globals: 'theme:voorbeeld' },
        { story, globals: 'theme:proefdorp;lang:ar' },
      ]
    : []),
]);

for (const { story, globals } of runs) {
  test(`${story.title} › ${story.name}${globals ? ` (${globals})` : ''}`, async () => {
    messages = [];
    page = await freshPage();
    const query = `id=${encodeURIComponent(story.id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    await page.goto(`${server.url}/iframe.html?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') || (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0,
      { timeout: 60000 }, // a busy machine
    );
    const storyError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'error') : '',
    );
    assert.equal(storyError, '', `the story did not render: ${storyError}`);
    await page.evaluate(settleScript);

    const allowed = story.tags?.includes('expected-config-errors') ? (m: string) => m.startsWith('DigiPlein:') : () => false;
    const unexpected = messages.filter((m) => !allowed(m));
    assert.deepEqual(unexpected, [], `console errors in ${story.id}`);

    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (ctx: string, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe;
      // Storybook's accessibility panel runs its own axe in the page after a story renders; a
      // second run at the same time throws "Axe is already running": wait for it and try again
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
        } catch (error) {
          if (attempt >= 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    });
    assert.deepEqual(violations, [], `axe violations in ${story.id}`);
  });
}
