import { addTranslations } from '../core/i18n/index.js';
import { nl } from './locales/nl.js';
import { en } from './locales/en.js';

addTranslations('configurator', { nl, en });
