// A throwaway PostgreSQL server of the machine's own (Debian's `postgresql` package), for tests
// and benchmarks: `initdb` in a temporary folder, `pg_ctl` on a free port, removed afterwards.
//
//   node scripts/postgres.mjs <command> [args…]   runs the command with TEST_POSTGRES_URL set
//   import { startPostgres } from './postgres.mjs' → { url, stop() }
//
// Where the package is missing, it is installed with apt-get when we are root (as .ci/run does
// for Chromium); otherwise the error says what to install.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const isRoot = process.getuid?.() === 0;

function binDir() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

function ensureInstalled() {
  let bin = binDir();
  if (bin) return bin;
  if (!isRoot) throw new Error('PostgreSQL is not installed: run `apt-get install -y postgresql` (Debian), then try again');
  console.log('[postgres] installing the postgresql package (apt-get)');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  bin = binDir();
  if (!bin) throw new Error('installed postgresql, but found no initdb below /usr/lib/postgresql');
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: as root, the tools run as the `postgres` user. */
function asOwner(cmd, args) {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** Starts a fresh server; resolves to its URL (superuser `postgres`, database `postgres`) and a stop(). */
export async function startPostgres() {
  const bin = ensureInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'digiplein-pg-'));
  chmodSync(dir, 0o777);
  if (isRoot) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  const port = await freePort();
  asOwner(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // test settings: no fsync (the folder is thrown away), room for many test servers' pools
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  asOwner(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error('usage: node scripts/postgres.mjs <command> [args…]');
    process.exit(2);
  }
  const pg = await startPostgres();
  console.log(`[postgres] throwaway server at ${pg.url}`);
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, TEST_POSTGRES_URL: pg.url } });
  const stop = () => pg.stop();
  process.on('SIGINT', () => child.kill('SIGINT'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}
