import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { apiRequest, apiUrl, setApiFetch, withJitter } from '../../src/core/api/client.js';
import { chatMessage } from '../../src/core/api/chat.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the one HTTP client (src/core/api/client.ts)', () => {
  afterEach(() => setApiFetch(undefined));

  it('builds URLs whether or not the base ends in a slash', () => {
    assert.equal(apiUrl('https://api.example', 'api/chat/questions'), 'https://api.example/api/chat/questions');
    assert.equal(apiUrl('https://api.example/regio/', '/api/signups'), 'https://api.example/regio/api/signups');
  });

  it('reads the error envelope of a refusal: code, bilingual message and issues', async () => {
    setApiFetch(async () =>
      json(400, {
        error: {
          code: 'invalid_request',
          message: { nl: 'Klopt niet', en: 'Not right' },
          issues: [{ path: 'text', message: { nl: 'leeg', en: 'empty' } }],
        },
      }),
    );
    const r = await apiRequest('https://api.example/api/x', { method: 'POST', body: { text: '' } });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && !r.offline);
    assert.equal(r.error.code, 'invalid_request');
    assert.equal(r.error.messageIn('en'), 'Not right');
    assert.equal(r.error.issues[0]!.path, 'text');
  });

  it('retries a GET after a busy server with backoff, and then gives the answer', async () => {
    let calls = 0;
    setApiFetch(async () =>
      ++calls < 3 ? json(503, {}) : json(200, { seq: 1, from: 'system', text: 'hallo', at: '2026-12-05T10:00:00Z' }),
    );
    const r = await apiRequest('https://api.example/api/x', { schema: chatMessage });
    assert.equal(calls, 3);
    assert.ok(r.ok);
    assert.equal(r.value.text, 'hallo');
  });

  it('does not retry a POST unless it opts in, nor a refusal', async () => {
    let calls = 0;
    setApiFetch(async () => (calls++, json(503, {})));
    const post = await apiRequest('https://api.example/api/x', { method: 'POST', body: {} });
    assert.equal(calls, 1);
    assert.deepEqual(post, { ok: false, offline: true, status: 503 });
    calls = 0;
    setApiFetch(async () => (calls++, json(409, { error: { code: 'slot_full', message: { nl: 'vol', en: 'full' } } })));
    await apiRequest('https://api.example/api/x');
    assert.equal(calls, 1, 'a refusal will not change by asking again');
  });

  it('says offline for no answer, and for an answer that breaks the contract', async () => {
    setApiFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    assert.deepEqual(await apiRequest('https://api.example/api/x', { method: 'POST', body: {} }), { ok: false, offline: true });
    setApiFetch(async () => json(200, { unexpected: true }));
    const r = await apiRequest('https://api.example/api/x', { method: 'POST', body: {}, schema: chatMessage });
    assert.deepEqual(r, { ok: false, offline: true, status: 200 });
  });

  it('spreads retries with jitter between half and one and a half times the delay', () => {
    assert.equal(
      withJitter(1000, () => 0),
      500,
    );
    assert.equal(
      withJitter(1000, () => 0.999),
      1499,
    );
  });
});
