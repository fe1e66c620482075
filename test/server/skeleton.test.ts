import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CSP } from '../../server/http/csp.js';
import { testDialect } from '../helpers/database.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe('server skeleton', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  it('reports the database state with the applied migrations', async () => {
    const res = await server.fetch('/api/health');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      status: string;
      database: { ok: boolean; dialect: string; migrations: string[]; details: { journalMode?: string; serverVersion?: string } };
    };
    assert.equal(body.status, 'ok');
    assert.equal(body.database.ok, true);
    assert.equal(body.database.dialect, testDialect);
    assert.ok(body.database.migrations.includes('core-001'));
    if (testDialect === 'sqlite') assert.equal(body.database.details.journalMode, 'wal');
    else assert.match(body.database.details.serverVersion ?? '', /^\d+/);
  });

  it('serves the demo site and the desk page with the strict CSP', async () => {
    for (const path of ['/', '/desk']) {
      const res = await server.fetch(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(res.headers.get('content-security-policy'), CSP);
      assert.match(await res.text(), /<html lang="nl"/);
    }
  });

  it('answers an unknown API path with the error envelope', async () => {
    const res = await server.fetch('/api/does-not-exist');
    assert.equal(res.status, 404);
    const body = (await res.json()) as { error: { code: string; message: { nl: string; en: string } } };
    assert.equal(body.error.code, 'not_found');
    assert.ok(body.error.message.nl && body.error.message.en);
  });
});

describe('site config', () => {
  it('starts without a site config, or with a broken one, and says so in the log', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'digiplein-site-config-'));
    writeFileSync(join(dir, 'broken.json'), '{ "version": 1, ');
    writeFileSync(join(dir, 'good.json'), '{ "version": 1, "organisation": { "name": "Gemeente Test" } }');
    try {
      for (const [file, expected, message] of [
        ['missing.json', undefined, /site config not found/],
        ['broken.json', undefined, /site config is not valid JSON/],
        ['good.json', { version: 1, organisation: { name: 'Gemeente Test' } }, null],
      ] as const) {
        const lines: string[] = [];
        const server = await startServer({ features: [], siteConfigFile: join(dir, file), log: (l) => lines.push(l) });
        try {
          assert.deepEqual(server.app.ctx.siteConfig, expected);
          assert.equal((await server.fetch('/api/health')).status, 200);
          if (message) assert.match(lines.join('\n'), message);
        } finally {
          await server.stop();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
