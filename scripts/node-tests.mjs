// Runs node's test runner (with tsx for TypeScript) over every *.test.ts below the given
// folders. Node 20 does not expand glob patterns itself.
// usage: node scripts/node-tests.mjs test/server [more folders or files…]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2);
const files = folders
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => (statSync(dir).isFile() ? [dir] : readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))))
  .filter((f) => f.endsWith('.test.ts'))
  .sort();
if (!files.length) {
  console.log(`no tests in ${folders.join(', ')}`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
