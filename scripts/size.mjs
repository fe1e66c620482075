// `npm run size`: the gzip size of every file in dist/ and of what one page loads per widget
// (its entry plus every chunk it imports statically). Budgets are reported, not enforced.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, normalize } from 'node:path';

if (!existsSync('dist/digiplein.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log('file'.padEnd(52), 'raw'.padStart(10), 'gzip -9'.padStart(10));
// the script-tag builds a visitor's browser loads; dist/npm/ is the npm build, which the site's
// own bundler takes apart (its size is the site's to measure)
const files = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((f) => (f.endsWith('.js') || f.endsWith('.json')) && !/^(npm|types)\//.test(f))
  .sort();
for (const f of files) {
  const p = join('dist', f);
  console.log(p.padEnd(52), String(readFileSync(p).length).padStart(10), String(gz(p)).padStart(10));
}

/** Static import closure of one entry: what the browser fetches before the element works. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  // static `import … from`, bare `import "…"` and re-exports `export … from` (not dynamic `import()`)
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g)) {
    closure(normalize(join(dirname(entry), m[1])), seen);
  }
  return seen;
}

const BUDGET_ALL = 60 * 1024;
const BUDGET_WIDGET = 40 * 1024;
console.log('\nWhat a page loads (entry + static chunks), gzip -9 per file, summed:');
const all = gz('dist/digiplein.js');
console.log(
  `  dist/digiplein.js (all elements)`.padEnd(54),
  kb(all).padStart(9),
  all <= BUDGET_ALL ? 'within 60 KB budget' : 'OVER 60 KB budget',
);
for (const entry of readdirSync('dist')
  .filter((f) => /^digiplein-.+\.js$/.test(f))
  .sort()) {
  const total = [...closure(join('dist', entry))].reduce((sum, f) => sum + gz(f), 0);
  console.log(
    `  ${entry} + shared core`.padEnd(54),
    kb(total).padStart(9),
    total <= BUDGET_WIDGET ? 'within 40 KB budget' : 'OVER 40 KB budget',
  );
}

// The training's own bytes: what its entry loads that no other widget's entry loads.
if (existsSync('dist/digiplein-training.js')) {
  const others = new Set(
    readdirSync('dist')
      .filter((f) => /^digiplein-.+\.js$/.test(f) && f !== 'digiplein-training.js')
      .flatMap((f) => [...closure(join('dist', f))]),
  );
  const own = [...closure('dist/digiplein-training.js')].filter((f) => !others.has(f)).reduce((sum, f) => sum + gz(f), 0);
  console.log(
    `  digiplein-training.js beyond the shared core`.padEnd(54),
    kb(own).padStart(9),
    own <= 12 * 1024 ? 'within 12 KB budget' : 'OVER 12 KB budget',
  );
}

// The chat's launcher loads with the page; its panel (a dynamic import) only on first open.
if (existsSync('dist/digiplein-chat.js')) {
  const launcher = closure('dist/digiplein-chat.js');
  const lazy = new Set();
  for (const f of launcher) {
    for (const m of readFileSync(f, 'utf8').matchAll(/import\(["'](\.[^"']+)["']\)/g)) closure(normalize(join(dirname(f), m[1])), lazy);
  }
  const size = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
  const full = size(new Set([...launcher, ...lazy]));
  console.log(
    `  chat launcher (with the page)`.padEnd(54),
    kb(size(launcher)).padStart(9),
    size(launcher) <= 12 * 1024 ? 'within 12 KB aim' : 'OVER 12 KB aim',
  );
  console.log(
    `  chat launcher + panel (after first open)`.padEnd(54),
    kb(full).padStart(9),
    full <= BUDGET_WIDGET ? 'within 40 KB budget' : 'OVER 40 KB budget',
  );
}
