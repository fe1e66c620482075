import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../config/resolve.js';
import { createSafetyDetector } from './detect.js';
import type { SafetyAssessment, SafetyDetector, SafetySignal } from './detect.js';
import type { SafetyScorer } from './model.js';
import { lazyContent } from '../lazy/content.js';

export { contactsFor, createSafetyDetector, normalizeText, phraseSignals, safetyCategories, wordForms } from './detect.js';
export type { SafetyModel } from './model.js';
export type { SafetyAssessment, SafetyCategory, SafetyDetector, SafetySignal, SafetyStrength } from './detect.js';

interface National {
  signals: readonly SafetySignal[];
  scorer?: SafetyScorer;
}

/**
 * The national lexicon and model, once loaded. They are a separate chunk (about a quarter of a
 * widget's bytes) that loads on the first input in a free-text field ({@link SafetyController}),
 * or when a widget checks text before that (a restored note). A failed load stays failed for the
 * page view: then the gemeente's own signals are all there is.
 */
let national: National | undefined;
/** Elements to render again when the lexicon has loaded, or could not (their text is checked anew). */
const waiting = new Set<ReactiveControllerHost>();
const lexicon = lazyContent(
  () => import('../../content/safety-data.js'),
  (m) => (national = { signals: m.nationalSafetySignals, scorer: m.nationalSafetyScorer }),
  { settle: () => waiting.forEach((host) => host.requestUpdate()) },
);

/** Loads the national lexicon and model (once). */
export const loadSafety = (): Promise<void> => lexicon.load();

/** Whether the national lexicon has loaded, so {@link assessSafety} checks with all of it. */
export function safetyReady(): boolean {
  return national !== undefined;
}

/**
 * Whether the check is as complete as it will get: the national lexicon has loaded, or could
 * not load (then the gemeente's own signals are all there is, and waiting longer helps nobody).
 */
export function safetySettled(): boolean {
  return lexicon.settled;
}

/**
 * Waits for the national lexicon before a widget acts on text (the chat's reply, a sign-up's
 * question). If it cannot load (the network is gone), the check goes on with the gemeente's
 * own signals, and the console says why.
 */
export async function safetyLoaded(): Promise<void> {
  try {
    await loadSafety();
  } catch (e) {
    console.error('DigiPlein: de landelijke signaalwoorden konden niet laden / the national safety lexicon could not load', e);
  }
}

/** One detector per resolved config (the lexicon is compiled once and shared by every widget). */
const detectors = new WeakMap<ResolvedConfig['safety'], SafetyDetector>();

/**
 * The danger signals in what a parent typed, for every free-text field of every widget:
 * `strong` shows the safety card first, `possible` keeps the answer and adds a safety line.
 *
 * Until the national lexicon has loaded this checks only the gemeente's own signals and starts
 * the load; every element with a {@link SafetyController} renders again when it is there. Code
 * that acts on text once (a reply, a submit) awaits {@link safetyLoaded} first.
 */
export function assessSafety(config: ResolvedConfig, text: string): SafetyAssessment | undefined {
  if (!national) {
    if (!lexicon.settled) loadSafety().catch(() => undefined); // the elements render again once it is there
    return createSafetyDetector(config.safety.signals).assess(text);
  }
  let detector = detectors.get(config.safety);
  if (!detector) {
    detector = createSafetyDetector(national.signals, national.scorer, config.safety.signals);
    detectors.set(config.safety, detector);
  }
  return detector.assess(text);
}

/**
 * For an element with free-text fields: loads the national lexicon on the first input in the
 * element (text typed before it is there is checked again when it arrives), and renders the
 * element again when it has loaded.
 */
export class SafetyController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private readonly onInput = () => {
    if (!safetySettled()) loadSafety().catch(() => undefined);
  };

  hostConnected(): void {
    waiting.add(this.host);
    if (!national) this.host.addEventListener('input', this.onInput);
  }

  hostDisconnected(): void {
    waiting.delete(this.host);
    this.host.removeEventListener('input', this.onInput);
  }

  /** Whether text is checked as completely as it will be (see {@link safetySettled}). */
  get ready(): boolean {
    return safetySettled();
  }
}
