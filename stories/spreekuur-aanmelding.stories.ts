import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/spreekuur-aanmelding/define.js';
import type { SpreekuurAanmelding } from '../src/widgets/spreekuur-aanmelding/define.js';
import type { DigipleinConfig } from '../src/core/config/schema/index.js';
import { API, installAanmeldingServer, storySlots } from './support/aanmelding-server.js';

/**
 * `<digiplein-spreekuur-aanmelding>`: sign up for a spreekuur in five steps. The stories reach
 * each step as a parent would (choosing and typing through the widget itself), against an
 * in-page stand-in for the server (no network). Everything here is fictional.
 */
installAanmeldingServer();

const base = (api?: string, withSlots = true): DigipleinConfig => ({
  version: 1,
  organisation: {
    name: { nl: 'Gemeente Voorbeeld (fictief)', en: 'Gemeente Voorbeeld (fictional)' },
    privacyStatementUrl: 'https://www.voorbeeld.example/privacy',
    email: 'scheiden@voorbeeld.example',
    phone: '0999-100100',
  },
  spreekuren: [
    {
      id: 'wijkteam',
      name: { nl: 'Spreekuur wijkteam Voorbeeld', en: 'Voorbeeld local team consultation hour' },
      organisation: 'Gemeente Voorbeeld (fictief)',
      kind: 'spreekuur',
      gemeenten: ['GM9901'],
      description: { nl: 'Een half uur met iemand van het wijkteam. Gratis.', en: 'Half an hour with someone from the local team. Free.' },
      location: 'Wijkcentrum De Brug, Brugstraat 1, Voorbeeld (fictief)',
      email: 'wijkteam@voorbeeld.example',
      ...(withSlots
        ? {
            slots: storySlots()
              .filter((s) => s.remaining > 0)
              .map(({ start, end }) => ({ start, end })),
          }
        : {}),
    },
    {
      id: 'bijeenkomst',
      name: { nl: 'Bijeenkomst: kinderen vertellen wat hielp', en: 'Meeting: children tell what helped' },
      organisation: 'Welzijn Regio Voorbeeld (fictief)',
      kind: 'bijeenkomst',
      location: 'Bibliotheek Voorbeeld (fictief)',
      email: 'bijeenkomst@voorbeeld.example',
    },
  ],
  ...(api ? { endpoints: { api } } : {}),
});

type Drive = (el: SpreekuurAanmelding) => Promise<void>;

const tick = async (el: SpreekuurAanmelding) => {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
  }
};
const q = <T extends HTMLElement>(el: SpreekuurAanmelding, s: string) => el.shadowRoot!.querySelector<T>(s);
async function waitFor(el: SpreekuurAanmelding, selector: string) {
  for (let i = 0; i < 100 && !q(el, selector); i++) await new Promise((r) => setTimeout(r, 50));
  return q(el, selector);
}
async function press(el: SpreekuurAanmelding, label: RegExp) {
  await tick(el);
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a.button')].find((b) => label.test(b.textContent ?? ''))?.click();
  await tick(el);
}
async function fill(el: SpreekuurAanmelding, id: string, value: string) {
  const input = (await waitFor(el, `#${id}`)) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  await tick(el);
}
async function tickBox(el: SpreekuurAanmelding, selector: string) {
  (await waitFor(el, selector))?.click();
  await tick(el);
}

const toTime: Drive = async (el) => {
  await tickBox(el, '#spreekuur-wijkteam');
  await press(el, /^(Verder|Continue)$/);
  await waitFor(el, '#slot-first');
};
const toDetails: Drive = async (el) => {
  await toTime(el);
  await tickBox(el, '#slot-first');
  await press(el, /^(Verder|Continue)$/);
};
const filled: Drive = async (el) => {
  await toDetails(el);
  await fill(el, 'name', 'Sam');
  await fill(el, 'email', 'sam@voorbeeld.example');
  await fill(el, 'theme', 'kinderen');
  await fill(el, 'question', 'Wij willen een ouderschapsplan maken, maar weten niet hoe we moeten beginnen.');
  await tickBox(el, '#contactBy-email');
  await tickBox(el, '#consent');
};
const toCheck: Drive = async (el) => {
  await filled(el);
  await press(el, /^(Verder|Continue)$/);
};
const sent: Drive = async (el) => {
  await toCheck(el);
  await press(el, /Aanmelding versturen|Send sign-up/);
};

