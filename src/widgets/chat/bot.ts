import type { SafetyDetector } from '../../core/safety/detect.js';
import { normalizeText } from '../../core/safety/detect.js';
import type { Retrieval, Retriever } from './retrieve.js';

/**
 * What the bot does with a typed message, in this order: danger signals first (the safety
 * card, before anything else), then a request for a person, then an answer from content.
 */
export type BotReply = { kind: 'safety'; phrase: string } | { kind: 'person' } | Retrieval;

/** Ways parents ask for a person (matched like the safety phrases: at word starts). */
const personPhrases = [
  'iemand spreken', 'iemand praten', 'medewerker', 'met een mens', 'echt persoon', 'echte persoon', 'persoon spreken',
  'bellen met iemand', 'talk to someone', 'talk to a person', 'speak to someone', 'real person', 'human',
].map(normalizeText);

export function wantsPerson(input: string): boolean {
  const hay = ` ${normalizeText(input)}`;
  return personPhrases.some((p) => hay.includes(` ${p}`));
}

export function botReply(input: string, safety: SafetyDetector, retriever: Retriever): BotReply {
  const phrase = safety.match(input);
  if (phrase) return { kind: 'safety', phrase };
  if (wantsPerson(input)) return { kind: 'person' };
  return retriever.ask(input);
}
