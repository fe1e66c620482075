import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories import the TypeScript sources directly; Vite compiles them with tsconfig.json's
// experimentalDecorators. `npm run storybook` / `npm run build-storybook` run the Custom
// Elements Manifest analyzer first, so the docs and controls come from the elements' JSDoc.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};
export default config;
