import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import type { Feature } from '../../server/features/types.js';
import { CSP, PDOK_ORIGIN } from '../../server/http/csp.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

interface Envelope {
  error: { code: string; message: { nl: string; en: string }; issues?: { path: string; message: { nl: string; en: string } }[] };
}

const ALLOWED = 'https://www.gemeente-a.nl';
const BIG = Array.from({ length: 2000 }, (_, i) => `export const value${i} = ${i};`).join('\n');

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${url}${path}`, { method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.path = path;
    req.on('error', fail);
    req.end();
  });
}

/** A feature for these tests: echoes a validated body, and one route that breaks its response schema. */
const probe: Feature = {
  name: 'probe',
  routes(router) {
    router.add({
      method: 'POST',
      path: '/api/probe/:id/echo',
      access: 'public',
      body: z.strictObject({ name: z.string().check(z.minLength(1, 'not-empty')), age: z.optional(z.int()) }),
      handler: ({ body, params }) => ({ id: params.id, name: body.name }),
    });
    router.add({
      method: 'GET',
      path: '/api/probe/:id',
      access: 'public',
      handler: ({ params }) => ({ id: params.id }),
    });
    router.add({
      method: 'GET',
      path: '/api/probe/broken',
      access: 'public',
      response: z.object({ ok: z.literal(true) }),
      handler: () => ({ ok: 'yes' }),
    });
  },
};

describe('HTTP layer', () => {
  let server: TestServer;
  let site: string;

  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'digiplein-site-'));
    mkdirSync(join(site, 'demo', 'sub'), { recursive: true });
    mkdirSync(join(site, 'dist'), { recursive: true });
    writeFileSync(join(site, 'demo', 'index.html'), '<!doctype html><html lang="nl"><title>demo</title></html>');
    writeFileSync(join(site, 'demo', 'sub', 'index.html'), '<!doctype html><html lang="nl"><title>sub</title></html>');
    writeFileSync(join(site, 'demo', 'demo.css'), 'body{}');
    writeFileSync(join(site, 'demo', 'digiplein.json'), '{"version":1}');
    writeFileSync(join(site, 'demo', '.env'), 'SECRET=1');
    writeFileSync(join(site, 'secret.txt'), 'outside the root');
    writeFileSync(join(site, 'dist', 'digiplein.js'), 'export {};');
    writeFileSync(join(site, 'dist', 'big.js'), BIG);
    server = await startServer({
      features: [probe],
      allowedOrigins: [ALLOWED],
      demoDir: join(site, 'demo'),
      distDir: join(site, 'dist'),
    });
  });
  after(async () => {
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  });

  describe('CORS', () => {
    it('answers a preflight from an allowed origin', async () => {
      const res = await server.fetch('/api/health', {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'GET' },
      });
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /GET/);
      assert.equal(res.headers.get('access-control-allow-headers'), 'content-type, accept-language, authorization');
      assert.equal(res.headers.get('access-control-allow-credentials'), null, 'no cookies cross-origin');
    });

    it('lets an allowed origin read a public route', async () => {
      const res = await server.fetch('/api/health', { headers: { origin: ALLOWED } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
      assert.equal(res.headers.get('access-control-expose-headers'), 'retry-after');
      assert.equal(res.headers.get('vary'), 'Origin');
    });

    it('refuses other origins, preflight and request alike', async () => {
      const attempts: RequestInit[] = [
        { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } },
        { method: 'GET', headers: { origin: 'https://evil.example' } },
        { method: 'GET', headers: { origin: 'https://www.gemeente-a.nl.evil.example' } },
      ];
      for (const init of attempts) {
        const res = await server.fetch('/api/health', init);
        assert.equal(res.status, 403);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        assert.equal(((await res.json()) as Envelope).error.code, 'origin_not_allowed');
      }
    });

    it('never answers desk routes cross-origin, even for an allowed origin', async () => {
      const res = await server.fetch('/api/desk/login', {
        method: 'POST',
        headers: { origin: ALLOWED },
        json: { email: 'a@b.nl', password: 'x' },
      });
      assert.equal(res.status, 403);
      assert.equal(((await res.json()) as Envelope).error.code, 'origin_not_allowed');
    });

    it('treats the server’s own pages as same-origin', async () => {
      const res = await server.fetch('/api/health', { headers: { origin: server.url } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('request bodies', () => {
    it('refuses a body over the limit, declared or streamed', async () => {
      const big = JSON.stringify({ name: 'x'.repeat(20 * 1024) });
      const declared = await server.fetch('/api/probe/1/echo', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      });
      assert.equal(declared.status, 413);
      assert.equal(((await declared.json()) as Envelope).error.code, 'payload_too_large');

      const chunks = [big.slice(0, 10_000), big.slice(10_000)];
      const stream = new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(new TextEncoder().encode(next));
          else controller.close();
        },
      });
      const streamed = await server.fetch('/api/probe/1/echo', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(streamed.status, 413);
    });

    it('refuses other content types and broken JSON', async () => {
      const text = await server.fetch('/api/probe/1/echo', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=x' });
      assert.equal(text.status, 415);
      assert.equal(((await text.json()) as Envelope).error.code, 'unsupported_media_type');
      const broken = await server.fetch('/api/probe/1/echo', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":',
      });
      assert.equal(broken.status, 400);
      assert.equal(((await broken.json()) as Envelope).error.code, 'invalid_json');
    });

    it('lists every validation issue with its path, in Dutch and English', async () => {
      const res = await server.fetch('/api/probe/1/echo', { method: 'POST', json: { name: '', age: 'twaalf', extra: true } });
      assert.equal(res.status, 400);
      const { error } = (await res.json()) as Envelope;
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.message.nl, 'Niet alle gegevens kloppen. Kijk de velden na.');
      const byPath = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]));
      assert.deepEqual(Object.keys(byPath).sort(), ['age', 'extra', 'name']);
      assert.equal(byPath.name!.nl, 'mag niet leeg zijn');
      assert.equal(byPath.age!.en, 'expected a number, but found a text');
      assert.match(byPath.extra!.nl, /onbekend veld "extra"/);
    });

    it('passes a valid body and the path parameters to the handler', async () => {
      const res = await server.fetch('/api/probe/a%20b/echo', { method: 'POST', json: { name: 'Ada' } });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { id: 'a b', name: 'Ada' });
    });

    it('prefers a fixed path over a parameter, and refuses malformed escapes', async () => {
      assert.deepEqual(await (await server.fetch('/api/probe/%C3%A9t%C3%A9')).json(), { id: 'été' });
      assert.equal((await server.fetch('/api/probe/broken')).status, 500, 'the fixed route answered, not /:id');
      const malformed = await server.fetch('/api/probe/%E0%A4%A');
      assert.equal(malformed.status, 404);
      assert.equal(((await malformed.json()) as Envelope).error.code, 'not_found');
    });

    it('refuses a response that breaks its schema instead of sending it', async () => {
      const res = await server.fetch('/api/probe/broken');
      assert.equal(res.status, 500);
      assert.equal(((await res.json()) as Envelope).error.code, 'internal');
    });

    it('answers a wrong method with 405 and the allowed ones', async () => {
      const res = await server.fetch('/api/health', { method: 'DELETE' });
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('allow'), 'GET');
      assert.equal(((await res.json()) as Envelope).error.code, 'method_not_allowed');
    });
  });

  describe('static files and headers', () => {
    it('serves the site and the library with their content types and the CSP', async () => {
      const cases: [string, RegExp, boolean][] = [
        ['/', /^text\/html; charset=utf-8$/, false],
        ['/sub/', /^text\/html/, false],
        ['/demo.css', /^text\/css/, false],
        ['/digiplein.json', /^application\/json/, true],
        ['/dist/digiplein.js', /^text\/javascript/, true],
      ];
      for (const [path, type, shared] of cases) {
        const res = await server.fetch(path);
        assert.equal(res.status, 200, path);
        assert.match(res.headers.get('content-type') ?? '', type, path);
        assert.equal(res.headers.get('content-security-policy'), CSP, path);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(res.headers.get('access-control-allow-origin'), shared ? '*' : null, path);
      }
    });

    it('compresses text files for browsers that accept it, and sends them as they are otherwise', async () => {
      const cases: [string, string | null][] = [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['identity', null],
      ];
      for (const [accept, encoding] of cases) {
        const res = await server.fetch('/dist/big.js', { headers: { 'accept-encoding': accept } });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-encoding'), encoding, accept);
        assert.equal(res.headers.get('vary'), 'Accept-Encoding');
        assert.equal(await res.text(), BIG, accept);
        if (!encoding) assert.equal(res.headers.get('content-length'), String(Buffer.byteLength(BIG)));
      }
    });

    it('answers 304 for an unchanged file', async () => {
      const first = await server.fetch('/demo.css');
      const etag = first.headers.get('etag')!;
      const second = await server.fetch('/demo.css', { headers: { 'if-none-match': etag } });
      assert.equal(second.status, 304);
    });

    it('serves nothing outside its folders, and no dotfiles', async () => {
      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/dist/..%2f..%2fsecret.txt',
        '/.env',
        '/%2eenv',
        '/sub%00/index.html',
      ]) {
        const res = await rawGet(server.url, path);
        assert.equal(res.status, 404, path);
        assert.doesNotMatch(res.body, /outside the root|SECRET/, path);
      }
    });

    it('sends the CSP on the desk page and API answers too', async () => {
      for (const path of ['/desk', '/api/health', '/nope']) {
        const res = await server.fetch(path);
        assert.equal(res.headers.get('content-security-policy'), CSP, path);
      }
      assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval/);
    });

    it('adds PDOK to connect-src only when configured', async () => {
      await server.restart({ pdok: true });
      const res = await server.fetch('/');
      assert.equal(res.headers.get('content-security-policy'), CSP.replace("connect-src 'self'", `connect-src 'self' ${PDOK_ORIGIN}`));
      await server.restart({ pdok: false });
    });
  });
});

describe('rate limits', () => {
  let server: TestServer;
  let clock = Date.parse('2026-11-23T09:00:00Z');
  before(async () => {
    server = await startServer({
      features: [],
      trustProxy: true,
      now: () => new Date(clock),
      rateLimits: { public: { max: 3, windowMs: 60_000 } },
    });
  });
  after(() => server.stop());

  it('limits each client address on public routes, and lets it in again after the window', async () => {
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await server.fetch('/api/health', from('192.0.2.1'))).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);

    const limited = await server.fetch('/api/health', from('192.0.2.1'));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '60');
    const envelope = (await limited.json()) as Envelope;
    assert.equal(envelope.error.code, 'rate_limited');
    assert.match(envelope.error.message.nl, /te veel verzoeken/);

    assert.equal((await server.fetch('/api/health', from('192.0.2.2'))).status, 200);

    clock += 60_000;
    assert.equal((await server.fetch('/api/health', from('192.0.2.1'))).status, 200);
  });

  it('limits login attempts on their own, stricter limit', async () => {
    await server.restart({ rateLimits: { public: { max: 100, windowMs: 60_000 }, login: { max: 2, windowMs: 60_000 } } });
    const attempt = () =>
      server.fetch('/api/desk/login', {
        method: 'POST',
        json: { email: 'iemand@test.example', password: 'fout-wachtwoord' },
        headers: { 'x-forwarded-for': '192.0.2.9' },
      });
    assert.equal((await attempt()).status, 401);
    assert.equal((await attempt()).status, 401);
    assert.equal((await attempt()).status, 429);
    assert.equal((await server.fetch('/api/health', { headers: { 'x-forwarded-for': '192.0.2.9' } })).status, 200);
  });
});

describe('rate limiter memory', () => {
  it('forgets client addresses once their window ended', async () => {
    const { RateLimiter } = await import('../../server/http/rate-limit.js');
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 50; i++) limiter.take('public', `198.51.100.${i}`, { max: 5, windowMs: 60_000 });
    limiter.take('login', '198.51.100.1', { max: 5, windowMs: 300_000 });
    assert.equal(limiter.size, 51);
    now = 60_000;
    limiter.sweep();
    assert.equal(limiter.size, 1);
    now = 300_000;
    limiter.sweep();
    assert.equal(limiter.size, 0);
  });
});
