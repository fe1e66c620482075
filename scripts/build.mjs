// `npm run build`: bundles (rollup), type declarations (tsc), the config's JSON Schema
// (generated from the zod schema) and custom-elements.json (from the elements' JSDoc).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['npx', 'rollup', '-c', '--silent'],
  ['npx', 'tsc', '-p', 'tsconfig.build.json'],
  ['node', '--import', 'tsx', 'scripts/json-schema.ts'],
  ['node', '--import', 'tsx', 'scripts/config-reference.ts'], // docs/config-reference.md from that schema
  ['npx', 'cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet'],
];

rmSync('dist', { recursive: true, force: true });
for (const [cmd, ...args] of steps) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build step failed: ${[cmd, ...args].join(' ')}`);
    process.exit(result.status ?? 1);
  }
}
console.log('built dist/ and custom-elements.json');
