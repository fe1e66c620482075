// `npm run bench`: runs every bench/*.bench.mjs and bench/*.bench.ts in turn (alphabetical),
// each in its own process, and prints their figures. Add a file to add a benchmark; this
// runner needs no change. `npm run bench -- server` runs only files whose name contains "server".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const filter = process.argv[2] ?? '';
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f) && f.includes(filter))
  .sort();
if (!files.length) {
  console.error(`no benchmarks match "${filter}" in bench/`);
  process.exit(1);
}

const failed = [];
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const started = Date.now();
  const args = file.endsWith('.ts') ? ['--import', 'tsx', join(dir, file)] : [join(dir, file)];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`◀ ${file}: ${ok ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) failed.push(file);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
