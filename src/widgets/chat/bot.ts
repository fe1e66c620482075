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
  'iemand spreken', 'iemand praten', 'medewerker', 'met een mens', 'echt persoon', 'echte persoon', 'persoon spreken',
  'bellen met iemand', 'talk to someone', 'talk to a person', 'speak to someone', 'real person', 'human',
].map(normalizeText);

export function wantsPerson(input: string): boolean {
  const hay = ` ${normalizeText(input)}`;
  return personPhrases.some((p) => hay.includes(` ${p}`));
}

export function botReply(input: string, assess: (text: string) => SafetyAssessment | undefined, retriever: Retriever): BotReply {
  const safety = assess(input);
  if (wantsPerson(input)) return { safety, reply: { kind: 'person' } };
  return { safety, reply: retriever.ask(input) };
}
