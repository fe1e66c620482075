import { nl } from './nl.js';
import { en } from './en.js';

/** The configurator's strings (`configurator` namespace), registered by its I18nController. */
export const translations = { nl, en };
