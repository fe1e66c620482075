import { registerNationalContent } from '../../content/registry.js';
import { lazyContent } from '../../core/lazy/content.js';
import { lazyModule } from '../../core/lazy/view.js';
import type { LazyModule } from '../../core/lazy/view.js';

/**
 * The national knowledge base and its question classifier (once: a failed load stays failed for
 * the page view, and the bot answers from the gemeente's own entries). The panel asks for it on the
 * first input, or at once for a conversation that already has answers; the resolved config's
 * `knowledgeBase` includes it from then on.
 */
const knowledge = lazyContent(
  () => import('../../content/knowledge-data.js'),
  (m) => registerNationalContent({ knowledgeBase: m.nationalKnowledge, questionModel: m.nationalQuestions }),
);

export type AnswerSearch = typeof import('./answer-search.js');
/**
 * The bot's search code (./answer-search.ts), which loads with the knowledge base. Without it
 * the bot cannot answer at all, so a failed load is tried again on the next question, or with
 * "try again" in the log (the panel's LazyView over it).
 */
let searchCode: LazyModule<AnswerSearch> = lazyModule(() => import('./answer-search.js'));

/** The bot's search code as a lazy module, for the panel's LazyView. */
export const answerSearchCode = (): LazyModule<AnswerSearch> => searchCode;

/** For tests: how the bot's search is imported (to make it fail); panels made after this use it. */
export function setAnswerSearchImport(load: () => Promise<AnswerSearch>): void {
  searchCode = lazyModule(load);
}

/** Loads the knowledge base and the bot's search (once); rejects when either could not load. */
export const loadKnowledge = (): Promise<void> => Promise.all([knowledge.load(), searchCode.load()]).then(() => undefined);

/** Whether the knowledge base has loaded, or could not load (waiting longer helps nobody then). */
export const knowledgeSettled = (): boolean => knowledge.settled;

/** The bot's search, once its code is there. */
export const answerSearch = (): AnswerSearch | undefined => searchCode.module;
