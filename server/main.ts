/**
 * `npm start` (`node --import tsx server/main.ts --demo`): the reference server.
 * Configuration through environment variables: see docs/server.md.
 */
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { DEMO_ACCOUNTS } from './demo.js';
import { optionsFromEnv } from './options.js';
import { retentionRules, retentionVariable } from './retention.js';

const demo = process.argv.includes('--demo');
const fromEnv = optionsFromEnv(process.env);
const app = await createApp({
  ...fromEnv,
  demo,
  siteConfigFile: fromEnv.siteConfigFile ?? (demo ? resolve(import.meta.dirname, '../demo/digiplein.json') : undefined),
});

const lines = [
  '',
  `DigiPlein reference server on ${app.url}`,
  demo ? `  demo site:  ${app.url}/` : `  site:       ${app.url}/`,
  `  desk:       ${app.url}/desk`,
  `  API:        ${app.url}/api/openapi.json`,
  `  data:       ${app.db.location} (${app.db.dialect})`,
  `  retention:  ${retentionRules(app.features, app.ctx.options.retentionDays)
    .map((r) => `${r.kind} ${r.days} d (${retentionVariable(r.kind)})`)
    .join(', ')}`,
];
if (demo) {
  lines.push('  demo logins (fictional):');
  for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.email}  /  ${a.password}  (${a.role}, ${a.organisationId})`);
}
console.log(lines.join('\n') + '\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
