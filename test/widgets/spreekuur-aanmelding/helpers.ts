import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/widgets/spreekuur-aanmelding/define.js';
import type { SpreekuurAanmelding } from '../../../src/widgets/spreekuur-aanmelding/define.js';
import type { Slot } from '../../../src/core/api/signups.js';

/** A slot `days` days from now at `hour`:00 UTC, 30 minutes long. */
export function slotAt(days: number, hour: number, extra: Partial<Slot> = {}): Slot {
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + days);
  start.setUTCHours(hour, 0, 0, 0);
  const end = new Date(start.getTime() + 30 * 60000);
  return { id: `s-${days}-${hour}`, start: start.toISOString(), end: end.toISOString(), capacity: 1, remaining: 1, ...extra };
}

/** A config with two spreekuren; `api` makes it talk to a (stubbed) server. */
export function testConfig(opts: { api?: string; slots?: boolean } = {}) {
  const s1 = slotAt(2, 9);
  const s2 = slotAt(3, 13);
  return {
    version: 1,
    organisation: {
      name: 'Gemeente Voorbeeld',
      privacyStatementUrl: 'https://www.example.org/privacy',
      phone: '14 020',
      email: 'info@example.org',
    },
    spreekuren: [
      {
        id: 'juridisch-spreekuur',
        name: 'Spreekuur van het juridisch loket',
        organisation: 'Regio Voorbeeld',
        kind: 'spreekuur',
        location: 'Bibliotheek, Dorpsstraat 1',
        email: 'loket@example.org',
        ...(opts.slots === false ? {} : { slots: [{ start: s1.start, end: s1.end }] }),
      },
      {
        id: 'wijkteam-spreekuur',
        name: { nl: 'Spreekuur wijkteam', en: 'Local team consultation hour' },
        organisation: 'Gemeente Voorbeeld',
        kind: 'spreekuur',
        location: 'Wijkcentrum, Kerkplein 2, Voorbeeld',
        email: 'wijkteam@example.org',
        ...(opts.slots === false
          ? {}
          : {
              slots: [
                { start: s1.start, end: s1.end },
                { start: s2.start, end: s2.end, capacity: 3 },
              ],
            }),
      },
    ],
    ...(opts.api ? { endpoints: { api: opts.api } } : {}),
  };
}

export async function mount(config: unknown, attrs: { spreekuur?: string; lang?: string } = {}): Promise<SpreekuurAanmelding> {
  const el = await fixture<SpreekuurAanmelding>(
    html`<digiplein-spreekuur-aanmelding .config=${config} spreekuur=${attrs.spreekuur ?? ''} lang=${attrs.lang ?? 'nl'}></digiplein-spreekuur-aanmelding>`,
  );
  await settle(el);
  return el;
}

export async function settle(el: SpreekuurAanmelding): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

export const $ = <T extends Element = HTMLElement>(el: SpreekuurAanmelding, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: SpreekuurAanmelding, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (el: SpreekuurAanmelding) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Clicks the button (or link) with this text. */
export async function clickButton(el: SpreekuurAanmelding, label: string | RegExp): Promise<void> {
  const match = (t: string) => (typeof label === 'string' ? t.trim() === label : label.test(t));
  const button = $$<HTMLElement>(el, 'button, a.button').find((b) => match(b.textContent!.replace(/\s+/g, ' ').trim()));
  if (!button) throw new Error(`no button "${label}" in: ${text(el)}`);
  button.click();
  await settle(el);
}

/** Types into a field as a person would (input events). */
export async function type(el: SpreekuurAanmelding, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await settle(el);
}

export async function check(el: SpreekuurAanmelding, selector: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.click();
  await settle(el);
}

/** Fills the details step with valid answers. */
export async function fillDetails(el: SpreekuurAanmelding): Promise<void> {
  await type(el, 'name', 'Sam');
  await type(el, 'email', 'sam@example.org');
  await type(el, 'theme', 'kinderen');
  await check(el, '#contactBy-email');
  await check(el, '#consent');
}
