import { registerNationalContent } from '../../content/registry.js';

let loading: Promise<void> | undefined;
let settled = false;

/**
 * Loads the national knowledge base (once: a failed load stays failed for the page view, as the
 * browser does not fetch a failed module again). The
 * panel asks for it on the first input, or at once for a conversation that already has answers;
 * the resolved config's `knowledgeBase` includes it from then on.
 */
export function loadKnowledge(): Promise<void> {
  loading ??= import('../../content/knowledge-data.js').then(
    (m) => {
      registerNationalContent({ knowledgeBase: m.nationalKnowledge, questionModel: m.nationalQuestions });
      settled = true;
    },
    (e: unknown) => {
      settled = true; // the bot answers from the gemeente's own entries
      throw e;
    },
  );
  return loading;
}

/** Whether the knowledge base has loaded, or could not load (waiting longer helps nobody then). */
export function knowledgeSettled(): boolean {
  return settled;
}
