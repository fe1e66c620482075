// The desk's chat view (src/desk/views/chat.ts): the log follows new messages unless the
// professional scrolled up, closing a conversation asks once more, and focus stays somewhere
// sensible after an action that removes the button that had it.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/desk/views/chat-define.js';
import type { DeskChatView } from '../../src/desk/views/chat.js';

const session = {
  account: { id: 'acc-1', name: 'Sanne (fictief)', email: 'balie@voorbeeld.example', role: 'professional' as const },
  organisation: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};

const conversation = {
  id: 'c-1',
  status: 'active',
  lang: 'nl',
  createdAt: '2026-12-07T09:00:00.000Z',
  takenBy: 'Sanne (fictief)',
  mine: true,
  lastMessageAt: '2026-12-07T09:10:00.000Z',
  messageCount: 30,
};
const message = (seq: number, from: 'parent' | 'professional' = 'parent') => ({
  seq,
  from,
  text: `Bericht ${seq}: ${'een lange zin over de kinderen en de week. '.repeat(3)}`,
  at: '2026-12-07T09:00:00.000Z',
});
const question = {
  id: 'q-1',
  createdAt: '2026-12-07T08:00:00.000Z',
  lang: 'nl',
  question: 'Mag ik verhuizen met de kinderen?',
  handled: false,
};

