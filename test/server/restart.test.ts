import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import type { Feature } from '../../server/features/types.js';
import { startServer } from '../helpers/server.js';

describe('restart and shutdown', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps accounts and sessions across a restart', async () => {
    const server = await startServer();
    try {
      const professional = await server.createProfessional({ organisationId: 'org-restart' });
      const cookie = await server.login(professional);
      await server.restart();
      assert.equal((await server.fetch('/api/desk/session', { cookie })).status, 200);
      assert.ok((await server.login(professional)).startsWith('digiplein_desk='));
    } finally {
      await server.stop();
    }
  });

  it('keeps every committed write when the process stops without closing the database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-crash-'));
    dirs.push(dataDir);
    // a child process commits and is killed without any clean-up
    const { spawnSync } = await import('node:child_process');
    const script = `
      import { SqliteDatabase } from './server/db/sqlite.ts';
      const db = new SqliteDatabase(${JSON.stringify(dataDir)});
      await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
      for (let i = 0; i < 50; i++) await db.transaction((tx) => tx.run('INSERT INTO t (id) VALUES (?)', [i]));
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
    assert.equal(child.signal, 'SIGKILL', child.stderr.toString());
    const app = await createApp({ port: 0, log: false, dataDir, features: [] });
    try {
      assert.deepEqual(await app.db.get('SELECT COUNT(*) AS n FROM t'), { n: 50 });
    } finally {
      await app.close();
    }
  });

  it('lets features end long-lived responses when it stops, without waiting for the grace period', async () => {
    const open = new Set<import('node:http').ServerResponse>();
    let closedBy = '';
    const stream: Feature = {
      name: 'stream',
      routes(router) {
        router.add({
          method: 'GET',
          path: '/api/stream',
          access: 'public',
          handler: ({ res }) =>
            new Promise<void>((done) => {
              res.writeHead(200, { 'content-type': 'text/event-stream' });
              res.write(': open\n\n');
              open.add(res);
              res.on('close', () => done());
            }),
        });
      },
      close() {
        closedBy = 'feature';
        for (const res of open) res.end();
      },
    };
    const server = await startServer({ features: [stream], shutdownGraceMs: 60_000 });
    const res = await fetch(`${server.url}/api/stream`);
    const reader = res.body!.getReader();
    await reader.read();
    await server.app.close();
    assert.equal(closedBy, 'feature');
    assert.equal((await reader.read()).done, true);
    await server.stop();
  });

  it('finishes a request in flight before it stops, and takes no new ones', async () => {
    let release!: () => void;
    let started!: () => void;
    const inFlight = new Promise<void>((r) => (started = r));
    const slow: Feature = {
      name: 'slow',
      routes(router) {
        router.add({
          method: 'GET',
          path: '/api/slow',
          access: 'public',
          handler: async () => {
            started();
            await new Promise<void>((r) => (release = r));
            return { done: true };
          },
        });
      },
    };
    const server = await startServer({ features: [slow] });
    const url = server.url;
    const pending = fetch(`${url}/api/slow`);
    await inFlight;
    const closing = server.app.close();
    await assert.rejects(fetch(`${url}/api/health`, { headers: { connection: 'close' } }));
    release();
    const res = await pending;
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { done: true });
    await closing;
    await server.stop();
  });
});
