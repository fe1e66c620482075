import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DigipleinChat } from '../../../src/widgets/chat/define.js';
import { ChatStream, setChatTransport } from '../../../src/widgets/chat/handoff.js';
import type { EventSourceLike } from '../../../src/core/api/events.js';
import { storedKeys } from '../../../src/core/storage/storage.js';
import {
  $,
  $$,
  FakeEventSource,
  askPerson,
  chatConfig,
  fakeFetch,
  msg,
  inlineChat,
  logText,
  resetStorage,
  say,
  waitFor,
} from './helpers.js';
import type { RecordedRequest } from './helpers.js';

const allDay = ['00:00-24:00'];
const alwaysOpen = { ma: allDay, di: allDay, wo: allDay, do: allDay, vr: allDay, za: allDay, zo: allDay };
const serverConfig = (chat: Record<string, unknown> = { openingHours: alwaysOpen }) =>
  chatConfig({ endpoints: { api: 'https://api.testdorp.example' }, chat: { organisation: 'testdorp', ...chat } });

describe('chat stream: reconnect without lost or doubled messages', () => {
  it('drops replays at or below the cursor and resumes from it after a drop', async () => {
    const seen: number[] = [];
    const urls: string[] = [];
    const states: string[] = [];
    FakeEventSource.all = [];
    const stream = new ChatStream(
      (since) => `https://x.example/events?since=${since}`,
      0,
      { message: (m) => seen.push(m.seq), state: (s) => states.push(s.status), typing: () => undefined, connection: (c) => states.push(c) },
      (url) => {
        urls.push(url);
        return new FakeEventSource(url) as unknown as EventSourceLike;
      },
      () => 0,
    );
    const first = FakeEventSource.latest();
    first.emit('message', msg(1, 'system', 'welkom'), 1);
    first.emit('message', msg(2, 'professional', 'hallo'), 2);
    first.emit('message', msg(2, 'professional', 'hallo'), 2); // a duplicate delivery
    first.drop();
    await waitFor(() => FakeEventSource.all.length === 2);
    expect(urls[1]).to.equal('https://x.example/events?since=2');
    const second = FakeEventSource.latest();
    // the server replays a little too much; the client keeps each message once
    second.emit('message', msg(2, 'professional', 'hallo'), 2);
    second.emit('message', msg(3, 'parent', 'dank'), 3);
    second.emit('state', { status: 'active', professional: 'Anna' });
    expect(seen).to.deep.equal([1, 2, 3]);
    expect(states).to.include.members(['reconnecting', 'active']);
    stream.close();
  });
});

describe('chat stream: a stream that goes silent', () => {
  it('reconnects from its cursor when nothing arrives before the deadline, and the messages still arrive', async () => {
    FakeEventSource.all = [];
    const seen: number[] = [];
    const stream = new ChatStream(
      (since) => `https://x.example/events?since=${since}`,
      0,
      { message: (m) => seen.push(m.seq), state: () => undefined, typing: () => undefined, connection: () => undefined },
      (url) => new FakeEventSource(url) as unknown as EventSourceLike,
      () => 0,
      80, // the deadline (25 s in use; the server pings every 10 s)
    );
    const first = FakeEventSource.latest();
    first.emit('message', msg(1, 'professional', 'een'), 1);
    // the connection stays open but nothing more arrives (a proxy swallows it)
    await waitFor(() => FakeEventSource.all.length === 2);
    expect(FakeEventSource.latest().url).to.equal('https://x.example/events?since=1');
    FakeEventSource.latest().emit('message', msg(2, 'professional', 'twee'), 2);
    expect(seen).to.deep.equal([1, 2]);
    // a stream that pings in time is left alone
    const count = FakeEventSource.all.length;
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 40));
      FakeEventSource.latest().emit('ping', {});
    }
    expect(FakeEventSource.all.length).to.equal(count);
    stream.close();
  });
});

