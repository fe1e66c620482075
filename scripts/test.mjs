// `npm test`: the type check, the lint gate, the build and its size budgets, the browser tests in Chromium, the server tests (on SQLite and
// on PostgreSQL) and the end-to-end journeys, in that order. Stops at the first stage that fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

process.env.CHROME_PATH = ensureChromium();

const hasTests = (dir) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));

/** @type {[string, string[], boolean][]} */
const stages = [
  ['type check', ['npx', 'tsc', '--noEmit'], true],
  ['lint (ESLint, lit-analyzer, Prettier)', ['npm', 'run', '--silent', 'lint'], true],
  ['build', ['node', 'scripts/build.mjs'], true],
  // sizes are deterministic: a broken size budget fails the run like a failing test
  ['size budgets', ['npm', 'run', '--silent', 'size', '--', '--quiet'], true],
  ['node unit tests', ['npm', 'run', '--silent', 'test:node'], hasTests('test/node')],
  ['browser tests', ['npx', 'wtr'], true],
  ['storybook build', ['npm', 'run', '--silent', 'build-storybook'], true],
  ['story test (every story in Chromium, console and axe)', ['node', '--import', 'tsx', '--test', 'test/stories/stories.ts'], true],
  ['server tests (SQLite)', ['npm', 'run', '--silent', 'test:server'], hasTests('test/server')],
  // the same tests on a throwaway PostgreSQL server of the machine's own (installed if missing)
  ['server tests (PostgreSQL)', ['npm', 'run', '--silent', 'test:server:postgres'], hasTests('test/server')],
  ['end-to-end tests', ['npm', 'run', '--silent', 'test:e2e'], hasTests('test/e2e')],
];

for (const [name, [cmd, ...args], enabled] of stages) {
  if (!enabled) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(`◀ ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
