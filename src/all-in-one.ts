/**
 * The all-in-one script for a script tag (`dist/digiplein.js`): one tag for every DigiPlein
 * element, yet a page loads only the widgets it uses. Each widget's module loads when its tag is
 * in the page (or added later), alongside the page's config; the chat loads its panel on first
 * open (a chat in the page at once, its files asked for with the launcher's). The npm package's entry (`src/index.ts`) exports the classes instead.
 */
import { defineOnDemand } from './core/lazy/loader.js';

export { clearAllData } from './core/storage/storage.js';

defineOnDemand(
  {
    'digiplein-provider': [() => import('./widgets/provider/define.js'), 'widgets/provider/define'],
    'digiplein-hulpzoeker': [() => import('./widgets/hulpzoeker/define.js'), 'widgets/hulpzoeker/define'],
    'digiplein-spreekuur-aanmelding': [() => import('./widgets/spreekuur-aanmelding/define.js'), 'widgets/spreekuur-aanmelding/define'],
    'digiplein-chat': [() => import('./widgets/chat/define.js'), 'widgets/chat/define'],
    'digiplein-stap-tracker': [() => import('./widgets/stap-tracker/define.js'), 'widgets/stap-tracker/define'],
    'digiplein-training': [() => import('./widgets/training/define.js'), 'widgets/training/define'],
  },
  // the chat's panel: its files are asked for at once when a chat sits in the page
  [() => import('./widgets/chat/panel-define.js'), 'widgets/chat/panel-define'],
);
