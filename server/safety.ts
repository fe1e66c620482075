import { nationalSafetySignals } from '../src/content/safety-lexicon.js';
import { nationalSafetyModel } from '../src/content/safety-model.js';
import { safetyScorer } from '../src/core/safety/model.js';
import { createSafetyDetector } from '../src/core/safety/detect.js';
import type { SafetyStrength } from '../src/core/safety/detect.js';

/**
 * The server's own check of what parents write (chat messages, questions left, sign-up
 * questions), with the same detector and national lexicon as the widgets: the desk flags what it
 * finds, whatever a client did or did not do.
 */
const detector = createSafetyDetector(nationalSafetySignals, safetyScorer(nationalSafetyModel));

/** The strength of the danger signals in `text`, or null. */
export function safetySignal(text: string | null | undefined): SafetyStrength | null {
  return text ? (detector.assess(text)?.strength ?? null) : null;
}

/** The stronger of two flags (a conversation keeps the strongest it has seen). */
export function strongest(a: SafetyStrength | null, b: SafetyStrength | null): SafetyStrength | null {
  return a === 'strong' || b === 'strong' ? 'strong' : (a ?? b);
}