/** No draft or confirmation of an earlier story in this tab. */
const fresh = () => ['draft', 'confirmation'].forEach((k) => sessionStorage.removeItem(`digiplein:aanmelding:${k}`));

/** Starts fresh and drives the element once it is on the page. */
function story(config: DigipleinConfig, drive?: Drive, lang?: string) {
  fresh();
  return html`<digiplein-spreekuur-aanmelding lang=${ifDefined(lang)} .config=${config} .retryDelays=${[60_000]}
    ${ref((node) => {
      const el = node as SpreekuurAanmelding | undefined;
      if (!el || !drive || el.dataset.driven) return;
      el.dataset.driven = 'true';
      void el.updateComplete.then(() => drive(el));
    })}></digiplein-spreekuur-aanmelding>`;
}

const meta: Meta = {
  title: 'Widgets/digiplein-spreekuur-aanmelding',
  component: 'digiplein-spreekuur-aanmelding',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** Step 1: what to sign up for; the gemeente's own spreekuur first. */
export const KiesWat: Story = { name: '1. Kies wat', render: () => story(base(API.ok)) };

/** Step 2: times per day in Amsterdam time; full times are shown as full. */
export const KiesTijd: Story = { name: '2. Kies een tijd (met volle tijden)', render: () => story(base(API.ok), toTime) };

/** Preselected with the `spreekuur` attribute (as the hulpzoeker does): opens at the times. */
export const Voorgekozen: Story = {
  name: 'Voorgekozen spreekuur',
  render: () => {
    fresh();
    return html`<digiplein-spreekuur-aanmelding spreekuur="wijkteam" .config=${base(API.ok)}></digiplein-spreekuur-aanmelding>`;
  },
};

/** Step 3: the details form. */
export const Gegevens: Story = { name: '3. Uw gegevens', render: () => story(base(API.ok), toDetails) };

/** The error summary (focused) and the inline messages after sending an empty form. */
export const Foutmeldingen: Story = {
  name: '3. Uw gegevens: foutmeldingen',
  render: () =>
    story(base(API.ok), async (el) => {
      await toDetails(el);
      await fill(el, 'phone', '12345');
      await fill(el, 'postcode', '0123 AB');
      await press(el, /^(Verder|Continue)$/);
    }),
};

/** Step 4: everything on one page with "change" buttons. */
export const Controleren: Story = { name: '4. Controleren', render: () => story(base(API.ok), toCheck) };

/** The confirmation: reference, summary, what happens next, calendar file and cancelling. */
export const Bevestiging: Story = { name: '5. Bevestiging', render: () => story(base(API.ok), sent) };

/** The network is gone: the data is kept, the widget says so and retries with backoff. */
export const Offline: Story = { name: 'Versturen mislukt (offline)', render: () => story(base(API.offline), sent) };

/** The last place was just taken: back to the times, with the form kept. */
export const TijdNetVol: Story = { name: 'Tijd net vol', render: () => story(base(API.taken), sent) };

/** No times: other ways to get in touch. */
export const GeenTijden: Story = {
  name: 'Geen tijden beschikbaar',
  render: () => {
    fresh();
    return html`<digiplein-spreekuur-aanmelding spreekuur="wijkteam" .config=${base(undefined, false)}></digiplein-spreekuur-aanmelding>`;
  },
};

/** Without a server: times from the config, and the sign-up becomes a prefilled e-mail. */
export const ZonderServer: Story = { name: 'Zonder server (e-mail)', render: () => story(base(), toCheck) };

/** The whole flow in English. */
export const English: Story = { name: 'English: details', render: () => story(base(API.ok), toDetails, 'en') };
