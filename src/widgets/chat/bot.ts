import { normalizeText } from '../../core/safety/index.js';
import type { SafetyAssessment } from '../../core/safety/index.js';
import type { Retrieval, Retriever } from './retrieve.js';

/**
 * What the bot does with a typed message: a request for a person, or an answer from content;
 * and, checked first and shown first, the danger signals in it (`safety`). A strong signal puts
 * the safety card above whatever follows; a possible one adds a calm safety line above the answer,
 * which always stays.
 */
export type BotReply = { safety?: SafetyAssessment; reply: { kind: 'person' } | Retrieval };

/** Ways parents ask for a person (matched at word starts). */
const personPhrases = [
  'iemand spreken',
  'iemand praten',
  'medewerker',
  'met een mens',
  'echt persoon',
  'echte persoon',
  'persoon spreken',
  'bellen met iemand',
  'talk to someone',
  'talk to a person',
  'speak to someone',
  'real person',
  'human',
].map(normalizeText);

export function wantsPerson(input: string): boolean {
  const hay = ` ${normalizeText(input)}`;
  return personPhrases.some((p) => hay.includes(` ${p}`));
}

/**
 * The part of a message the content should answer: when the danger signal sits in its own
 * sentence ("Mijn ex slaat me. Hoe lang duurt partneralimentatie?"), the other sentences; the
 * safety help answers the danger, and its words would otherwise pull unrelated entries.
 */
function questionPart(input: string, safety: SafetyAssessment | undefined, assess: (text: string) => SafetyAssessment | undefined): string {
  if (!safety) return input;
  const sentences = input
    .split(/(?<=[.?!;\n])\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (sentences.length < 2) return input;
  const calm = sentences.filter((x) => !assess(x));
  return calm.length && calm.length < sentences.length ? calm.join(' ') : input;
}

export function botReply(input: string, assess: (text: string) => SafetyAssessment | undefined, retriever: Retriever): BotReply {
  const safety = assess(input);
  if (wantsPerson(input)) return { safety, reply: { kind: 'person' } };
  return { safety, reply: retriever.ask(questionPart(input, safety, assess)) };
}