/** The desk's event stream, driven by the test. */
class FakeEventSource extends EventTarget {
  static last?: FakeEventSource;
  static readonly CLOSED = 2;
  readyState = 1;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
  }
  close(): void {
    this.readyState = 2;
  }
  send(type: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

describe('desk: chat view', () => {
  const originalFetch = window.fetch;
  const originalEventSource = window.EventSource;
  const posts: string[] = [];
  let handled = false;
  let closed = false;
  let failClose = false;
  before(() => {
    window.EventSource = FakeEventSource as unknown as typeof EventSource;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (init?.method === 'POST') {
        posts.push(url);
        if (url.endsWith('/close')) {
          if (failClose) return Response.json({ error: { code: 'internal', message: { nl: 'Mislukt.', en: 'Failed.' } } }, { status: 409 });
          closed = true;
          return Response.json({ ok: true });
        }
        if (url.endsWith('/handled')) handled = true;
        if (url.endsWith('/messages'))
          return Response.json({ ...message(31, 'professional'), text: 'Dank u, ik kijk mee.', name: 'Sanne' });
        return Response.json({ ok: true });
      }
      if (url.endsWith('/conversations'))
        return Response.json({
          conversations: closed ? [] : [conversation, { ...conversation, id: 'c-2', createdAt: '2026-12-07T09:30:00.000Z' }],
        });
      if (url.endsWith('/conversations/c-2'))
        return Response.json({
          conversation: { ...conversation, id: 'c-2' },
          messages: Array.from({ length: 30 }, (_, i) => message(i + 1)),
        });
      if (url.endsWith('/questions')) return Response.json({ questions: [{ ...question, handled }] });
      if (url.endsWith('/conversations/c-1'))
        return Response.json({
          conversation,
          messages: Array.from({ length: 30 }, (_, i) => message(i + 1, i % 2 ? 'professional' : 'parent')),
        });
      return new Response(null, { status: 404 });
    }) as typeof fetch;
  });
  after(() => {
    window.fetch = originalFetch;
    window.EventSource = originalEventSource;
  });
  beforeEach(() => {
    closed = false;
    handled = false;
    failClose = false;
  });

  async function mountWithConversation(): Promise<DeskChatView> {
    const el = await fixture<DeskChatView>(html`<digiplein-desk-chat lang="nl" .session=${session}></digiplein-desk-chat>`);
    const root = el.shadowRoot!;
    const open = () => root.querySelector<HTMLButtonElement>('button[aria-label^="Gesprek van"]');
    await waitUntil(open, 'the conversation is listed');
    open()!.click();
    await waitUntil(() => root.querySelector('.log .msg'), 'the conversation opens');
    await el.updateComplete;
    return el;
  }
  const log = (el: DeskChatView) => el.shadowRoot!.querySelector<HTMLElement>('.log')!;
  const atEnd = (box: HTMLElement) => box.scrollHeight - box.scrollTop - box.clientHeight < 2;
  const button = (el: DeskChatView, text: string) =>
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

  it('opens a long conversation at its newest message, and follows new ones', async () => {
    const el = await mountWithConversation();
    const box = log(el);
    expect(box.scrollHeight, 'the log scrolls').to.be.greaterThan(box.clientHeight);
    expect(atEnd(box), 'the newest message shows').to.equal(true);
    // in Amsterdam time, as the widgets show it, whatever the computer's time zone (09:00 UTC)
    expect(el.shadowRoot!.querySelector('.item .status')!.textContent).to.contain('07-12-2026, 10:00');
    FakeEventSource.last!.send('message', { conversation: 'c-1', message: message(32) });
    await waitUntil(() => box.textContent!.includes('Bericht 32'), 'the new message is in the log');
    await el.updateComplete;
    expect(atEnd(box), 'the new message shows').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the place of a professional who scrolled up to read', async () => {
    const el = await mountWithConversation();
    const box = log(el);
    box.scrollTop = 0;
    await nextFrame();
    FakeEventSource.last!.send('message', { conversation: 'c-1', message: message(33) });
    await waitUntil(() => box.textContent!.includes('Bericht 33'), 'the new message is in the log');
    await el.updateComplete;
    expect(box.scrollTop).to.equal(0);
  });

  it('opens another conversation at its newest message, wherever the last one was scrolled', async () => {
    const el = await mountWithConversation();
    log(el).scrollTop = 0;
    await nextFrame();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Gesprek van 07-12-2026, 10:30 openen"]')!.click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('.item[aria-current="true"] button[aria-label*="10:30"]'),
      'the second conversation opens',
    );
    await el.updateComplete;
    expect(atEnd(log(el))).to.equal(true);
  });

  it('asks before it closes a conversation; "no" goes back to the reply', async () => {
    const el = await mountWithConversation();
    const root = el.shadowRoot!;
    button(el, 'Gesprek afsluiten')!.click();
    await el.updateComplete;
    expect(
      posts.some((p) => p.endsWith('/close')),
      'nothing is closed yet',
    ).to.equal(false);
    const ask = root.querySelector('#close-confirm')!;
    expect(ask.textContent).to.contain('De ouder kan daarna niet meer antwoorden');
    expect(root.activeElement).to.equal(ask);
    await expect(el).to.be.accessible();
    button(el, 'Nee, verder praten')!.click();
    await waitUntil(() => root.activeElement?.id === 'reply', 'focus is back in the reply');
    expect(root.querySelector('#close-confirm')).to.equal(null);
  });

  it('closes after "yes", says so and puts focus on that line', async () => {
    const el = await mountWithConversation();
    const root = el.shadowRoot!;
    button(el, 'Gesprek afsluiten')!.click();
    await el.updateComplete;
    button(el, 'Ja, afsluiten')!.click();
    await waitUntil(() => root.activeElement?.id === 'chat-notice', 'focus is on the notice');
    expect(posts.at(-1)).to.equal('/api/desk/chat/conversations/c-1/close');
    expect(root.querySelector('#chat-notice')!.textContent).to.contain('Het gesprek is afgesloten.');
    expect(root.querySelector('.log')).to.equal(null);
  });

  it('keeps the conversation open when closing fails', async () => {
    const el = await mountWithConversation();
    const root = el.shadowRoot!;
    failClose = true;
    button(el, 'Gesprek afsluiten')!.click();
    await el.updateComplete;
    button(el, 'Ja, afsluiten')!.click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'the error shows');
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Mislukt.');
    expect(root.querySelector('.log'), 'the conversation is still open').to.exist;
    expect(root.querySelector<HTMLElement>('#chat-notice')!.hidden).to.equal(true);
  });

  it('keeps focus with a question marked as handled', async () => {
    const el = await fixture<DeskChatView>(html`<digiplein-desk-chat lang="nl" .session=${session}></digiplein-desk-chat>`);
    const root = el.shadowRoot!;
    await waitUntil(() => button(el, 'Markeer als afgehandeld'), 'the question is listed');
    const mark = button(el, 'Markeer als afgehandeld')!;
    mark.focus();
    mark.click();
    await waitUntil(() => root.activeElement?.classList.contains('handled'), 'focus is on "Afgehandeld"');
    expect(root.activeElement!.textContent).to.contain('Afgehandeld');
    expect(posts.at(-1)).to.equal('/api/desk/chat/questions/q-1/handled');
  });
});
