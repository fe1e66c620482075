import { registerNationalContent } from '../../content/registry.js';
import { lazyContent } from '../../core/lazy/content.js';

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

export const loadKnowledge = (): Promise<void> => knowledge.load();

/** Whether the knowledge base has loaded, or could not load (waiting longer helps nobody then). */
export const knowledgeSettled = (): boolean => knowledge.settled;
