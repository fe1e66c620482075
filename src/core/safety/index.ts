import type { ResolvedConfig } from '../config/resolve.js';
import { createSafetyDetector } from './detect.js';
import type { SafetyAssessment, SafetyDetector } from './detect.js';

export { contactsFor, createSafetyDetector, normalizeText, phraseSignals, safetyCategories, wordForms } from './detect.js';
export type { SafetyModel } from './model.js';
export type { SafetyAssessment, SafetyCategory, SafetyDetector, SafetySignal, SafetyStrength } from './detect.js';

/** One detector per resolved config (the lexicon is compiled once and shared by every widget). */
const detectors = new WeakMap<ResolvedConfig['safety'], SafetyDetector>();

/**
 * The danger signals in what a parent typed, for every free-text field of every widget:
 * `strong` shows the safety card first, `possible` keeps the answer and adds a safety line.
 */
export function assessSafety(config: ResolvedConfig, text: string): SafetyAssessment | undefined {
  let detector = detectors.get(config.safety);
  if (!detector) detectors.set(config.safety, (detector = createSafetyDetector(config.safety.signals, config.safety.model)));
  return detector.assess(text);
}