describe('<digiplein-chat> handoff to a person', () => {
  let requests: RecordedRequest[];
  beforeEach(() => {
    resetStorage();
    requests = [];
    FakeEventSource.all = [];
    setChatTransport({
      fetch: fakeFetch(
        {
          '/api/chat/conversations': () => ({
            status: 201,
            body: { id: 'c1', token: 'secret-token', state: { status: 'waiting', position: 1, expectedWaitMinutes: 10 } },
          }),
          '/api/chat/conversations/c1/messages': (r) => ({ body: msg(20, 'parent', r.body.text, { clientId: r.body.clientId }) }),
          '/api/chat/conversations/c1/close': () => ({ status: 204 }),
          '/api/chat/conversations/c1/typing': () => ({ status: 204 }),
          '/api/chat/questions': () => ({ status: 201, body: { id: 'q1' } }),
        },
        requests,
      ),
      eventSource: (url) => new FakeEventSource(url) as unknown as EventSourceLike,
    });
  });
  afterEach(() => setChatTransport(undefined));

  it('asks consent, sends nothing before it, then shows waiting, the person, and keeps the bot silent', async () => {
    const { chat, panel } = await inlineChat(serverConfig());
    await say(panel, 'Wie mag in het huis blijven wonen?');
    expect(requests).to.deep.equal([], 'nothing goes to the server before a handoff');

    await askPerson(panel);
    expect($(panel, '.consent')!.textContent).to.contain('Mag de medewerker lezen wat u hier al schreef?');
    await expect(panel).to.be.accessible();

    setTimeout(() =>
      $$<HTMLButtonElement>(panel, '.consent button')
        .find((b) => b.textContent!.includes('Ja, deel het gesprek'))!
        .click(),
    );
    const handoff = await oneEvent(chat, 'digiplein-chat-handoff');
    expect(handoff.detail).to.deep.equal({ stage: 'requested', sharedHistory: true });
    await waitFor(() => logText(panel).some((t) => t.includes('U staat in de wachtrij')));
    const start = requests[0]!;
    expect(start.url).to.equal('https://api.testdorp.example/api/chat/conversations');
    expect(start.body.organisation).to.equal('testdorp');
    expect(start.body.shareHistory).to.equal(true);
    expect(start.body.history[0]).to.deep.equal({ from: 'parent', text: 'Wie mag in het huis blijven wonen?' });
    expect(start.body.history[1].from).to.equal('bot');
    expect(logText(panel).at(-1)).to.contain('Er is nog 1 persoon voor u. Verwachte wachttijd: ongeveer 10 minuten.');
    await expect(panel).to.be.accessible();

    const source = await waitFor(() => FakeEventSource.all.at(-1));
    expect(source.url).to.equal('https://api.testdorp.example/api/chat/conversations/c1/events?token=secret-token&since=0');
    // as the server does: the shared history first (messages 1…n), then its own and Anna's
    source.emit('message', msg(1, 'parent', 'Wie mag in het huis blijven wonen?'), 1);
    source.emit('message', msg(2, 'bot', start.body.history[1].text), 2);
    source.emit('message', msg(3, 'system', 'Uw vraag is doorgezet naar een medewerker.'), 3);
    source.emit('state', { status: 'active', professional: 'Anna' });
    source.emit('message', msg(4, 'professional', 'Hallo, ik ben Anna.', { name: 'Anna' }), 4);
    await panel.updateComplete;
    expect(logText(panel).filter((t) => t.includes('Wie mag in het huis blijven wonen?')).length).to.equal(
      1,
      'the shared history shows once',
    );
    expect(logText(panel).join(' | ')).to.contain('U praat nu met een medewerker: Anna.');
    expect($(panel, '.badge')!.textContent).to.contain('U praat met een mens');
    // who and when: the name with "Medewerker", the time for screen readers and on hover
    expect(logText(panel).at(-1)).to.equal('Anna · Medewerker, 11:00: Hallo, ik ben Anna.');
    expect($$(panel, '.log .msg.person').at(-1)!.title).to.equal('11:00');
    expect($$(panel, '.log .msg.parent')[0]!.textContent).to.match(/^U, \d\d:\d\d: Wie mag in het huis blijven wonen\?/);
    await expect(panel).to.be.accessible();

    // Anna sees that the parent is typing
    const input = $<HTMLInputElement>(panel, '#input')!;
    input.value = 'W';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => requests.some((r) => r.url.endsWith('/c1/typing')));
    expect(requests.find((r) => r.url.endsWith('/c1/typing'))!.body).to.deep.equal({ typing: true });

    // the bot is silent: a question it could answer goes to Anna only
    const before = $$(panel, '.log .msg.bot').length;
    await say(panel, 'Wie mag in het huis blijven wonen?');
    await waitFor(() => requests.some((r) => r.url.endsWith('/c1/messages')));
    const post = requests.find((r) => r.url.endsWith('/c1/messages'))!;
    expect(post.headers.authorization).to.equal('Bearer secret-token');
    expect(post.body.text).to.equal('Wie mag in het huis blijven wonen?');
    expect($$(panel, '.log .msg.bot').length).to.equal(before);
    // the server echoes the parent's message: shown once
    source.emit('message', msg(20, 'parent', 'Wie mag in het huis blijven wonen?', { clientId: post.body.clientId }), 20);
    await panel.updateComplete;
    expect(logText(panel).filter((t) => t.includes('Wie mag in het huis blijven wonen?')).length).to.equal(2, 'once before, once to Anna');

    // the session survives a page change with the cursor, and reconnects from it
    const saved = JSON.parse(sessionStorage.getItem('digiplein:chat:session')!);
    expect(saved.handoff).to.deep.include({ id: 'c1', lastSeq: 20 });

    source.emit('state', { status: 'closed' });
    await panel.updateComplete;
    expect(logText(panel).at(-1)).to.contain('De medewerker heeft het gesprek afgesloten.');
    expect($(panel, '.badge')).to.equal(null);
  });

  it("while waiting, offers to stop and leave a question instead, as the server's message says", async () => {
    const { panel } = await inlineChat(serverConfig());
    await say(panel, 'Wie mag in het huis blijven wonen?');
    await askPerson(panel);
    $$<HTMLButtonElement>(panel, '.consent button')
      .find((b) => b.textContent!.includes('Ja, deel het gesprek'))!
      .click();
    await waitFor(() => logText(panel).some((t) => t.includes('U staat in de wachtrij')));
    const stop = await waitFor(() => $<HTMLButtonElement>(panel, '.leave-instead button'));
    expect(stop.textContent!.trim()).to.equal('Niet wachten: stoppen en een vraag achterlaten');
    await expect(panel).to.be.accessible();
    stop.click();
    await waitFor(() => requests.some((r) => r.url.endsWith('/c1/close')));
    const q = await waitFor(() => $<HTMLTextAreaElement>(panel, 'form.leave #leave-q'));
    expect(q.value, 'with the question asked').to.equal('Wie mag in het huis blijven wonen?');
    await waitFor(() => panel.shadowRoot!.activeElement?.closest('form.leave'));
    $$<HTMLButtonElement>(panel, 'form.leave button')
      .find((b) => b.textContent!.includes('Toch niet'))!
      .click();
    await panel.updateComplete;
    expect($(panel, 'form.leave'), '"Toch niet" closes the form').to.equal(null);
    expect($(panel, '.closed-hours'), 'and does not say that nobody is there in opening hours').to.equal(null);
  });

  it('shows a refused message with an error and a way to send it again, instead of "wordt verstuurd" for ever', async () => {
    let refuse = true;
    setChatTransport({
      fetch: fakeFetch(
        {
          '/api/chat/conversations': () => ({
            status: 201,
            body: { id: 'c1', token: 'secret-token', state: { status: 'active', professional: 'Anna' } },
          }),
          '/api/chat/conversations/c1/messages': (r) =>
            refuse
              ? { status: 400, body: { error: { code: 'validation', message: { nl: 'Ongeldig', en: 'Invalid' } } } }
              : { body: msg(21, 'parent', r.body.text, { clientId: r.body.clientId }) },
          '/api/chat/conversations/c1/typing': () => ({ status: 204 }),
        },
        requests,
      ),
      eventSource: (url) => new FakeEventSource(url) as unknown as EventSourceLike,
    });
    const { chat, panel } = await inlineChat(serverConfig());
    await askPerson(panel);
    setTimeout(() =>
      $$<HTMLButtonElement>(panel, '.consent button')
        .find((b) => b.textContent!.includes('Ja'))!
        .click(),
    );
    await oneEvent(chat, 'digiplein-chat-handoff');
    await waitFor(() => FakeEventSource.all.at(-1));
    await say(panel, 'Kunt u mij helpen?');
    const failed = await waitFor(() => $(panel, '.log .msg.parent.failed'));
    expect(failed.textContent).to.contain('Dit bericht is niet verstuurd.');
    expect(failed.textContent).to.not.contain('wordt verstuurd');
    await expect(panel).to.be.accessible();
    refuse = false;
    failed.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => !$(panel, '.log .msg.parent.failed') && !$(panel, '.log .msg.parent.pending'));
    const posts = requests.filter((r) => r.url.endsWith('/c1/messages'));
    expect(posts.length).to.equal(2);
    expect(posts[1]!.body.clientId).to.equal(posts[0]!.body.clientId, 'the same message, never stored twice');
  });

  it('marks the launcher unread when a person writes while it is closed, and clears it on open', async () => {
    const chat = await fixture<DigipleinChat>(html`<digiplein-chat mode="launcher" .config=${serverConfig()}></digiplein-chat>`);
    await chat.show();
    const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel'));
    await waitFor(() => $(panel, 'form.composer'));
    await say(panel, 'Ik wil iemand spreken');
    $$<HTMLButtonElement>(panel, '.consent button')
      .find((b) => b.textContent!.includes('Nee, begin opnieuw'))!
      .click();
    const source = await waitFor(() => FakeEventSource.all.at(-1));
    expect(requests[0]!.body.history).to.deep.equal([], 'without consent nothing of the conversation is shared');
    chat.hide();
    await chat.updateComplete;
    source.emit('message', msg(1, 'professional', 'Bent u er nog?', { name: 'Anna' }), 1);
    await waitFor(() => chat.shadowRoot!.querySelector('[part="unread"]'));
    await expect(chat).to.be.accessible();
    await chat.show();
    await waitFor(() => !chat.shadowRoot!.querySelector('[part="unread"]'));
  });

  it('outside opening hours: shows when someone is back, and a question can be left (it is checked first)', async () => {
    const { chat, panel } = await inlineChat(serverConfig({ openingHours: {} }));
    await say(panel, 'Ik wil iemand spreken');
    expect($(panel, '.closed-hours')!.textContent).to.contain('Er is nu niemand beschikbaar');
    await expect(panel).to.be.accessible();
    $$<HTMLButtonElement>(panel, '.closed-hours button')
      .find((b) => b.textContent!.includes('Een vraag achterlaten'))!
      .click();
    await panel.updateComplete;
    const q = $<HTMLTextAreaElement>(panel, '#leave-q')!;
    expect(q.value, 'what the parent wrote last is there to send or change').to.equal('Ik wil iemand spreken');
    expect(panel.shadowRoot!.textContent, 'the line under the form says what leaves the device').to.contain(
      'gaat pas weg als u op ‘Vraag versturen’ drukt',
    );
    q.value = '';
    q.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(panel, 'form.leave')!.requestSubmit();
    await panel.updateComplete;
    const errors = $$(panel, 'form.leave .error').map((e) => e.textContent!.trim());
    expect(errors).to.include.members([
      'Typ uw vraag.',
      'Vul een e-mailadres of een telefoonnummer in.',
      'Geef toestemming, anders kunnen we u niet bereiken.',
    ]);
    const contactError = $$(panel, 'form.leave .error').find((e) => e.textContent!.includes('e-mailadres of een telefoonnummer'))!;
    expect(
      contactError.closest('fieldset')!.querySelector('legend')!.textContent,
      'the error belongs to the contact fields, not the name',
    ).to.contain('Hoe bereiken we u?');
    for (const id of ['#leave-email', '#leave-phone']) expect($(panel, id)!.getAttribute('aria-invalid'), id).to.equal('true');
    expect(getComputedStyle($(panel, '#leave-phone')!).borderTopColor, 'marked like the other fields in error').to.equal(
      getComputedStyle($(panel, '#leave-q')!).borderTopColor,
    );
    expect(requests).to.deep.equal([]);
    await expect(panel).to.be.accessible();

    q.value = 'Kunt u mij bellen over de omgangsregeling? Mijn ex heeft gedreigd mij iets aan te doen.';
    q.dispatchEvent(new Event('input'));
    const phone = $<HTMLInputElement>(panel, '#leave-phone')!;
    phone.value = '06 12345678';
    phone.dispatchEvent(new Event('input'));
    const consent = $<HTMLInputElement>(panel, '#leave-consent')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    setTimeout(() => $<HTMLFormElement>(panel, 'form.leave')!.requestSubmit());
    const e = await oneEvent(chat, 'digiplein-chat-handoff');
    expect(e.detail).to.deep.equal({ stage: 'question-left' });
    expect(requests[0]!.body).to.deep.equal({
      organisation: 'testdorp',
      lang: 'nl',
      question: 'Kunt u mij bellen over de omgangsregeling? Mijn ex heeft gedreigd mij iets aan te doen.',
      phone: '06 12345678',
      consent: true,
    });
    await panel.updateComplete;
    expect(logText(panel).at(-2)).to.contain('Uw vraag is verstuurd.');
    expect($$(panel, '.log .msg').at(-1)!.querySelector('[part="safety"]'), 'danger in a left question brings the safety card').to.exist;
  });

  it('outside opening hours with spreekuren: opens the sign-up form by its element', async () => {
    const config = serverConfig({ openingHours: {} });
    (config as { spreekuren?: unknown[] }).spreekuren = [
      {
        id: 'spreekuur-scheiden',
        name: 'Spreekuur scheiden',
        organisation: 'Wijkteam',
        kind: 'spreekuur',
        location: 'Wijkcentrum',
        email: 'spreekuur@testdorp.example',
      },
    ];
    const { panel } = await inlineChat(config);
    await say(panel, 'Ik wil iemand spreken');
    const button = $$<HTMLButtonElement>(panel, '.closed-hours button').find((b) =>
      b.textContent!.includes('Aanmelden voor een spreekuur'),
    );
    if (!button) return expect.fail(`no spreekuur button: ${$(panel, '.closed-hours')?.textContent}`);
    button.click();
    await panel.updateComplete;
    expect($(panel, '.log digiplein-spreekuur-aanmelding')).to.exist;
  });

  it('without a server it offers the organisation’s own contact details', async () => {
    const { panel } = await inlineChat(chatConfig());
    await say(panel, 'Ik wil iemand spreken');
    const pane = $(panel, '.pane')!;
    expect(pane.textContent).to.contain('Chatten met een medewerker kan hier niet.');
    expect([...pane.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members([
      'tel:09001234567',
      'mailto:scheiden@testdorp.example',
    ]);
    await expect(panel).to.be.accessible();
    expect(storedKeys()).to.deep.equal(['digiplein:chat:session']);
  });

  it('offline: says so, keeps answering from content, and sends waiting messages when back online', async () => {
    const { panel } = await inlineChat(serverConfig());
    window.dispatchEvent(new Event('offline'));
    await panel.updateComplete;
    expect($(panel, '.banner')!.textContent).to.contain('U bent offline');
    await expect(panel).to.be.accessible();
    await say(panel, 'Wie mag in het huis blijven wonen?');
    expect(logText(panel).at(-1)).to.contain('Dat spreekt u samen af.');
    window.dispatchEvent(new Event('online'));
    await panel.updateComplete;
    expect($(panel, '.banner')).to.equal(null);
  });
});
