import { addTranslations } from '../../../core/i18n/index.js';
import { nl } from './nl.js';
import { en } from './en.js';

addTranslations('hulpzoeker', { nl, en });
