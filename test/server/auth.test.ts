import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../helpers/server.js';
import type { ProfessionalInput, TestServer } from '../helpers/server.js';

interface Envelope {
  error: { code: string; message: { nl: string; en: string } };
}

describe('desk authentication and organisations', () => {
  let server: TestServer;
  let clock = Date.parse('2026-11-23T09:00:00Z');
  let adminA: ProfessionalInput;
  let workerA: ProfessionalInput;
  let adminB: ProfessionalInput;

  before(async () => {
    server = await startServer({ features: [], now: () => new Date(clock), sessionTtlMs: 60 * 60 * 1000 });
    adminA = await server.createProfessional({ organisationId: 'gemeente-a', role: 'admin', name: 'Admin A' });
    workerA = await server.createProfessional({ organisationId: 'gemeente-a', name: 'Medewerker A' });
    adminB = await server.createProfessional({ organisationId: 'gemeente-b', role: 'admin', name: 'Admin B' });
  });
  after(() => server.stop());

  it('refuses a wrong password and an unknown e-mail address alike', async () => {
    for (const body of [
      { email: workerA.email, password: 'niet-goed-wachtwoord' },
      { email: 'onbekend@test.example', password: workerA.password },
    ]) {
      const res = await server.fetch('/api/desk/login', { method: 'POST', json: body });
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('set-cookie'), null);
      const envelope = (await res.json()) as Envelope;
      assert.equal(envelope.error.code, 'invalid_credentials');
      assert.equal(envelope.error.message.nl, 'Het e-mailadres of het wachtwoord klopt niet.');
      assert.equal(envelope.error.message.en, 'The e-mail address or the password is not right.');
    }
  });

  it('throttles one account after repeated wrong passwords from any address, with back-off; a good login clears it', async () => {
    // a separate server whose per-address limit is high: the guesses could come from 40 addresses
    let now = Date.parse('2026-11-23T09:00:00Z');
    const wide = await startServer({ features: [], now: () => new Date(now), rateLimits: { login: { max: 1000, windowMs: 60_000 } } });
    try {
      const target = await wide.createProfessional({ organisationId: 'gemeente-t', name: 'Doel' });
      const login = (password: string) => wide.fetch('/api/desk/login', { method: 'POST', json: { email: target.email, password } });
      for (let i = 0; i < 5; i++) assert.equal((await login(`fout-${i}-wachtwoord`)).status, 401);
      const locked = await login(target.password);
      assert.equal(locked.status, 429, 'now even the right password waits');
      assert.ok(Number(locked.headers.get('retry-after') ?? 60) > 0);
      now += 61_000;
      assert.equal((await login(target.password)).status, 200, 'after the wait the right password works');
      assert.equal((await login('weer-fout-wachtwoord')).status, 401, 'and the count started again');
    } finally {
      await wide.stop();
    }
  });

  it("an admin disables a colleague's account: its sessions end, it cannot log in, and it can be switched on again", async () => {
    const adminC = await server.createProfessional({ organisationId: 'gemeente-c', role: 'admin', name: 'Admin C' });
    const adminCookie = await server.login(adminC);
    const colleague = await server.createProfessional({ organisationId: 'gemeente-c', name: 'Weg' });
    const colleagueCookie = await server.login(colleague);
    const accounts = (await (await server.fetch('/api/desk/accounts', { cookie: adminCookie })).json()) as {
      accounts: { id: string; email: string }[];
    };
    const id = accounts.accounts.find((a) => a.email === colleague.email)!.id;
    const off = await server.fetch(`/api/desk/accounts/${id}/disabled`, { method: 'POST', json: { disabled: true }, cookie: adminCookie });
    assert.equal(off.status, 200);
    assert.equal(((await off.json()) as { disabled?: boolean }).disabled, true);
    assert.equal((await server.fetch('/api/desk/session', { cookie: colleagueCookie })).status, 401, 'its session ended');
    assert.equal(
      (await server.fetch('/api/desk/login', { method: 'POST', json: { email: colleague.email, password: colleague.password } })).status,
      401,
      'no login',
    );
    // another organisation's admin cannot touch it, a worker cannot, and nobody can lock themselves out
    const otherAdmin = await server.login(adminB);
    assert.equal(
      (await server.fetch(`/api/desk/accounts/${id}/disabled`, { method: 'POST', json: { disabled: false }, cookie: otherAdmin })).status,
      404,
    );
    const self = accounts.accounts.find((a) => a.email === adminC.email)!.id;
    assert.equal(
      (await server.fetch(`/api/desk/accounts/${self}/disabled`, { method: 'POST', json: { disabled: true }, cookie: adminCookie })).status,
      403,
    );
    assert.equal(
      (await server.fetch(`/api/desk/accounts/${id}/disabled`, { method: 'POST', json: { disabled: false }, cookie: adminCookie })).status,
      200,
    );
    assert.equal(
      (await server.fetch('/api/desk/login', { method: 'POST', json: { email: colleague.email, password: colleague.password } })).status,
      200,
      'on again',
    );
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and answers the session', async () => {
    const res = await server.fetch('/api/desk/login', {
      method: 'POST',
      json: { email: workerA.email.toUpperCase(), password: workerA.password },
    });
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^digiplein_desk=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/);
    const session = await server.fetch('/api/desk/session', { cookie: cookie.split(';')[0] });
    assert.equal(session.status, 200);
    const body = (await session.json()) as { account: { name: string; role: string }; organisation: { id: string } };
    assert.equal(body.account.name, 'Medewerker A');
    assert.equal(body.account.role, 'professional');
    assert.equal(body.organisation.id, 'gemeente-a');
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await server.login(workerA);
    const token = cookie.split('=')[1]!;
    const rows = await server.app.db.all<{ id_hash: string }>('SELECT id_hash FROM sessions');
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.id_hash !== token));
  });

  it('marks the cookie Secure behind an https proxy it trusts', async () => {
    await server.restart({ trustProxy: true });
    const res = await server.fetch('/api/desk/login', {
      method: 'POST',
      json: { email: workerA.email, password: workerA.password },
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.match(res.headers.get('set-cookie') ?? '', /; Secure$/);
    assert.equal(res.headers.get('strict-transport-security'), 'max-age=31536000');
    // the desk's own page behind the proxy: its origin is the public host, not the one the proxy connects to
    const proxied = await server.fetch('/api/desk/login', {
      method: 'POST',
      json: { email: workerA.email, password: workerA.password },
      headers: { origin: 'https://balie.gemeente.example', 'x-forwarded-host': 'balie.gemeente.example', 'x-forwarded-proto': 'https' },
    });
    assert.equal(proxied.status, 200);
    await server.restart({ trustProxy: false });
  });

  it('refuses desk routes without a session, with a forged one, and after the session expired', async () => {
    assert.equal((await server.fetch('/api/desk/session')).status, 401);
    assert.equal((await server.fetch('/api/desk/session', { cookie: 'digiplein_desk=forged' })).status, 401);
    const cookie = await server.login(workerA);
    assert.equal((await server.fetch('/api/desk/session', { cookie })).status, 200);
    clock += 60 * 60 * 1000 + 1;
    const expired = await server.fetch('/api/desk/session', { cookie });
    assert.equal(expired.status, 401);
    assert.equal(((await expired.json()) as Envelope).error.code, 'unauthenticated');
  });

  it('ends the session on logout', async () => {
    const cookie = await server.login(workerA);
    const res = await server.fetch('/api/desk/logout', { method: 'POST', cookie });
    assert.equal(res.status, 204);
    assert.match(res.headers.get('set-cookie') ?? '', /^digiplein_desk=; .*Max-Age=0/);
    assert.equal((await server.fetch('/api/desk/session', { cookie })).status, 401);
  });

  it('keeps admin routes for admins', async () => {
    const cookie = await server.login(workerA);
    const res = await server.fetch('/api/desk/accounts', { cookie });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as Envelope).error.code, 'forbidden');
    const create = await server.fetch('/api/desk/accounts', {
      method: 'POST',
      cookie,
      json: { name: 'X', email: 'x@test.example', password: 'lang-genoeg-wachtwoord', role: 'admin' },
    });
    assert.equal(create.status, 403);
  });

  it('shows an admin only the own organisation, and adds accounts to it only', async () => {
    const cookieA = await server.login(adminA);
    const listA = (await (await server.fetch('/api/desk/accounts', { cookie: cookieA })).json()) as { accounts: { email: string }[] };
    assert.deepEqual(listA.accounts.map((a) => a.email).sort(), [adminA.email, workerA.email].sort());

    const cookieB = await server.login(adminB);
    const created = await server.fetch('/api/desk/accounts', {
      method: 'POST',
      cookie: cookieB,
      json: { name: 'Nieuw B', email: 'nieuw-b@test.example', password: 'lang-genoeg-wachtwoord', role: 'professional' },
    });
    assert.equal(created.status, 201);
    const listB = (await (await server.fetch('/api/desk/accounts', { cookie: cookieB })).json()) as { accounts: { email: string }[] };
    assert.deepEqual(listB.accounts.map((a) => a.email).sort(), [adminB.email, 'nieuw-b@test.example'].sort());
    const listAAgain = (await (await server.fetch('/api/desk/accounts', { cookie: cookieA })).json()) as { accounts: { email: string }[] };
    assert.equal(listAAgain.accounts.length, 2);

    const newcomer = await server.login({ email: 'nieuw-b@test.example', password: 'lang-genoeg-wachtwoord' });
    const session = (await (await server.fetch('/api/desk/session', { cookie: newcomer })).json()) as { organisation: { id: string } };
    assert.equal(session.organisation.id, 'gemeente-b');

    const duplicate = await server.fetch('/api/desk/accounts', {
      method: 'POST',
      cookie: cookieB,
      json: { name: 'Dubbel', email: adminA.email, password: 'lang-genoeg-wachtwoord', role: 'professional' },
    });
    assert.equal(duplicate.status, 409);
    assert.equal(((await duplicate.json()) as Envelope).error.code, 'email_taken');
  });
});

