import { nl } from './nl.js';

/** The hulpzoeker's strings (`hulpzoeker` namespace), registered by its I18nController: Dutch
 * bundled (the fallback), English loaded when an element first shows it. */
export const translations = { nl, en: () => import('./en.js').then((m) => m.en) };
