import type { SafetyAssessment } from '../../core/safety/index.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Spreekuur } from '../../core/config/schema/index.js';
import type { I18nController } from '../../core/i18n/index.js';
import type { DetailsInput, SignupResponse, Slot } from '../../core/api/signups.js';
import type { Step } from './draft.js';
import type { CancelLink } from './cancel-link.js';

/** An error shown in the summary and next to a field: the field's element id and an i18n key. */
export interface ShownError {
  /** Element id of the control the summary links to. */
  target: string;
  /** Field name (for `aria-describedby` ids). */
  field: string;
  message: string;
}

export type SlotsState =
  | { status: 'idle' }
  | { status: 'loading'; spreekuur: string }
  | { status: 'ready'; spreekuur: string; slots: Slot[] }
  | { status: 'failed'; spreekuur: string };

export type SendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'waiting'; seconds: number }
  | { status: 'offline' }
  | { status: 'failed' }
  | { status: 'refused'; code: string };

export type CancelState = 'idle' | 'confirm' | 'cancelling' | 'cancelled' | 'failed';

/** Everything the flow knows; the element owns it, the step templates read it. */
export interface FlowState {
  step: Step;
  spreekuur?: string;
  slot?: Pick<Slot, 'id' | 'start' | 'end'>;
  /** The day whose times show (`YYYY-MM-DD` in Amsterdam); by default the chosen slot's day or the first with room. */
  day?: string;
  details: DetailsInput;
  honeypot: string;
  key: string;
  startedAt?: number;
  slots: SlotsState;
  errors: ShownError[];
  /** A calm notice at the top of a step ("this time was just taken"). */
  notice?: string;
  send: SendState;
  result?: { via: 'api'; response: SignupResponse } | { via: 'mailto'; href: string };
  cancel: CancelState;
  /** Opened through a cancel link (`#digiplein-afmelden=…`). */
  cancelLink?: CancelLink;
  /** What the cancel link is for (looked up on the server), or `unknown` when that failed. */
  cancelDetails?: SignupResponse | 'unknown';
  /** What the character counter announces once the parent pauses typing (a live region). */
  counterNote?: string;
  /** The link to cancel later, shown on the confirmation. */
  cancelUrl?: string;
  /** Danger signals in the question, checked once the parent pauses typing: the safety help shows at once. */
  questionSafety?: SafetyAssessment;
}

/** What the step templates may call. */
export interface FlowActions {
  chooseSpreekuur(id: string): void;
  chooseSlot(slot: Slot): void;
  /** The parent picked a day: its times show (a chosen time on another day is let go). */
  chooseDay(day: string): void;
  input(field: keyof DetailsInput, value: string | boolean): void;
  /** The parent left the question field (its `change`): check it now instead of after the pause. */
  questionDone(): void;
  honeypot(value: string): void;
  next(): void;
  back(): void;
  goTo(step: Step): void;
  retrySlots(): void;
  send(): void;
  mailtoOpened(): void;
  focusField(target: string, event: Event): void;
  askCancel(): void;
  cancel(confirmed: boolean): void;
  restart(): void;
}

/** The read-only view a step template renders from. */
export interface StepContext {
  i18n: I18nController;
  config: ResolvedConfig;
  spreekuren: Spreekuur[];
  /** The chosen spreekuur, if any. */
  current?: Spreekuur;
  state: FlowState;
  actions: FlowActions;
  /** Whether sign-ups go to a server (else a prefilled e-mail). */
  api?: string;
  questionMax: number;
  /** The level of the widget's own heading (`heading-level`); steps are one below it. */
  level: number;
}
