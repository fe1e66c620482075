import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/hulpzoeker/define.js';
import type { Answers } from '../src/widgets/hulpzoeker/flow.js';
import { NL_VOORBEELD_CLASS, installNlVoorbeeldTheme } from './support/nl-voorbeeld-theme.js';
import demoConfig from '../demo/digiplein.json';

/**
 * `<digiplein-hulpzoeker>`: from a parent's question to the right help. Every story uses the
 * demo config of the fictional Gemeente Voorbeeld inline (`.config`), so no server is needed,
 * and opens on one state through the `start` property (or `mode` and `query` for search).
 *
 * Answers a visitor gives here are kept for the browser session, like on a real page; each
 * story forgets them first so it always opens on its own state.
 */
const meta: Meta = {
  title: 'Widgets/digiplein-hulpzoeker',
  component: 'digiplein-hulpzoeker',
  tags: ['autodocs'],
  decorators: [
    (story) => {
      sessionStorage.removeItem('digiplein:hulpzoeker:answers');
      return story();
    },
  ],
};
export default meta;
type Story = StoryObj;

const parent: Answers = { voorWie: 'ouder', themas: ['kinderen'], situatie: 'goed', gemeente: 'GM9901' };
const at = (step: number, answers: Answers = {}) => ({ step, answers });

/** Question 1: for whom. Each question is a fieldset with a legend and can be skipped. */
export const VraagVoorWie: Story = {
  name: 'Vraag 1: voor wie',
  render: () => html`<digiplein-hulpzoeker .config=${demoConfig}></digiplein-hulpzoeker>`,
};

/** Question 2: what is on your mind (several themes). */
export const VraagThemas: Story = {
  name: "Vraag 2: thema's",
  render: () =>
    html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(1, { voorWie: 'ouder', themas: ['kinderen', 'geld'] })}></digiplein-hulpzoeker>`,
};

/** Question 3: how things are between the parents; this sets the level of help. */
export const VraagSituatie: Story = {
  name: 'Vraag 3: hoe gaat het tussen u',
  render: () =>
    html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(2, { voorWie: 'ouder', themas: ['kinderen'] })}></digiplein-hulpzoeker>`,
};

/** Question 4: where do you live (postcode, or a gemeente from the region's list). */
export const VraagWoonplaats: Story = {
  name: 'Vraag 4: woonplaats',
  render: () =>
    html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(3, { voorWie: 'ouder', themas: ['kinderen'], situatie: 'goed' })}></digiplein-hulpzoeker>`,
};

/** The ranked results: light help first, own gemeente before region and national; filter chips; "meld je aan" where there is a spreekuur. */
export const Resultaten: Story = {
  render: () => html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(4, parent)}></digiplein-hulpzoeker>`,
};

/** When the parents hardly speak, heavier help comes first. */
export const ResultatenZwareSituatie: Story = {
  name: 'Resultaten bij een zware situatie',
  render: () =>
    html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(4, { ...parent, themas: ['kinderen', 'emoties'], situatie: 'nauwelijks' })}></digiplein-hulpzoeker>`,
};

/** Nothing matches exactly: never a dead end, the gemeente's wijkteam and the national help. */
export const GeenResultaten: Story = {
  name: 'Geen passende hulp',
  render: () =>
    html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(4, { voorWie: 'kind', themas: ['juridisch'], gemeente: 'GM9901' })}></digiplein-hulpzoeker>`,
};

/** "I do not feel safe": the safety card with 112, Veilig Thuis and the quick exit, above everything. */
export const Veiligheid: Story = {
  render: () =>
    html`<digiplein-hulpzoeker .config=${demoConfig} .start=${at(2, { voorWie: 'ouder', themas: ['kinderen'], situatie: 'onveilig' })}></digiplein-hulpzoeker>`,
};

/** Search mode: typo-tolerant, prefix, Dutch stemming and the config's synonyms (zorgregeling finds omgangsregeling). */
export const Zoeken: Story = {
  render: () => html`<digiplein-hulpzoeker .config=${demoConfig} mode="search" query="zorgregeling"></digiplein-hulpzoeker>`,
};

/** A search that finds nothing still shows where to go. */
export const ZoekenZonderResultaat: Story = {
  name: 'Zoeken zonder resultaat',
  render: () => html`<digiplein-hulpzoeker .config=${demoConfig} mode="search" query="xylofoonles"></digiplein-hulpzoeker>`,
};

/** Bad offer data with `debug`: each problem with its JSON path; the other offers still work. */
export const FoutenInAanbod: Story = {
  name: 'Fouten in het aanbod (debug)',
  tags: ['expected-config-errors'],
  render: () => {
    const broken = {
      ...demoConfig,
      offers: [
        ...demoConfig.offers,
        {
          id: 'zonder-contact',
          name: 'Zonder contact',
          organisation: 'Test',
          description: 'Geen telefoon, mail of website.',
          themes: ['kinderen'],
          level: 'licht',
          audience: ['ouder'],
          contact: {},
          example: true,
        },
        {
          id: 'onbekend-thema',
          name: 'Onbekend thema',
          organisation: 'Test',
          description: 'Een thema dat niet bestaat.',
          themes: ['tuinieren'],
          level: 'licht',
          audience: ['ouder'],
          contact: { phone: '0999-111111' },
          example: true,
        },
      ],
    };
    return html`<digiplein-hulpzoeker debug .config=${broken} .start=${at(4, parent)}></digiplein-hulpzoeker>`;
  },
};

/** The same results in English (`lang="en"`). */
export const Engels: Story = {
  name: 'English',
  render: () => html`<div lang="en"><digiplein-hulpzoeker .config=${demoConfig} .start=${at(4, parent)}></digiplein-hulpzoeker></div>`,
};

/** A gemeente's NL Design System theme (basis tokens on its theme class) flows into the widget. */
export const GemeenteThema: Story = {
  name: 'Thema van een gemeente',
  render: () =>
    html`<div class="sb-theme-proefdorp"><digiplein-hulpzoeker .config=${demoConfig} .start=${at(4, { ...parent, gemeente: 'GM9902' })}></digiplein-hulpzoeker></div>`,
};

/**
 * A real NL Design System theme (the published Voorbeeld design tokens): the widget's buttons,
 * links and fields take its component tokens (`--nl-button-*`, `--utrecht-button-*`,
 * `--nl-link-*`, `--utrecht-textbox-*`) as well as its basis tokens.
 */
export const NlDesignSystemThema: Story = {
  name: 'NL Design System-thema (Voorbeeld design tokens)',
  render: () => {
    installNlVoorbeeldTheme();
    return html`<div class=${NL_VOORBEELD_CLASS}><digiplein-hulpzoeker .config=${demoConfig} .start=${at(4, parent)}></digiplein-hulpzoeker></div>`;
  },
};
