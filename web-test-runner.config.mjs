// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath } from './scripts/chromium.mjs';

/**
 * Flags Debian's Chromium needs on a closed network and as root: without the networking flags
 * it stalls trying to reach Google's hosts.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Browser tests only: server and end-to-end tests run in node (see scripts/test.mjs).
  files: ['test/**/*.test.ts', '!test/server/**', '!test/e2e/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  // esbuild strips types and down-levels the experimentalDecorators from tsconfig.json
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 1, // 2-core machines
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: { include: ['src/**/*.ts'], reportDir: 'coverage' },
};
