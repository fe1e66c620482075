/**
 * The national safety lexicon and model as one module that the browser loads on demand (see
 * `loadSafety` in src/core/safety/index.ts): together they are about a quarter of a widget's
 * bytes, and only text a parent writes needs them.
 */
import { safetyScorer } from '../core/safety/model.js';
import { nationalSafetyModel } from './safety-model.js';

export { nationalSafetySignals } from './safety-lexicon.js';
/** The on-device model as the detector uses it (its code ships here, with its weights). */
export const nationalSafetyScorer = safetyScorer(nationalSafetyModel);
