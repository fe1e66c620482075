import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../server/db/open.js';
import { createTestDatabase, dropTestDatabase } from '../helpers/database.js';
import { startServer } from '../helpers/server.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'digiplein-cli-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The tools take the database from DATA_DIR, or DATABASE_URL on PostgreSQL. */
const databaseEnv = (dataDir: string, databaseUrl: string | undefined) => ({
  DATA_DIR: dataDir,
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});
const createAccount = (dataDir: string, args: string[], password: string, databaseUrl?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/create-account.ts', ...args], {
    env: { ...process.env, ...databaseEnv(dataDir, databaseUrl), DIGIPLEIN_PASSWORD: password },
    encoding: 'utf8',
  });

describe('npm run create-account', () => {
  it('creates an organisation and an account that can log in to the desk', async () => {
    const dataDir = tempDir();
    const databaseUrl = await createTestDatabase();
    const result = createAccount(
      dataDir,
      [
        '--organisation',
        'gemeente-cli',
        '--organisation-name',
        'Gemeente CLI',
        '--email',
        'Beheer@CLI.example',
        '--name',
        'Beheer CLI',
        '--role',
        'admin',
      ],
      'een-lang-cli-wachtwoord',
      databaseUrl,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Account created: .* \(admin, gemeente-cli\)/);

    const server = await startServer({ dataDir, databaseUrl, features: [] });
    try {
      const cookie = await server.login({ email: 'beheer@cli.example', password: 'een-lang-cli-wachtwoord' });
      const session = (await (await server.fetch('/api/desk/session', { cookie })).json()) as {
        account: { role: string };
        organisation: { name: string };
      };
      assert.equal(session.account.role, 'admin');
      assert.equal(session.organisation.name, 'Gemeente CLI');
    } finally {
      await server.stop();
      await dropTestDatabase(databaseUrl);
    }
  });

  it('refuses a short password, an unknown organisation, a taken address and a wrong role, with a message', async () => {
    const dataDir = tempDir();
    const databaseUrl = await createTestDatabase();
    const base = ['--organisation', 'gemeente-cli', '--email', 'a@cli.example', '--name', 'A'];
    const cases: [string[], string, RegExp][] = [
      [[...base, '--organisation-name', 'Gemeente CLI'], 'kort', /at least 12 characters/],
      [[...base, '--organisation-name', 'Gemeente CLI', '--email', 'geen-adres'], 'een-lang-cli-wachtwoord', /e-mail address/],
      [base, 'een-lang-cli-wachtwoord', /does not exist: add --organisation-name/],
      [[...base, '--role', 'baas'], 'een-lang-cli-wachtwoord', /--role must be one of: professional, coordinator, admin/],
    ];
    for (const [args, password, message] of cases) {
      const result = createAccount(dataDir, args, password, databaseUrl);
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, message);
    }
    assert.equal(
      createAccount(dataDir, [...base, '--organisation-name', 'Gemeente CLI'], 'een-lang-cli-wachtwoord', databaseUrl).status,
      0,
    );
    const taken = createAccount(dataDir, base, 'een-lang-cli-wachtwoord', databaseUrl);
    assert.equal(taken.status, 1);
    assert.match(taken.stderr, /already is an account/);
    await dropTestDatabase(databaseUrl);
  });
});

describe('server/cli/signup-slots.ts', () => {
  const signupSlots = (dataDir: string, args: string[], databaseUrl?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/signup-slots.ts', ...args], {
      env: { ...process.env, ...databaseEnv(dataDir, databaseUrl) },
      encoding: 'utf8',
    });
  const args = (organisation: string, name: string) => [
    '--organisation',
    organisation,
    '--spreekuur',
    'spreekuur-cli',
    '--name',
    name,
    '--days',
    'di',
    '--times',
    '09:00',
    '--weeks',
    '1',
  ];

  it('renames a spreekuur of the same organisation, and never moves one to another organisation', async () => {
    const dataDir = tempDir();
    const databaseUrl = await createTestDatabase();
    try {
      const first = signupSlots(dataDir, args('gemeente-een', 'Spreekuur Een'), databaseUrl);
      assert.equal(first.status, 0, first.stderr);
      assert.equal(signupSlots(dataDir, args('gemeente-een', 'Spreekuur Een (nieuw)'), databaseUrl).status, 0);
      const moved = signupSlots(dataDir, args('gemeente-twee', 'Overgenomen'), databaseUrl);
      assert.equal(moved.status, 1);
      assert.match(moved.stderr, /--spreekuur spreekuur-cli belongs to another organisation than gemeente-twee; .* Nothing was changed\./);

      const db = openDatabase({ dataDir, databaseUrl });
      try {
        assert.deepEqual(await db.all('SELECT organisation_id, name FROM signup_spreekuren'), [
          { organisation_id: 'gemeente-een', name: 'Spreekuur Een (nieuw)' },
        ]);
        // the refused run added no times either
        assert.deepEqual(await db.all('SELECT COUNT(*) AS n FROM signup_slots'), [{ n: 2 }]);
      } finally {
        await db.close();
      }
    } finally {
      await dropTestDatabase(databaseUrl);
    }
  });
});

describe('server/main.ts --demo', () => {
  it('starts with the demo data, prints the URLs and logins, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const databaseUrl = await createTestDatabase();
    after(() => dropTestDatabase(databaseUrl));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], {
      env: { ...process.env, PORT: '0', ...databaseEnv(dataDir, databaseUrl) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const desk = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no desk URL printed:\n${output}`)), 60_000);
        child.stdout.on('data', () => {
          const match = /desk: +(http:\/\/127\.0\.0\.1:\d+\/desk)/.exec(output);
          if (match && output.includes('wijkteam@voorbeeld.example')) {
            clearTimeout(timer);
            done(match[1]!);
          }
        });
      });
      assert.match(output, /demo site: +http:\/\/127\.0\.0\.1:\d+\//);
      assert.match(output, /balie@voorbeeld\.example +\/ +demo-balie-2026/);
      const base = desk.replace(/\/desk$/, '');
      assert.equal((await fetch(`${base}/api/health`)).status, 200);
      const login = await fetch(`${base}/api/desk/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'balie@voorbeeld.example', password: 'demo-balie-2026' }),
      });
      assert.equal(login.status, 200);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
    assert.match(output, /SIGTERM: finishing requests in flight/);
  });
});
