import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setLoaderOptions } from '../src/core/config/loader.js';
import './support/example-widget.js';
import { brokenConfig, configWithBrokenOffer, smallConfig } from './support/configs.js';
import { PENDING_CONFIG_URL, UNREACHABLE_CONFIG_URL, installOfflineFetch } from './support/offline-fetch.js';

installOfflineFetch();
// The unreachable story should reach its fallback quickly; real pages keep the default backoff.
setLoaderOptions({ retryDelaysMs: [50] });

/**
 * The states every DigiPlein widget shares, shown on a minimal example element. A real widget
 * shows exactly these states; only its "ready" content differs.
 *
 * Stories tagged `expected-config-errors` log the config problems to the console on purpose
 * (that is how a webmaster finds them); the story test allows those `DigiPlein:` errors there.
 */
const meta: Meta = {
  title: 'Basis/Gedeelde toestanden',
  component: 'digiplein-story-example',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** The config is ready: the widget shows its own content. */
export const Klaar: Story = {
  render: () => html`<digiplein-story-example .config=${smallConfig}></digiplein-story-example>`,
};

/** The config URL has not answered yet: a calm skeleton of the first screen, with "laden" for assistive technology. */
export const Laden: Story = {
  render: () => html`<digiplein-story-example config=${PENDING_CONFIG_URL}></digiplein-story-example>`,
};

/**
 * A config with mistakes and the `debug` attribute: every problem with its JSON path inside
 * the widget, and the national help for the parent. Without `debug` only the console shows them.
 */
export const ConfigFoutenMetDebug: Story = {
  name: 'Config met fouten (debug)',
  tags: ['expected-config-errors'],
  render: () => html`<digiplein-story-example debug .config=${brokenConfig}></digiplein-story-example>`,
};

/** The same mistakes without `debug`: the parent sees only the calm national fallback. */
export const LandelijkeTerugval: Story = {
  name: 'Landelijke terugval',
  tags: ['expected-config-errors'],
  render: () => html`<digiplein-story-example .config=${brokenConfig}></digiplein-story-example>`,
};

/** One broken offer is skipped and reported; the rest of the config still works. */
export const OnderdeelOvergeslagen: Story = {
  name: 'Eén onderdeel overgeslagen (debug)',
  tags: ['expected-config-errors'],
  render: () => html`<digiplein-story-example debug .config=${configWithBrokenOffer}></digiplein-story-example>`,
};

/** The config URL cannot be reached: after the retries, the national help and "try again". */
export const ConfigOnbereikbaar: Story = {
  name: 'Config niet bereikbaar',
  tags: ['expected-config-errors'],
  render: () => html`<digiplein-story-example config=${UNREACHABLE_CONFIG_URL}></digiplein-story-example>`,
};

/** No config at all (no attribute, no inline JSON, no provider). */
export const ZonderConfig: Story = {
  name: 'Zonder config',
  tags: ['expected-config-errors'],
  render: () => html`<digiplein-story-example debug></digiplein-story-example>`,
};
