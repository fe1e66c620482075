import { nl } from './nl.js';
import { en } from './en.js';

/** The sign-up's strings (`aanmelding` namespace), registered by its I18nController. */
export const translations = { nl, en };
