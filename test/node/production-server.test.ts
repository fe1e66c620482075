/**
 * The server as a gemeente's IT installs it: build/server/ (made by `npm run build`) copied
 * elsewhere, `npm ci --omit=dev` there, then plain `node server/main.js`: no TypeScript, no tsx,
 * no dev dependencies. It serves the health check, the demo site, the library and the desk.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'digiplein-prod-'));
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * better-sqlite3's install script downloads a prebuilt binary, or compiles one (two minutes)
 * where it cannot reach GitHub, as on a machine without internet. The test hands it the binary
 * this repository's own install already has, through prebuild-install's local-prebuilds folder,
 * so it runs in seconds everywhere; the rest of the install is the real `npm ci`.
 */
function localPrebuild(): Record<string, string> {
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string };
  const dir = join(work, 'prebuilds');
  mkdirSync(dir, { recursive: true });
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['-czf', join(dir, name), '-C', join(root, 'node_modules/better-sqlite3'), 'build/Release/better_sqlite3.node']);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

describe('the production install of the server', () => {
  it('installs with npm ci --omit=dev and serves the site, the library, the desk and the health check with plain node', async () => {
    const app = join(work, 'app');
    assert.ok(existsSync(join(root, 'build/server/server/main.js')), 'npm run build made build/server/');
    cpSync(join(root, 'build/server'), app, { recursive: true });
    execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: app,
      env: { ...process.env, ...localPrebuild() },
      stdio: 'pipe',
    });
    assert.ok(!existsSync(join(app, 'node_modules/tsx')), 'no dev dependencies');
    assert.ok(!existsSync(join(app, 'node_modules/typescript')));

    const child = spawn(process.execPath, ['server/main.js', '--demo'], {
      cwd: app,
      env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: join(work, 'data') }, // nothing of this repository's environment
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const base = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`did not start:\n${output}`)), 30_000);
        child.stdout.on('data', () => {
          const m = /DigiPlein reference server on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (m) {
            clearTimeout(timer);
            done(m[1]!);
          }
        });
        child.on('exit', () => fail(new Error(`exited:\n${output}`)));
      });
      const health = (await (await fetch(`${base}/api/health`)).json()) as {
        status: string;
        database: { dialect: string };
        version: string;
      };
      assert.equal(health.status, 'ok');
      assert.equal(health.database.dialect, 'sqlite');
      assert.match(health.version, /^\d+\.\d+\.\d+/);
      for (const path of ['/', '/dist/digiplein.js', '/dist/desk.js', '/desk', '/api/openapi.json']) {
        assert.equal((await fetch(`${base}${path}`)).status, 200, path);
      }
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, output);
  });
});
