/**
 * The npm package's entry: defines every DigiPlein element and exports their classes. The
 * script-tag build has its own all-in-one entry (`src/all-in-one.ts` → `dist/digiplein.js`),
 * which loads each widget only when its tag is in the page.
 */
import './core/i18n/index.js';
export { DigipleinProvider } from './widgets/provider/define.js';
export { DigipleinHulpzoeker } from './widgets/hulpzoeker/define.js';
export { SpreekuurAanmelding } from './widgets/spreekuur-aanmelding/define.js';
export { DigipleinChat } from './widgets/chat/define.js';
export { DigipleinStapTracker } from './widgets/stap-tracker/define.js';
export { DigipleinTraining } from './widgets/training/define.js';
export { clearAllData } from './core/storage/storage.js';
export type { ConfigIssue } from './core/config/issues.js';
export type { DigipleinConfig } from './core/config/schema/index.js';
