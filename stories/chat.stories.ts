import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/chat/define.js';
// In the bundle the panel loads on first open; stories load it up front so every state renders at once.
import '../src/widgets/chat/panel-define.js';
import { setChatTransport } from '../src/widgets/chat/handoff.js';
import type { EventSourceLike } from '../src/core/api/events.js';
import type { ChatSession } from '../src/widgets/chat/transcript-store.js';
import type { ChatMessage, ConversationState } from '../src/core/api/chat.js';
import demoConfig from '../demo/digiplein.json';

/**
 * `<digiplein-chat>`: the DigiBegeleider. Every story uses the demo config of the fictional
 * Gemeente Voorbeeld inline (`.config`). A conversation in progress is shown the way a real
 * page resumes one: from the browser session (`digiplein:chat:session`); the states with a
 * person use a scripted stand-in for the server, so no network is needed.
 */
const KEY = 'digiplein:chat:session';
const allDay = ['00:00-24:00'];
const alwaysOpen = { ma: allDay, di: allDay, wo: allDay, do: allDay, vr: allDay, za: allDay, zo: allDay };
const withChat = (chat: Record<string, unknown>, api = true) => ({
  ...demoConfig,
  ...(api ? { endpoints: { api: 'https://api.voorbeeld.example' } } : {}),
  chat: { ...demoConfig.chat, ...chat },
});
const openConfig = withChat({ openingHours: alwaysOpen });
const closedConfig = withChat({ openingHours: {} });

