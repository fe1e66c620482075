import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/widgets/training/define.js';
import type { DigipleinTraining } from '../src/widgets/training/define.js';
import type { DigipleinConfig } from '../src/core/config/schema/index.js';

/**
 * `<digiplein-training>`: the national training in four chapters, at the parent's own pace. The
 * stories keep nothing in the browser (`ephemeral`) and reach each state through the widget's
 * own buttons and fields, as a parent would.
 */
const config: DigipleinConfig = {
  version: 1,
  organisation: {
    name: { nl: 'Gemeente Voorbeeld (fictief)', en: 'Gemeente Voorbeeld (fictional)' },
    kind: 'gemeente',
    phone: '14 0123',
    website: 'https://www.voorbeeld.example/scheiden',
  },
};

type Seed = (el: DigipleinTraining) => Promise<void>;
const press = async (el: DigipleinTraining, label: RegExp) => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.textContent ?? ''));
  found?.click();
  await el.updateComplete;
  await el.updateComplete;
};
const seeded = (seed: Seed) =>
  ref((node) => {
    const el = node as DigipleinTraining | undefined;
    if (!el || el.dataset.seeded) return;
    el.dataset.seeded = 'true';
    void el.updateComplete.then(() => seed(el));
  });

const toQuestions: Seed = async (el) => {
  await press(el, /^(Begin met de training|Start the training)$/);
  for (let i = 0; i < 10 && !el.shadowRoot!.querySelector('textarea'); i++) await press(el, /^(Volgende|Next)$/);
};
const answered: Seed = async (el) => {
  await toQuestions(el);
  const field = el.shadowRoot!.querySelector('textarea');
  if (field) {
    field.value = 'Dat mijn zoon er niet over wil praten.';
    field.dispatchEvent(new Event('input'));
  }
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
  await el.updateComplete;
};

const meta: Meta = {
  title: 'Widgets/digiplein-training',
  component: 'digiplein-training',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** Before the parent starts: the chapters with their time, and nothing kept yet. */
export const Overzicht: Story = {
  name: 'Overzicht',
  render: () => html`<digiplein-training ephemeral .config=${config}></digiplein-training>`,
};

/** The first part of the first chapter. */
export const Hoofdstuk: Story = {
  name: 'Hoofdstuk',
  render: () =>
    html`<digiplein-training ephemeral .config=${config} ${seeded((el) => press(el, /^Begin met de training$/))}></digiplein-training>`,
};

/** The last part of a chapter: a question to think about, a self-check with its feedback, a next step. */
export const Vragen: Story = {
  name: 'Vragen en zelftoets',
  render: () => html`<digiplein-training ephemeral .config=${config} ${seeded(answered)}></digiplein-training>`,
};

/** An answer that signals danger: the safety help appears under it. */
export const Veiligheid: Story = {
  name: 'Antwoord met een gevaarsignaal',
  render: () =>
    html`<digiplein-training
      ephemeral
      .config=${config}
      ${seeded(async (el) => {
        await toQuestions(el);
        const field = el.shadowRoot!.querySelector('textarea');
        if (!field) return;
        field.value = 'Hij heeft me geslagen en ik durf niet naar huis.';
        field.dispatchEvent(new Event('input'));
      })}
    ></digiplein-training>`,
};

/** Asking before the answers are wiped. */
export const Wissen: Story = {
  name: 'Wissen bevestigen',
  render: () =>
    html`<digiplein-training
      ephemeral
      .config=${config}
      ${seeded(async (el) => {
        await answered(el);
        await press(el, /^Naar het overzicht$/);
        await press(el, /^Wis mijn antwoorden$/);
      })}
    ></digiplein-training>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<digiplein-training ephemeral lang="en" .config=${config} ${seeded(answered)}></digiplein-training>`,
};
