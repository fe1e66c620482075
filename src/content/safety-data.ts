/**
 * The national safety lexicon and model as one module that the browser loads on demand (see
 * `loadSafety` in src/core/safety/index.ts): together they are about a quarter of a widget's
 * bytes, and only text a parent writes needs them.
 */
export { nationalSafetySignals } from './safety-lexicon.js';
export { nationalSafetyModel } from './safety-model.js';