/** A scripted server: the stream sends `events` once it opens; POSTs answer politely. */
function fakeServer(events: { event: string; data: ChatMessage | ConversationState; id?: number }[]) {
  setChatTransport({
    fetch: (async () =>
      new Response(JSON.stringify({ seq: 99, from: 'parent', text: '', at: new Date().toISOString() }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch,
    eventSource: () => {
      const listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
      const source: EventSourceLike & { readyState: number } = {
        readyState: 1,
        onerror: null,
        onopen: null,
        addEventListener: (type, l) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
        close: () => undefined,
      };
      setTimeout(() => {
        source.onopen?.(new Event('open'));
        for (const e of events) {
          const msg = new MessageEvent<string>(e.event, { data: JSON.stringify(e.data), lastEventId: e.id ? String(e.id) : '' });
          listeners.get(e.event)?.forEach((l) => l(msg));
        }
      });
      return source;
    },
  });
}

const seed = (session?: Partial<ChatSession>) => {
  sessionStorage.removeItem(KEY);
  setChatTransport(undefined);
  if (session) sessionStorage.setItem(KEY, JSON.stringify({ v: 1, items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }], ...session }));
};
const asked = (text: string) => ({ id: `p-${text.length}`, from: 'parent' as const, text });
const at = '2026-11-23T10:00:00.000Z';

const meta: Meta = {
  title: 'Widgets/digiplein-chat',
  component: 'digiplein-chat',
  tags: ['autodocs'],
  decorators: [(story) => html`<div class="chat-story">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

/** The launcher as it sits on every page: a small named button in the corner; the chat loads on the first click. */
export const LauncherDicht: Story = {
  name: 'Launcher: dicht',
  render: () => {
    seed();
    return html`<p>Een pagina van de gemeente. Rechtsonder staat de chatknop.</p>
      <digiplein-chat mode="launcher" .config=${demoConfig}></digiplein-chat>`;
  },
};

/** The launcher opened: the panel in the corner (full screen on a phone), focus in the input, Escape closes. */
export const LauncherOpen: Story = {
  name: 'Launcher: open',
  render: () => {
    seed({ items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }, asked('Hallo'), { id: 'n', from: 'bot', kind: 'none' }], open: true });
    return html`<digiplein-chat mode="launcher" .config=${demoConfig}></digiplein-chat>`;
  },
};

/** The start: a welcome, the guided conversations as topics, and always a way to a person. */
export const Begin: Story = {
  render: () => {
    seed();
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
};

/** A confident match: the gemeente's own answer with its list, links and source. */
export const Antwoord: Story = {
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Is er een cursus voor ouders?'),
        { id: 'a', from: 'bot', kind: 'answer', entry: 'voorbeeld-cursus-ouders' },
      ],
    });
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
};

/** A weak match: "Bedoelt u…?" with the closest questions. */
export const Suggesties: Story = {
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('ouderschapsplan'),
        { id: 's', from: 'bot', kind: 'suggest', entries: ['ouderschapsplan-verplicht', 'ouderschapsplan-inhoud'] },
      ],
    });
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
};

/** No match: said honestly, with the offer of a person. */
export const GeenAntwoord: Story = {
  name: 'Geen antwoord',
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Waar vraag ik een parkeervergunning aan?'),
        { id: 'n', from: 'bot', kind: 'none' },
      ],
    });
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
};

/** A guided conversation waiting for a choice. */
export const BegeleidGesprek: Story = {
  name: 'Begeleid gesprek',
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Hoe vertel ik het de kinderen?'),
        {
          id: 't1',
          from: 'bot',
          kind: 'text',
          text: {
            nl: 'Dat is voor veel ouders een moeilijk gesprek. U hoeft het niet alleen uit te zoeken.',
            en: 'For many parents this is a hard conversation. You do not have to figure it out alone.',
          },
        },
        {
          id: 't2',
          from: 'bot',
          kind: 'text',
          text: { nl: 'Waar wilt u meer over weten?', en: 'What would you like to know more about?' },
        },
      ],
      flow: {
        conversation: 'kinderen-vertellen',
        answers: {},
        wait: {
          kind: 'choice',
          node: 'wie',
          text: { nl: 'Waar wilt u meer over weten?', en: 'What would you like to know more about?' },
          choices: [
            { label: { nl: 'Hulp voor mij als ouder', en: 'Help for me as a parent' }, next: 'ouders' },
            { label: { nl: 'Steun voor mijn kind', en: 'Support for my child' }, next: 'kinderen' },
            { label: { nl: 'Ik wil iemand spreken', en: 'I want to talk to someone' }, next: 'persoon' },
          ],
        },
      },
    });
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
};

/** Danger words bring up the safety card before anything else, with quick exit. */
export const Veiligheid: Story = {
  render: () => {
    seed({
      items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }, asked('Mijn ex bedreigt me'), { id: 'v', from: 'bot', kind: 'safety' }],
    });
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
};

/** Handed over: waiting in the queue, with position and expected wait. */
export const Wachten: Story = {
  name: 'Wachten op een medewerker',
  render: () => {
    const waiting: ConversationState = { status: 'waiting', position: 1, expectedWaitMinutes: 10 };
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Ik wil iemand spreken'),
        { id: 'w', from: 'bot', kind: 'notice', key: 'handoff.waiting', params: { position: 1, wait: 10 } },
        { id: 's1', from: 'system', seq: 1, text: 'Uw vraag is doorgezet naar een medewerker. U krijgt hier antwoord.' },
      ],
      handoff: { id: 'demo', token: 'demo', lastSeq: 1, state: waiting },
    });
    fakeServer([{ event: 'state', data: waiting }]);
    return html`<digiplein-chat .config=${openConfig}></digiplein-chat>`;
  },
};

/** Talking to a person: clearly marked, the person's name, typing; the bot is silent. */
export const MetEenMens: Story = {
  name: 'In gesprek met een medewerker',
  render: () => {
    const active: ConversationState = { status: 'active', professional: 'Sanne (fictief)' };
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Ik wil iemand spreken'),
        { id: 'a1', from: 'bot', kind: 'notice', key: 'handoff.active', params: { name: 'Sanne (fictief)' } },
        {
          id: 's2',
          from: 'professional',
          seq: 2,
          name: 'Sanne (fictief)',
          text: 'Goedemorgen, ik ben Sanne van het wijkteam. Waar kan ik u mee helpen?',
        },
      ],
      handoff: { id: 'demo', token: 'demo', lastSeq: 2, state: active },
    });
    fakeServer([
      { event: 'state', data: active },
      { event: 'message', id: 3, data: { seq: 3, from: 'professional', name: 'Sanne (fictief)', text: 'Neem gerust de tijd.', at } },
    ]);
    return html`<digiplein-chat .config=${openConfig}></digiplein-chat>`;
  },
};

/** Outside opening hours: when someone is back, leave a question, or the spreekuur sign-up. */
export const BuitenOpeningstijden: Story = {
  name: 'Buiten openingstijden',
  render: () => {
    seed({ items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }, asked('Ik wil iemand spreken')] });
    return html`<digiplein-chat .config=${closedConfig}></digiplein-chat>`;
  },
  play: async ({ canvasElement }) => {
    const chat = canvasElement.querySelector('digiplein-chat')!;
    const panel = await until(() => chat.shadowRoot?.querySelector('digiplein-chat-panel')?.shadowRoot?.querySelector('.foot button'));
    (panel as HTMLButtonElement).click();
  },
};

/** Asking for a person while someone is there: may the professional read what was written? Escape goes back. */
export const Toestemming: Story = {
  name: 'Toestemming om het gesprek te delen',
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Is er een cursus voor ouders?'),
        { id: 'a', from: 'bot', kind: 'answer', entry: 'voorbeeld-cursus-ouders' },
      ],
    });
    return html`<digiplein-chat .config=${openConfig}></digiplein-chat>`;
  },
  play: async ({ canvasElement }) => {
    const chat = canvasElement.querySelector('digiplein-chat')!;
    const button = await until(() => chat.shadowRoot?.querySelector('digiplein-chat-panel')?.shadowRoot?.querySelector('.foot button'));
    (button as HTMLButtonElement).click();
  },
};

/** Outside opening hours, the form to leave a question (the only composer shown; e-mail or phone). */
export const VraagAchterlaten: Story = {
  name: 'Een vraag achterlaten',
  render: () => {
    seed({ items: [{ id: 'welcome', from: 'bot', kind: 'welcome' }, asked('Ik wil iemand spreken')] });
    return html`<digiplein-chat .config=${closedConfig}></digiplein-chat>`;
  },
  play: async ({ canvasElement }) => {
    const root = () => canvasElement.querySelector('digiplein-chat')?.shadowRoot?.querySelector('digiplein-chat-panel')?.shadowRoot;
    ((await until(() => root()?.querySelector('.foot button'))) as HTMLButtonElement).click();
    const leave = await until(() =>
      [...(root()?.querySelectorAll<HTMLButtonElement>('.closed-hours button') ?? [])].find((b) =>
        b.textContent!.includes('Een vraag achterlaten'),
      ),
    );
    leave.click();
  },
};

/** Offline: the bot keeps answering from content; messages to a person wait until the connection is back. */
export const Offline: Story = {
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Wat staat er in een ouderschapsplan?'),
        { id: 'a', from: 'bot', kind: 'answer', entry: 'ouderschapsplan-inhoud' },
      ],
    });
    return html`<digiplein-chat .config=${demoConfig}></digiplein-chat>`;
  },
  play: async ({ canvasElement }) => {
    await until(() =>
      canvasElement.querySelector('digiplein-chat')?.shadowRoot?.querySelector('digiplein-chat-panel')?.shadowRoot?.querySelector('.log'),
    );
    window.dispatchEvent(new Event('offline'));
  },
};

/** English: every string and the content in English (`lang="en"`). */
export const English: Story = {
  render: () => {
    seed({
      items: [
        { id: 'welcome', from: 'bot', kind: 'welcome' },
        asked('Do we have to make a parenting plan?'),
        { id: 'a', from: 'bot', kind: 'answer', entry: 'ouderschapsplan-verplicht' },
      ],
    });
    return html`<digiplein-chat lang="en" .config=${demoConfig}></digiplein-chat>`;
  },
};

async function until<T>(fn: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('story element did not render');
}
