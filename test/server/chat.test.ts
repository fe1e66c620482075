import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { ABANDON_MINUTES, markAbandoned, remindWaiting } from '../../server/features/chat/index.js';
import { openSse } from './chat-helpers.js';
import type { SseReader } from './chat-helpers.js';

let clock = Date.parse('2026-11-23T10:00:00Z');
let server: TestServer;
let cookieA1: string;
let cookieA2: string;
let cookieB: string;
const open: SseReader[] = [];
const sse = async (path: string, cookie?: string, headers: Record<string, string> = {}) => {
  const r = await openSse(new URL(path, server.url).href, { ...(cookie ? { cookie } : {}), ...headers });
  open.push(r);
  return r;
};

async function startChat(
  organisation: string,
  history = [
    { from: 'parent', text: 'Mag ik in het huis blijven?' },
    { from: 'bot', text: 'Dat spreekt u samen af.' },
  ],
) {
  const res = await server.fetch('/api/chat/conversations', {
    method: 'POST',
    json: { organisation, lang: 'nl', shareHistory: true, history },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { id: string; token: string; state: { status: string; position?: number } };
}
const parentPost = (c: { id: string; token: string }, path: string, json: unknown = {}) =>
  server.fetch(`/api/chat/conversations/${c.id}/${path}`, { method: 'POST', json, headers: { authorization: `Bearer ${c.token}` } });
const deskPost = (cookie: string, id: string, path: string, json: unknown = {}) =>
  server.fetch(`/api/desk/chat/conversations/${id}/${path}`, { method: 'POST', json, cookie });

describe('chat handoff relay', () => {
  before(async () => {
    server = await startServer({ now: () => new Date(clock) });
    const a1 = await server.createProfessional({ organisationId: 'org-a', name: 'Anna' });
    const a2 = await server.createProfessional({ organisationId: 'org-a', name: 'Bart' });
    const b = await server.createProfessional({ organisationId: 'org-b', name: 'Chris' });
    [cookieA1, cookieA2, cookieB] = await Promise.all([server.login(a1), server.login(a2), server.login(b)]);
  });
  after(async () => {
    open.forEach((r) => r.close());
    await server.stop();
  });

  it('relays between several parents and professionals, each conversation to its own parent', async () => {
    const deskA = await sse('/api/desk/chat/events', cookieA1);
    const deskA2 = await sse('/api/desk/chat/events', cookieA2);
    const deskB = await sse('/api/desk/chat/events', cookieB);
    await deskA.next((e) => e.event === 'ready');
    await deskB.next((e) => e.event === 'ready');

    const p1 = await startChat('org-a');
    const p2 = await startChat('org-a');
    assert.equal(p1.state.status, 'waiting');
    assert.equal(p2.state.position, 1, 'the second parent waits behind the first');
    const s1 = await sse(`/api/chat/conversations/${p1.id}/events?token=${p1.token}&since=0`);
    const s2 = await sse(`/api/chat/conversations/${p2.id}/events?token=${p2.token}&since=0`);

    // the shared history and a word from the server arrive first
    const first = await s1.next((e) => e.event === 'message' && e.data.from === 'system');
    assert.match(first.data.text, /doorgezet naar een medewerker/);
    assert.deepEqual(
      s1.events
        .filter((e) => e.event === 'message')
        .map((e) => e.data.from)
        .slice(0, 2),
      ['parent', 'bot'],
    );

    // both professionals of org A see both conversations; org B sees none of them
    await deskA2.next((e) => e.event === 'conversation' && e.data.id === p2.id);
    const listA = (await (await server.fetch('/api/desk/chat/conversations', { cookie: cookieA2 })).json()) as {
      conversations: { id: string }[];
    };
    assert.deepEqual(
      listA.conversations.map((c) => c.id),
      [p1.id, p2.id],
    );
    const listB = (await (await server.fetch('/api/desk/chat/conversations', { cookie: cookieB })).json()) as { conversations: unknown[] };
    assert.equal(listB.conversations.length, 0);

    // Anna takes p1, Bart takes p2; Bart cannot take p1 any more
    assert.equal((await deskPost(cookieA1, p1.id, 'take')).status, 200);
    const active = await s1.next((e) => e.event === 'state' && e.data.status === 'active');
    assert.equal(active.data.professional, 'Anna');
    const moved = await s2.next((e) => e.event === 'state' && e.data.position === 0);
    assert.equal(moved.data.status, 'waiting');
    const taken = await deskPost(cookieA2, p1.id, 'take');
    assert.equal(taken.status, 409);
    assert.equal(((await taken.json()) as { error: { code: string } }).error.code, 'not_yours');
    assert.equal((await deskPost(cookieA2, p2.id, 'take')).status, 200);

    // replies go to the right parent only
    assert.equal((await deskPost(cookieA1, p1.id, 'messages', { text: 'Hallo, ik ben Anna.', clientId: 'anna-0001' })).status, 200);
    assert.equal((await deskPost(cookieA2, p2.id, 'messages', { text: 'Hallo, ik ben Bart.', clientId: 'bart-0001' })).status, 200);
    const toP1 = await s1.next((e) => e.event === 'message' && e.data.from === 'professional');
    const toP2 = await s2.next((e) => e.event === 'message' && e.data.from === 'professional');
    assert.equal(toP1.data.text, 'Hallo, ik ben Anna.');
    assert.equal(toP1.data.name, 'Anna');
    assert.equal(toP2.data.text, 'Hallo, ik ben Bart.');
    assert.ok(!s1.events.some((e) => e.data?.text === 'Hallo, ik ben Bart.'));

    // Bart cannot write in Anna's conversation
    assert.equal((await deskPost(cookieA2, p1.id, 'messages', { text: 'Ik ook', clientId: 'bart-0002' })).status, 409);

    // the parent answers; the desk of org A gets it, the desk of org B does not
    assert.equal((await parentPost(p1, 'messages', { text: 'Dank u!', clientId: 'parent-0001' })).status, 200);
    await deskA.next((e) => e.event === 'message' && e.data.conversation === p1.id && e.data.message.text === 'Dank u!');
    // typing reaches the parent
    assert.equal((await deskPost(cookieA1, p1.id, 'typing', { typing: true })).status, 204);
    await s1.next((e) => e.event === 'typing' && e.data.typing === true);
    // closing tells the parent
    assert.equal((await deskPost(cookieA1, p1.id, 'close')).status, 204);
    await s1.next((e) => e.event === 'state' && e.data.status === 'closed');
    assert.equal((await parentPost(p1, 'messages', { text: 'Nog iets', clientId: 'parent-0002' })).status, 409);
    assert.ok(!deskB.events.some((e) => e.event !== 'ready'), 'org B heard nothing of org A');
  });

  it('keeps organisations apart: another organisation gets 404, a wrong token too', async () => {
    const p = await startChat('org-a');
    assert.equal((await server.fetch(`/api/desk/chat/conversations/${p.id}`, { cookie: cookieB })).status, 404);
    assert.equal((await deskPost(cookieB, p.id, 'take')).status, 404);
    assert.equal((await deskPost(cookieB, p.id, 'messages', { text: 'x', clientId: 'chris-0001' })).status, 404);
    assert.equal((await parentPost({ id: p.id, token: 'wrong-token' }, 'messages', { text: 'x', clientId: 'parent-0009' })).status, 404);
    const stream = await sse(`/api/chat/conversations/${p.id}/events?token=nope`);
    assert.equal(stream.status, 404);
    const full = (await (await server.fetch(`/api/desk/chat/conversations/${p.id}`, { cookie: cookieA1 })).json()) as {
      messages: { from: string; text: string }[];
    };
    assert.equal(full.messages[0]!.text, 'Mag ik in het huis blijven?', 'the desk reads the shared history');
    assert.equal(
      (
        await server.fetch('/api/chat/conversations', {
          method: 'POST',
          json: { organisation: 'org-unknown', lang: 'nl', shareHistory: false, history: [] },
        })
      ).status,
      404,
    );
  });

  it('shares history only with consent', async () => {
    const res = await server.fetch('/api/chat/conversations', {
      method: 'POST',
      json: { organisation: 'org-a', lang: 'nl', shareHistory: false, history: [{ from: 'parent', text: 'geheim' }] },
    });
    assert.equal(res.status, 400);
    const p = await startChat('org-a', []);
    const full = (await (await server.fetch(`/api/desk/chat/conversations/${p.id}`, { cookie: cookieA1 })).json()) as {
      messages: { from: string }[];
    };
    assert.ok(full.messages.every((m) => m.from === 'system'));
    // the parent may end it; the desk reads that they did
    assert.equal((await parentPost(p, 'close')).status, 204);
    const closed = (await (await server.fetch(`/api/desk/chat/conversations/${p.id}`, { cookie: cookieA1 })).json()) as {
      conversation: { status: string };
      messages: { text: string }[];
    };
    assert.equal(closed.conversation.status, 'closed');
    assert.match(closed.messages.at(-1)!.text, /De ouder heeft het gesprek beëindigd/);
  });

  it('resumes a stream after a drop without lost or doubled messages, and a retried POST adds nothing', async () => {
    const p = await startChat('org-a', []);
    await deskPost(cookieA1, p.id, 'take');
    const s = await sse(`/api/chat/conversations/${p.id}/events?token=${p.token}&since=0`);
    await deskPost(cookieA1, p.id, 'messages', { text: 'een', clientId: 'seq-00001' });
    const one = await s.next((e) => e.event === 'message' && e.data.text === 'een');
    s.close(); // the network drops
    await deskPost(cookieA1, p.id, 'messages', { text: 'twee', clientId: 'seq-00002' });
    const retry = await parentPost(p, 'messages', { text: 'drie', clientId: 'parent-retry-1' });
    const again = await parentPost(p, 'messages', { text: 'drie', clientId: 'parent-retry-1' });
    assert.equal(((await retry.json()) as { seq: number }).seq, ((await again.json()) as { seq: number }).seq);
    // the browser reconnects with Last-Event-ID (and an older since in the URL)
    const back = await sse(`/api/chat/conversations/${p.id}/events?token=${p.token}&since=0`, undefined, { 'last-event-id': one.id! });
    await back.next((e) => e.event === 'message' && e.data.text === 'drie');
    await deskPost(cookieA1, p.id, 'messages', { text: 'vier', clientId: 'seq-00004' });
    await back.next((e) => e.event === 'message' && e.data.text === 'vier');
    const texts = back.events.filter((e) => e.event === 'message').map((e) => e.data.text);
    assert.deepEqual(texts, ['twee', 'drie', 'vier']);
    const seqs = back.events.filter((e) => e.event === 'message').map((e) => Number(e.id));
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => a - b),
    );
  });

  it('shows a waiting conversation whose parent left as abandoned, apart, until the parent comes back', async () => {
    const listConv = async (id: string) => {
      const list = (await (await server.fetch('/api/desk/chat/conversations', { cookie: cookieA1 })).json()) as {
        conversations: { id: string; status: string; abandoned?: boolean }[];
      };
      return list.conversations.find((c) => c.id === id);
    };
    const gone = await startChat('org-a', []);
    const stays = await startChat('org-a', []);
    const s1 = await sse(`/api/chat/conversations/${gone.id}/events?token=${gone.token}&since=0`);
    const s2 = await sse(`/api/chat/conversations/${stays.id}/events?token=${stays.token}&since=0`);
    await s1.next((e) => e.event === 'state');
    await s2.next((e) => e.event === 'state');
    s1.close(); // the parent closed the tab
    await new Promise((r) => setTimeout(r, 100));
    clock += (ABANDON_MINUTES - 1) * 60_000;
    await markAbandoned(server.app.ctx);
    assert.equal((await listConv(gone.id))?.abandoned, undefined, 'not before the timeout');
    clock += 2 * 60_000;
    assert.ok((await markAbandoned(server.app.ctx)) >= 1);
    assert.equal((await listConv(gone.id))?.abandoned, true);
    assert.equal((await listConv(gone.id))?.status, 'waiting');
    assert.equal((await listConv(stays.id))?.abandoned, undefined, 'a parent still connected is never abandoned');

    // the parent comes back (a page change): in the queue again
    const back = await sse(`/api/chat/conversations/${gone.id}/events?token=${gone.token}&since=0`);
    await back.next((e) => e.event === 'state');
    assert.equal((await listConv(gone.id))?.abandoned, undefined);
    for (const c of [gone, stays]) await deskPost(cookieA1, c.id, 'close');
  });

  it('caps open event streams per conversation (and per address), answering 429 beyond it', async () => {
    const p = await startChat('org-a', []);
    const url = new URL(`/api/chat/conversations/${p.id}/events?token=${p.token}&since=0`, server.url).href;
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await openSse(url));
    const refused = await fetch(url);
    assert.equal(refused.status, 429, 'a sixth stream for one conversation');
    await refused.body?.cancel();
    streams.forEach((s) => s.close());
    await new Promise((r) => setTimeout(r, 200));
    const again = await openSse(url);
    again.close();
    await deskPost(cookieA1, p.id, 'close');
  });

  it('never leaves a waiting parent without a word, and forgets chats after the retention period', async () => {
    const p = await startChat('org-a', []);
    const s = await sse(`/api/chat/conversations/${p.id}/events?token=${p.token}&since=0`);
    await s.next((e) => e.event === 'message' && e.data.from === 'system');
    clock += 4 * 60_000;
    assert.ok((await remindWaiting(server.app.ctx)) >= 1);
    const reminder = await s.next((e) => e.event === 'message' && /We zijn u niet vergeten/.test(e.data.text));
    assert.equal(reminder.data.from, 'system');

    const q = await server.fetch('/api/chat/questions', {
      method: 'POST',
      json: { organisation: 'org-a', lang: 'nl', question: 'Kunt u mij terugbellen?', phone: '06 12345678', consent: true },
    });
    assert.equal(q.status, 201);
    const qa = (await (await server.fetch('/api/desk/chat/questions', { cookie: cookieA1 })).json()) as {
      questions: { question: string; phone?: string }[];
    };
    assert.equal(qa.questions[0]!.question, 'Kunt u mij terugbellen?');
    const qb = (await (await server.fetch('/api/desk/chat/questions', { cookie: cookieB })).json()) as { questions: unknown[] };
    assert.equal(qb.questions.length, 0);

    clock += 31 * 24 * 60 * 60_000;
    await server.app.runRetention();
    cookieA1 = await server.login(await server.createProfessional({ organisationId: 'org-a', name: 'Dirk' }));
    assert.equal((await server.fetch(`/api/desk/chat/conversations/${p.id}`, { cookie: cookieA1 })).status, 404);
    const after = (await (await server.fetch('/api/desk/chat/questions', { cookie: cookieA1 })).json()) as { questions: unknown[] };
    assert.equal(after.questions.length, 0);
  });

  it('flags a conversation in the desk when the parent writes a danger signal, and not for a look-alike', async () => {
    const calm = await startChat('org-a', [{ from: 'parent', text: 'Mijn ex dreigt met een advocaat.' }]);
    const list = async () =>
      (
        (await (await server.fetch('/api/desk/chat/conversations', { cookie: cookieA1 })).json()) as {
          conversations: { id: string; safety?: string }[];
        }
      ).conversations;
    assert.equal((await list()).find((c) => c.id === calm.id)?.safety, undefined, 'a look-alike is not flagged');
    assert.ok((await parentPost(calm, 'messages', { text: 'Ik zoek een veilige plek om te slapen.', clientId: 'flag-msg-1' })).ok);
    assert.equal((await list()).find((c) => c.id === calm.id)?.safety, 'possible');
    assert.ok((await parentPost(calm, 'messages', { text: 'Hij heeft me gisteren geslagen.', clientId: 'flag-msg-2' })).ok);
    assert.equal((await list()).find((c) => c.id === calm.id)?.safety, 'strong');
    assert.ok((await parentPost(calm, 'messages', { text: 'Hoe gaat het verder?', clientId: 'flag-msg-3' })).ok);
    const one = (await (await server.fetch(`/api/desk/chat/conversations/${calm.id}`, { cookie: cookieA1 })).json()) as {
      conversation: { safety?: string };
    };
    assert.equal(one.conversation.safety, 'strong', 'the strongest signal stays');

    const q = await server.fetch('/api/chat/questions', {
      method: 'POST',
      json: { organisation: 'org-a', lang: 'nl', question: 'Hij bedreigt mij en de kinderen.', consent: true },
    });
    assert.equal(q.status, 201);
    const { id } = (await q.json()) as { id: string };
    const questions = (await (await server.fetch('/api/desk/chat/questions', { cookie: cookieA1 })).json()) as {
      questions: { id: string; safety?: string }[];
    };
    assert.equal(questions.questions.find((x) => x.id === id)?.safety, 'strong');
  });
});
