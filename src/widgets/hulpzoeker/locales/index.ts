import { nl } from './nl.js';
import { en } from './en.js';

/** The hulpzoeker's strings (`hulpzoeker` namespace), registered by its I18nController. */
export const translations = { nl, en };
