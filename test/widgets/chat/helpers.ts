import { fixture, html } from '@open-wc/testing';
import type { DigipleinChat } from '../../../src/widgets/chat/define.js';
import '../../../src/widgets/chat/define.js';
import type { DigipleinChatPanel } from '../../../src/widgets/chat/panel-define.js';
import '../../../src/widgets/chat/panel-define.js';
import { clearAllData } from '../../../src/core/storage/storage.js';

/** A small gemeente config for the chat tests (fresh object each call). */
export function chatConfig(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    organisation: { name: 'Gemeente Testdorp', phone: '0900-1234567', email: 'scheiden@testdorp.example' },
    knowledgeBase: [
      {
        id: 'huis-wie-blijft',
        question: { nl: 'Wie mag er in het huis blijven wonen?', en: 'Who may stay in the house?' },
        answer: { nl: 'Dat spreekt u samen af.\n\n- Huurhuis: vraag de verhuurder\n- Koophuis: vraag de bank', en: 'You agree on that together.\n\n- Rented: ask the landlord\n- Owned: ask the bank' },
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
export const $$ = <E extends Element = HTMLElement>(panel: DigipleinChatPanel, sel: string) => [...panel.shadowRoot!.querySelectorAll<E>(sel)];

/** Types a message and sends it, then waits for the render. */
export async function say(panel: DigipleinChatPanel, text: string): Promise<void> {
  const input = $<HTMLInputElement>(panel, '#input')!;
  input.value = text;
  $<HTMLFormElement>(panel, 'form.composer')!.requestSubmit();
  await panel.updateComplete;
}

/** The text of the log's messages, in order. */
export function logText(panel: DigipleinChatPanel): string[] {
  return $$(panel, '.log .msg').map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
}

export function resetStorage(): void {
  clearAllData();
}
