import { addTranslations } from './i18n.js';
import { nl } from './locales/nl.js';
import { en } from './locales/en.js';

addTranslations('core', { nl, en });

export { I18nController } from './controller.js';
export { addTranslations, getI18n, languageOf, localize } from './i18n.js';
export type { Translation } from './i18n.js';
