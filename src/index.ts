/**
 * The all-in-one entry: defines every DigiPlein element. Sites that use one widget can load
 * `digiplein-<widget>.js` instead.
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
