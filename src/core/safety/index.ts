import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../config/resolve.js';
import type { SafetyAssessment, SafetyDetector, SafetySignal } from './signals.js';
import type { SafetyScorer } from './model.js';
import { lazyContent } from '../lazy/content.js';
import { normalizeText } from './normalize.js';

export { contactsFor, phraseSignals, safetyCategories } from './signals.js';
export { normalizeText };
export type { SafetyModel } from './model.js';
export type { SafetyAssessment, SafetyCategory, SafetyDetector, SafetySignal, SafetyStrength } from './signals.js';

interface National {
  signals: readonly SafetySignal[];
  scorer?: SafetyScorer;
}

/** Elements to render again when the check's code or the lexicon has loaded, or could not (their text is checked anew). */
const waiting = new Set<ReactiveControllerHost>();
const settle = () => waiting.forEach((host) => host.requestUpdate());

/**
 * The matcher (`./detect.ts`), once loaded. It loads with the national lexicon, on the first
 * input in a free-text field: no page needs it before a parent writes something (issue 17: 2 KB
 * off every widget's page). It is a chunk of its own, so that when the lexicon cannot load,
 * a gemeente's own signals are still checked.
 */
let matcher: typeof import('./detect.js') | undefined;
const matcherCode = lazyContent(
  () => import('./detect.js'),
  (m) => (matcher = m),
  { settle },
);

/**
 * The national lexicon and model, once loaded. They are a separate chunk (about a quarter of a
 * widget's bytes) that loads on the first input in a free-text field ({@link SafetyController}),
 * or when a widget checks text before that (a restored note). A failed load stays failed for the
 * page view: then the gemeente's own signals are all there is.
 */
let national: National | undefined;
const lexicon = lazyContent(
  () => import('../../content/safety-data.js'),
  (m) => (national = { signals: m.nationalSafetySignals, scorer: m.nationalSafetyScorer }),
  { settle },
);

/**
 * Loads the matcher and the national lexicon and model (once). Settles when both have (a failure
 * of one does not cut the other short: callers wait for {@link safetySettled}); rejects, naming
 * the part, when either failed.
 */
export async function loadSafety(): Promise<void> {
  const [code, data] = await Promise.allSettled([matcherCode.load(), lexicon.load()]);
  if (code.status === 'rejected') throw new Error('the safety matcher could not load', { cause: code.reason });
  if (data.status === 'rejected') throw new Error('the national safety lexicon could not load', { cause: data.reason });
}

/** Whether the matcher and the national lexicon have loaded, so {@link assessSafety} checks with all of it. */
export function safetyReady(): boolean {
  return matcher !== undefined && national !== undefined;
}

/**
 * Whether the check is as complete as it will get: the national lexicon has loaded, or could
 * not load (then the gemeente's own signals are all there is, and waiting longer helps nobody).
 */
export function safetySettled(): boolean {
  return matcherCode.settled && lexicon.settled;
}

/** Whether the console has said that the check could not load (once per page view is enough). */
let reported = false;

/**
 * Waits for the matcher and the national lexicon before a widget acts on text (the chat's reply,
 * a sign-up's question); every widget starts the load this way. If the lexicon cannot load (the
 * network is gone), the check goes on with the gemeente's own signals, and the console says why,
 * once.
 */
export async function safetyLoaded(): Promise<void> {
  try {
    await loadSafety();
  } catch (e) {
    if (reported) return;
    reported = true;
    console.error('DigiPlein: de veiligheidscontrole kon niet (helemaal) laden / the safety check could not load (in full)', e);
  }
}

/**
 * One detector per resolved config (the lexicon is compiled once and shared by every widget), and
 * one of the gemeente's own signals alone while the national lexicon loads or after it failed.
 */
const detectors = new WeakMap<ResolvedConfig['safety'], SafetyDetector>();
const ownDetectors = new WeakMap<ResolvedConfig['safety'], SafetyDetector>();

/**
 * The danger signals in what a parent typed, for every free-text field of every widget:
 * `strong` shows the safety card first, `possible` keeps the answer and adds a safety line.
 *
 * It starts the load of the matcher and the national lexicon when they are not there yet. Until
 * the matcher has loaded it finds nothing (the widgets hold back what they would show: see
 * {@link safetySettled}); if it cannot load, every text gets a possible signal (the calm line
 * with 112 and Veilig Thuis: a check that cannot run must not look like one that found nothing);
 * until the lexicon has loaded, or when it cannot, only the gemeente's own signals count. Every
 * element with a {@link SafetyController} renders again when they are there. Code that acts on
 * text once (a reply, a submit) awaits {@link safetyLoaded} first.
 */
export function assessSafety(config: ResolvedConfig, text: string): SafetyAssessment | undefined {
  if (!safetySettled()) void safetyLoaded(); // the elements render again once it is there
  if (!matcher) {
    // not loaded yet: the widgets hold back what they would show (see safetySettled); failed (the
    // network is gone): nothing can be checked, so every text gets the calm line with the numbers
    return matcherCode.settled && normalizeText(text)
      ? { strength: 'possible', categories: ['acute-violence'], byChild: false }
      : undefined;
  }
  const { createSafetyDetector } = matcher;
  const detector = national
    ? (detectors.get(config.safety) ?? createSafetyDetector(national.signals, national.scorer, config.safety.signals))
    : (ownDetectors.get(config.safety) ?? createSafetyDetector(config.safety.signals));
  (national ? detectors : ownDetectors).set(config.safety, detector);
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
    if (!safetySettled()) void safetyLoaded();
  };

  hostConnected(): void {
    waiting.add(this.host);
    if (!safetySettled()) this.host.addEventListener('input', this.onInput);
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