describe('desk page', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ features: [] });
  });
  after(() => server.stop());

  const embedded = async (cookie?: string) => {
    const res = await server.fetch('/desk', { cookie });
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    const match = /<script type="application\/json" id="digiplein-desk-session">(.*?)<\/script>/s.exec(html);
    assert.ok(match, 'session data block');
    return { html, session: JSON.parse(match[1]!) as { account: { name: string } } | null };
  };

  it('embeds no session for a visitor, and the own session once logged in, safely escaped', async () => {
    assert.equal((await embedded()).session, null);
    const professional = await server.createProfessional({ organisationId: 'org-page', name: 'Evil </script><script>alert(1)</script>' });
    const { html, session } = await embedded(await server.login(professional));
    assert.equal(session?.account.name, 'Evil </script><script>alert(1)</script>');
    assert.equal(html.match(/<script/g)?.length, 2, 'only the data block and the desk bundle');
  });
});

describe('logs', () => {
  it('record requests without addresses, e-mail addresses, names, passwords, tokens or bodies', async () => {
    const lines: string[] = [];
    const server = await startServer({ features: [], log: (line) => lines.push(line), trustProxy: true });
    try {
      const admin = await server.createProfessional({ organisationId: 'org-log', role: 'admin', name: 'Fatima Geheimnaam' });
      const headers = { 'x-forwarded-for': '203.0.113.77' };
      await server.fetch('/api/desk/login', { method: 'POST', headers, json: { email: admin.email, password: 'fout-wachtwoord-123' } });
      const cookie = await server.login(admin);
      await server.fetch('/api/desk/accounts', {
        method: 'POST',
        cookie,
        headers,
        json: { name: 'Nieuwe Naam', email: 'nieuw-log@test.example', password: 'nog-een-wachtwoord', role: 'professional' },
      });
      await server.fetch('/api/desk/accounts?email=query-log@test.example', { cookie, headers });
      const log = lines.join('\n');
      assert.match(log, /"route":"\/api\/desk\/login","status":401/);
      assert.match(log, /"message":"desk account created"/);
      for (const secret of [
        admin.email,
        'Fatima',
        'fout-wachtwoord',
        admin.password,
        'Nieuwe Naam',
        'nieuw-log',
        'nog-een-wachtwoord',
        'query-log',
        '203.0.113.77',
        '127.0.0.1',
        cookie.split('=')[1]!,
      ]) {
        assert.ok(!log.includes(secret), `log contains ${secret}`);
      }
    } finally {
      await server.stop();
    }
  });
});
