/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/core/i18n/index.js';
// The demo site's stylesheet brings the Gemeente Voorbeeld theme class (.voorbeeld-theme).
import '../demo/demo.css';
import './themes.css';
import { NL_VOORBEELD_CLASS, installNlVoorbeeldTheme } from '../stories/support/nl-voorbeeld-theme.js';

// custom-elements.json is generated (`npm run analyze`, run by the storybook scripts); the glob
// keeps the type check working on a fresh clone where it does not exist yet.
const manifests = import.meta.glob<Record<string, unknown>>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

/** Right-to-left languages in the toolbar (the widgets follow `dir` through their i18n). */
const rtl = new Set(['ar']);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Taal van de widgets (de dichtstbijzijnde lang)',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية (rechts-naar-links)' },
        ],
      },
    },
    theme: {
      description: 'Thema: standaard, of een NL Design System-thema via --basis-* tokens',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'default', title: 'Standaard (DigiPlein)' },
          { value: 'voorbeeld', title: 'Gemeente Voorbeeld (NL Design System)' },
          { value: 'proefdorp', title: 'Gemeente Proefdorp (NL Design System)' },
          { value: 'nl-voorbeeld', title: 'NL Design System Voorbeeld (design tokens-pakket)' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'default' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals.lang ?? 'nl');
      const theme = String(context.globals.theme ?? 'default');
      if (theme === 'nl-voorbeeld') installNlVoorbeeldTheme();
      const themeClass =
        { default: '', voorbeeld: 'voorbeeld-theme', proefdorp: 'sb-theme-proefdorp', 'nl-voorbeeld': NL_VOORBEELD_CLASS }[theme] ?? '';
      return html`<div class="sb-story-frame ${themeClass}" lang=${lang} dir=${rtl.has(lang) ? 'rtl' : 'ltr'}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
  },
};
export default preview;
