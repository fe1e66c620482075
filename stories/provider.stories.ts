import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/provider/define.js';
import './support/example-widget.js';
import '../src/widgets/hulpzoeker/define.js';
import '../src/widgets/stap-tracker/define.js';
import demoConfig from '../demo/digiplein.json';
import { smallConfig } from './support/configs.js';

/**
 * `<digiplein-provider>` shares one config with every widget inside it: the page names its
 * config once, and it is loaded and checked once. The example widgets below stand in for the
 * real ones (hulpzoeker, chat, stap-tracker, spreekuur-aanmelding), which read it the same way.
 */
const meta: Meta = {
  title: 'Basis/digiplein-provider',
  component: 'digiplein-provider',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** Config as an object (`.config`): both widgets show the same organisation. */
export const MetConfigObject: Story = {
  name: 'Config als object',
  render: () => html`<digiplein-provider .config=${smallConfig}>
    <digiplein-story-example></digiplein-story-example>
    <digiplein-story-example></digiplein-story-example>
  </digiplein-provider>`,
};

/** Config inline, as a `<script type="application/json">` inside the provider. */
export const MetInlineJson: Story = {
  name: 'Config als inline JSON',
  render: () => html`<digiplein-provider>
    <script type="application/json">
      ${JSON.stringify(smallConfig)}
    </script>
    <digiplein-story-example></digiplein-story-example>
  </digiplein-provider>`,
};

/** The demo site's config (Gemeente Voorbeeld), shared with the widgets inside. */
export const DemoConfig: Story = {
  name: 'Config van de demo',
  render: () => html`<digiplein-provider .config=${demoConfig}>
    <digiplein-story-example></digiplein-story-example>
  </digiplein-provider>`,
};

/** A widget with its own `.config` inside a provider: its own config wins. */
export const EigenConfigWint: Story = {
  name: 'Eigen config van een widget wint',
  render: () => html`<digiplein-provider .config=${demoConfig}>
    <digiplein-story-example></digiplein-story-example>
    <digiplein-story-example .config=${smallConfig}></digiplein-story-example>
  </digiplein-provider>`,
};

/** The real widgets sharing the demo config: the hulpzoeker and the stappenplan (kept in memory only). */
export const EchteWidgets: Story = {
  name: 'Hulpzoeker en stappenplan samen',
  render: () => html`<digiplein-provider .config=${demoConfig}>
    <digiplein-hulpzoeker></digiplein-hulpzoeker>
    <digiplein-stap-tracker ephemeral></digiplein-stap-tracker>
  </digiplein-provider>`,
};
