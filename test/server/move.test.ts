/**
 * `npm run move-to-postgres`: a demo region with some activity moves from its SQLite file to
 * PostgreSQL with nothing lost (every table compared row by row), and the server then runs on
 * it. Runs in the PostgreSQL pass of the server tests only.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { PostgresDatabase } from '../../server/db/postgres.js';
import { SqliteDatabase } from '../../server/db/sqlite.js';
import { DEMO_ROUTE_CODE } from '../../server/features/routes/index.js';
import { createTestDatabase, dropTestDatabase, tableNames, testDialect } from '../helpers/database.js';
import { startServer } from '../helpers/server.js';

const move = (dataDir: string, url: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/move-to-postgres.ts', url], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });

describe(
  'moving a region from SQLite to PostgreSQL',
  { skip: testDialect !== 'postgres' && 'PostgreSQL only (npm run test:server:postgres)' },
  () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digiplein-move-'));
    let databaseUrl: string | undefined;
    after(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await dropTestDatabase(databaseUrl);
    });

    it('copies every table with nothing lost, refuses a second time, and the server runs on the copy', async () => {
      // a demo region on SQLite (seeded accounts, spreekuren, the demo route), with a chat and a question
      const sqliteApp = await createApp({
        port: 0,
        log: false,
        dataDir,
        demo: true,
        siteConfigFile: resolve('demo/digiplein.json'),
      });
      const api = (path: string, json: unknown) =>
        fetch(new URL(path, sqliteApp.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(json),
        });
      assert.equal(
        (
          await api('/api/chat/conversations', {
            organisation: 'gemeente-voorbeeld',
            lang: 'nl',
            shareHistory: true,
            history: [{ from: 'parent', text: 'Wie helpt mij met het ouderschapsplan?' }],
          })
        ).status,
        201,
      );
      assert.equal(
        (
          await api('/api/chat/questions', {
            organisation: 'gemeente-voorbeeld',
            lang: 'en',
            question: 'Can someone call me about the house?',
            email: 'ouder@voorbeeld.example',
            consent: true,
          })
        ).status,
        201,
      );
      await sqliteApp.close();

      databaseUrl = await createTestDatabase();
      const result = move(dataDir, databaseUrl!);
      assert.equal(result.status, 0, result.stderr);
      assert.match(
        result.stdout,
        /Moved .*digiplein\.sqlite to postgres:\/\/127\.0\.0\.1:\d+\/digiplein_test_\d+_\d+: \d+ rows in \d+ tables/,
      );

      // every table, every row, every value
      const source = new SqliteDatabase(dataDir);
      const target = new PostgresDatabase(databaseUrl!);
      try {
        const sqliteTables = (
          await source.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        )
          .map((r) => r.name)
          .filter((n) => n !== 'schema_migrations');
        const postgresTables = await tableNames(target);
        let compared = 0;
        for (const table of sqliteTables) {
          assert.ok(postgresTables.includes(table), `${table} exists in PostgreSQL`);
          const rows = async (db: SqliteDatabase | PostgresDatabase) =>
            (await db.all(`SELECT * FROM ${table}`))
              .map((r) => JSON.stringify(Object.entries(r).sort(([x], [y]) => x.localeCompare(y))))
              .sort();
          const [from, to] = [await rows(source), await rows(target)];
          assert.deepEqual(to, from, table);
          compared += from.length;
        }
        assert.ok(sqliteTables.length >= 12, `compared ${sqliteTables.length} tables`);
        assert.ok(compared > 20, `compared ${compared} rows`);
        assert.deepEqual((await target.health()).migrations, (await source.health()).migrations);
      } finally {
        await source.close();
        await target.close();
      }

      // a second move into the now full database is refused, and changes nothing
      const again = move(dataDir, databaseUrl!);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /already has rows in .*: move into an empty database/);

      // the server runs on the copy: the demo accounts log in, the demo route's code still works
      const server = await startServer({ databaseUrl, demo: true, siteConfigFile: resolve('demo/digiplein.json') });
      try {
        await server.login({ email: 'balie@voorbeeld.example', password: 'demo-balie-2026' });
        const joined = await server.fetch('/api/routes/join', { method: 'POST', json: { code: DEMO_ROUTE_CODE } });
        assert.equal(joined.status, 200, await joined.clone().text());
        const cookie = await server.login({ email: 'balie@voorbeeld.example', password: 'demo-balie-2026' });
        const questions = (await (await server.fetch('/api/desk/chat/questions', { cookie })).json()) as {
          questions: { question: string }[];
        };
        assert.ok(questions.questions.some((q) => q.question === 'Can someone call me about the house?'));
      } finally {
        await server.stop();
      }
    });

    it('says what is wrong without a URL or without a SQLite file', () => {
      const noUrl = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/move-to-postgres.ts'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
      assert.equal(noUrl.status, 2);
      assert.match(noUrl.stderr, /Usage: DATA_DIR=/);
      const empty = mkdtempSync(join(tmpdir(), 'digiplein-move-empty-'));
      try {
        const noFile = move(empty, 'postgres://postgres@127.0.0.1:1/none');
        assert.equal(noFile.status, 2);
        assert.match(noFile.stderr, /No SQLite database in/);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  },
);
