import type { Audience, Level } from '../../core/config/schema/index.js';

/**
 * The guided questions as pure state: which question is shown, the answers so far, and how
 * answers travel through session storage and the URL hash. No DOM here.
 */

export type QuestionId = 'voorWie' | 'themas' | 'situatie' | 'woonplaats';
export const allQuestions: readonly QuestionId[] = ['voorWie', 'themas', 'situatie', 'woonplaats'];

/** "How is it going between you": from talking well to not feeling safe. */
export const situations = ['goed', 'moeizaam', 'nauwelijks', 'onveilig'] as const;
export type Situation = (typeof situations)[number];

export interface Answers {
  voorWie?: Audience;
  themas?: string[];
  situatie?: Situation;
  /** CBS code of the gemeente (never the postcode itself: that is not kept). */
  gemeente?: string;
}

export interface FlowState {
  /** Index into the questions; `questions.length` means the results are shown. */
  step: number;
  answers: Answers;
}

export const initialFlow: FlowState = { step: 0, answers: {} };

/** The level of help a situation calls for; "not safe" calls for the heaviest and the safety card. */
export function levelFor(situation: Situation | undefined): Level | undefined {
  switch (situation) {
    case 'goed':
      return 'licht';
    case 'moeizaam':
      return 'midden';
    case 'nauwelijks':
    case 'onveilig':
      return 'zwaar';
    default:
      return undefined;
  }
}

/** True when the safety card must come first. */
export const unsafe = (answers: Answers) => answers.situatie === 'onveilig';

/** The questions to ask, in order: the config's choice, known ids only, no repeats. */
export function questionsFrom(configured: readonly string[] | undefined): QuestionId[] {
  const list = (configured ?? allQuestions).filter((q): q is QuestionId => (allQuestions as readonly string[]).includes(q));
  return [...new Set(list)];
}

/** Moves on (after an answer or a skip). */
export const next = (state: FlowState, questions: readonly QuestionId[]): FlowState => ({
  ...state,
  step: Math.min(state.step + 1, questions.length),
});

/** Goes back one question, keeping every answer. */
export const back = (state: FlowState): FlowState => ({ ...state, step: Math.max(0, state.step - 1) });

/** Sets (or, with `undefined`, clears) one answer; the step stays. */
export function answer<K extends keyof Answers>(state: FlowState, key: K, value: Answers[K]): FlowState {
  const answers = { ...state.answers };
  if (value === undefined || (Array.isArray(value) && !value.length)) delete answers[key];
  else answers[key] = value;
  return { ...state, answers };
}

/** True once the parent has answered anything: only then may answers be kept. */
export const hasAnswers = (answers: Answers) => Object.keys(answers).length > 0;

const audiences: readonly string[] = ['ouder', 'kind', 'naaste'];

/** Reads stored or shared answers defensively: unknown values are dropped, never trusted. */
export function parseFlow(raw: unknown, questions: readonly QuestionId[]): FlowState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const a = (r.answers ?? {}) as Record<string, unknown>;
  const answers: Answers = {};
  if (typeof a.voorWie === 'string' && audiences.includes(a.voorWie)) answers.voorWie = a.voorWie as Audience;
  if (Array.isArray(a.themas)) {
    const themas = a.themas.filter((t): t is string => typeof t === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(t));
    if (themas.length) answers.themas = [...new Set(themas)];
  }
  if (typeof a.situatie === 'string' && (situations as readonly string[]).includes(a.situatie)) answers.situatie = a.situatie as Situation;
  if (typeof a.gemeente === 'string' && /^GM\d{4}$/.test(a.gemeente)) answers.gemeente = a.gemeente;
  const step = typeof r.step === 'number' && Number.isInteger(r.step) ? Math.min(Math.max(r.step, 0), questions.length) : 0;
  return { step, answers };
}

/**
 * The answers as a URL hash (`#hulp=voor:ouder;themas:kinderen,geld;situatie:goed;gemeente:GM0363;stap:4`).
 * "Not safe" is never written to the URL: the page's history could be seen by someone else.
 */
export function toHash(state: FlowState): string {
  const a = state.answers;
  const parts: string[] = [];
  if (a.voorWie) parts.push(`voor:${a.voorWie}`);
  if (a.themas?.length) parts.push(`themas:${a.themas.join(',')}`);
  if (a.situatie && a.situatie !== 'onveilig') parts.push(`situatie:${a.situatie}`);
  if (a.gemeente) parts.push(`gemeente:${a.gemeente}`);
  parts.push(`stap:${state.step}`);
  return `#hulp=${parts.join(';')}`;
}

/** Reads a hash written by `toHash`; anything else gives undefined. */
export function fromHash(hash: string, questions: readonly QuestionId[]): FlowState | undefined {
  const m = /^#?hulp=([a-zA-Z0-9:;,-]*)$/.exec(hash);
  if (!m) return undefined;
  const fields = new Map(m[1]!.split(';').map((p) => p.split(':') as [string, string]));
  return parseFlow(
    {
      step: fields.has('stap') ? Number(fields.get('stap')) : 0,
      answers: {
        voorWie: fields.get('voor'),
        themas: fields.get('themas')?.split(','),
        situatie: fields.get('situatie'),
        gemeente: fields.get('gemeente'),
      },
    },
    questions,
  );
}
