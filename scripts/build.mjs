// `npm run build`: bundles (rollup), type declarations (tsc), the config's JSON Schema
// (generated from the zod schema), custom-elements.json (from the elements' JSDoc) and the
// server's production install (build/server/).
//
// `node scripts/build.mjs --if-stale` (what `npm start` runs) skips the build when no input
// changed since the last one: it keeps a hash of every input file in node_modules/.cache/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const steps = [
  ['bundles (rollup)', 'npx', 'rollup', '-c', '--silent'],
  ['type declarations (tsc)', 'npx', 'tsc', '-p', 'tsconfig.build.json'],
  ['the config JSON Schema', 'node', '--import', 'tsx', 'scripts/json-schema.ts'],
  ['docs/config-reference.md', 'node', '--import', 'tsx', 'scripts/config-reference.ts'], // from that schema
  ['custom-elements.json', 'npx', 'cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet'],
  ['the server as a production install (build/server/)', 'node', 'scripts/build-server.mjs'],
];

/** Everything the build reads: the sources, the build's own config and the installed versions. */
const inputs = [
  'src',
  'server',
  'demo',
  'scripts',
  'rollup.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'tsconfig.server.json',
  'package.json',
  'package-lock.json',
];
// outside dist/, so the stamp never ships in the package
const stampFile = join('node_modules', '.cache', 'digiplein-build-inputs');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map((f) => join(path, String(f)))
    .filter((f) => statSync(f).isFile())
    .sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const started = Date.now();
const hash = inputsHash();
if (
  process.argv.includes('--if-stale') &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === hash &&
  existsSync('custom-elements.json')
) {
  console.log('build: dist/ is up to date (no source changed since the last build)');
  process.exit(0);
}

rmSync('dist', { recursive: true, force: true });
for (const [index, [what, cmd, ...args]] of steps.entries()) {
  const stepStart = Date.now();
  console.log(`build ${index + 1}/${steps.length}: ${what}…`);
  const result = spawnSync(cmd, args, { stdio: ['inherit', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`\nbuild step failed: ${[cmd, ...args].join(' ')}`);
    process.exit(result.status ?? 1);
  }
  console.log(`  done in ${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
}
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, hash);
console.log(`built dist/ and custom-elements.json in ${((Date.now() - started) / 1000).toFixed(1)} s`);
