import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CSP } from '../../server/http/csp.js';
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
    const body = (await res.json()) as { status: string; database: { ok: boolean; migrations: string[]; details: { journalMode: string } } };
    assert.equal(body.status, 'ok');
    assert.equal(body.database.ok, true);
    assert.ok(body.database.migrations.includes('core-001'));
    assert.equal(body.database.details.journalMode, 'wal');
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
