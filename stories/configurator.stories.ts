import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js'; // every widget, for the live preview
import '../src/configurator/define.js';
import type { DigipleinConfigurator } from '../src/configurator/configurator.js';
import demoConfig from '../demo/digiplein.json';

/**
 * `<digiplein-configurator>`: the webmaster's page to build a config (demo/configurator.html).
 * The live preview uses the widgets of this Storybook. The preview widgets report the problems
 * of an unfinished config in the console, as on a real page: hence `expected-config-errors`.
 */
const meta: Meta = {
  title: 'Hulpmiddelen/digiplein-configurator',
  component: 'digiplein-configurator',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

function configurator(config?: unknown): DigipleinConfigurator {
  const el = document.createElement('digiplein-configurator');
  el.configUrl = 'https://www.voorbeeld.example/digiplein.json';
  if (config) el.load(config);
  return el;
}

/** A new config: only the organisation's name is still missing. */
export const Leeg: Story = {
  tags: ['expected-config-errors'],
  render: () => configurator(),
};

/** The demo config of Gemeente Voorbeeld, loaded to change it. */
export const MetDemoConfig: Story = {
  name: 'Met de demo-config',
  render: () => configurator(demoConfig),
};

/** Mistakes show next to their field, and in the list above the download. */
export const MetFouten: Story = {
  name: 'Met fouten',
  tags: ['expected-config-errors'],
  render: () =>
    configurator({
      ...demoConfig,
      organisation: { ...demoConfig.organisation, website: 'www.voorbeeld.example' },
      gemeenten: [{ code: 'Voorbeeld', name: 'Voorbeeld', postcodes: ['999'] }],
    }),
};
