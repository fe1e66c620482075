export { I18nController } from './controller.js';
export { addTranslations, getI18n, languageOf, localize } from './i18n.js';
export type { Translation } from './i18n.js';
