import { fixture, html } from '@open-wc/testing';
import type { DigipleinChat } from '../../../src/widgets/chat/define.js';
import '../../../src/widgets/chat/define.js';
import type { DigipleinChatPanel } from '../../../src/widgets/chat/panel-define.js';
import '../../../src/widgets/chat/panel-define.js';
import { clearAllData } from '../../../src/core/storage/storage.js';
import { safetyLoaded } from '../../../src/core/safety/index.js';
import { loadKnowledge } from '../../../src/widgets/chat/knowledge.js';
import type { ChatMessage } from '../../../src/core/api/chat.js';

/** A message as the server's stream sends it. */
export const msg = (seq: number, from: ChatMessage['from'], text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  seq,
  from,
  text,
  at: '2026-11-23T10:00:00Z',
  ...extra,
});

/** A small gemeente config for the chat tests (fresh object each call). */
export function chatConfig(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    organisation: { name: 'Gemeente Testdorp', phone: '0900-1234567', email: 'scheiden@testdorp.example' },
    knowledgeBase: [
      {
        id: 'huis-wie-blijft',
        question: { nl: 'Wie mag er in het huis blijven wonen?', en: 'Who may stay in the house?' },
        answer: {
          nl: 'Dat spreekt u samen af.\n\n- Huurhuis: vraag de verhuurder\n- Koophuis: vraag de bank',
          en: 'You agree on that together.\n\n- Rented: ask the landlord\n- Owned: ask the bank',
        },
        keywords: ['huis', 'woning', 'blijven wonen'],
        links: [{ label: 'Wonen in Testdorp', url: 'https://www.testdorp.example/wonen' }],
        source: 'https://www.testdorp.example/wonen',
      },
    ],
    ...extra,
  };
}

export async function inlineChat(config: unknown = chatConfig(), lang = 'nl'): Promise<{ chat: DigipleinChat; panel: DigipleinChatPanel }> {
  const chat = await fixture<DigipleinChat>(html`<digiplein-chat lang=${lang} .config=${config}></digiplein-chat>`);
  const panel = await waitFor(() => chat.shadowRoot!.querySelector('digiplein-chat-panel') ?? undefined);
  await panel.updateComplete;
  await waitFor(() => panel.shadowRoot!.querySelector('.log') ?? undefined);
  return { chat, panel };
}

/** Polls until `fn` gives a value (for async loading and rendering), at most ~3 s. */
export async function waitFor<T>(fn: () => T | undefined | null | false, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('waitFor: condition not met');
}

export const $ = <E extends Element = HTMLElement>(panel: DigipleinChatPanel, sel: string) => panel.shadowRoot!.querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(panel: DigipleinChatPanel, sel: string) => [
  ...panel.shadowRoot!.querySelectorAll<E>(sel),
];

/** Types a message and sends it, then waits for the render. */
export async function say(panel: DigipleinChatPanel, text: string): Promise<void> {
  const input = $<HTMLInputElement>(panel, '#input')!;
  input.value = text;
  $<HTMLFormElement>(panel, 'form.composer')!.requestSubmit();
  // the first question waits for the national safety lexicon and knowledge base, which load on demand
  await Promise.all([safetyLoaded(), loadKnowledge()]);
  await panel.updateComplete;
  await handoffLoaded(panel);
}

/** Waits while the handoff's code (a chunk of its own, loaded when a person is asked for) loads. */
export async function handoffLoaded(panel: DigipleinChatPanel): Promise<void> {
  await waitFor(() => !panel.shadowRoot!.querySelector('.person-loading .lazy-loading'));
  await panel.updateComplete;
}

/** Asks for a person with the button under the log, and waits for the handoff's first pane. */
export async function askPerson(panel: DigipleinChatPanel): Promise<void> {
  $$<HTMLButtonElement>(panel, '.foot button')
    .find((b) => b.textContent!.includes('Iemand spreken'))!
    .click();
  await panel.updateComplete;
  await handoffLoaded(panel);
}

/** The text of the log's messages, in order. */
export function logText(panel: DigipleinChatPanel): string[] {
  return $$(panel, '.log .msg').map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
}

export function resetStorage(): void {
  clearAllData();
}

/** A scripted EventSource: tests push events and drop the connection. */
export class FakeEventSource {
  static all: FakeEventSource[] = [];
  readyState = 0;
  onerror: ((e: Event) => void) | null = null;
  onopen: ((e: Event) => void) | null = null;
  private listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
    queueMicrotask(() => {
      if (this.readyState === 2) return;
      this.readyState = 1;
      this.onopen?.(new Event('open'));
    });
  }
  addEventListener(type: string, l: (e: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  emit(type: string, data: unknown, id?: number): void {
    const e = new MessageEvent<string>(type, { data: JSON.stringify(data), lastEventId: id === undefined ? '' : String(id) });
    this.listeners.get(type)?.forEach((l) => l(e));
  }
  /** The network drops and the browser gives up (CLOSED): the client must reconnect itself. */
  drop(): void {
    this.readyState = 2;
    this.onerror?.(new Event('error'));
  }
  close(): void {
    this.readyState = 2;
  }
  static latest(): FakeEventSource {
    return FakeEventSource.all.at(-1)!;
  }
}

export interface RecordedRequest {
  url: string;
  method: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Record<string, string>;
}

/** A fake server for the widget's fetch: answers by path. */
export function fakeFetch(
  routes: Record<string, (req: RecordedRequest) => { status?: number; body?: unknown }>,
  log: RecordedRequest[],
): typeof fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const req: RecordedRequest = {
      url,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
    };
    log.push(req);
    const path = new URL(url).pathname;
    const route = Object.entries(routes).find(([p]) => new RegExp(`^${p}$`).test(path));
    if (!route)
      return new Response(JSON.stringify({ error: { code: 'not_found' } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    const { status = 200, body } = route[1](req);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

/**
 * A controllable import of a lazy chunk, for a setter like `setPersonImport`: each import waits
 * until the test settles it, with the real module (`resolve()`) or a network failure (`reject()`).
 */
export function controlledImport<M>(set: (load: () => Promise<M>) => void, real: () => Promise<M>): { resolve(): void; reject(): void }[] {
  const calls: { resolve(): void; reject(): void }[] = [];
  set(
    () =>
      new Promise<M>((resolve, reject) =>
        calls.push({
          resolve: () => void real().then(resolve),
          reject: () => reject(new TypeError('Failed to fetch dynamically imported module')),
        }),
      ),
  );
  return calls;
}

/** A conversation with a person stored in this tab, as a page change leaves it (the panel restores it). */
export function storeHandoffSession(items: unknown[], handoff: { lastSeq: number; state: unknown }): void {
  sessionStorage.setItem(
    'digiplein:chat:session',
    JSON.stringify({
      v: 1,
      items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }, { id: 'p1', from: 'parent', text: 'Ik wil iemand spreken' }, ...items],
      handoff: { id: 'c1', token: 'secret-token', ...handoff },
    }),
  );
}
