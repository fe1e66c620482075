import { registerNationalContent } from '../../content/registry.js';

let loading: Promise<void> | undefined;
let loaded = false;

/**
 * Loads the national knowledge base (once; a failed load is tried again on the next call). The
 * panel asks for it on the first input, or at once for a conversation that already has answers;
 * the resolved config's `knowledgeBase` includes it from then on.
 */
export function loadKnowledge(): Promise<void> {
  loading ??= import('../../content/knowledge-data.js').then(
    (m) => {
      registerNationalContent({ knowledgeBase: m.nationalKnowledge });
      loaded = true;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

export function knowledgeReady(): boolean {
  return loaded;
}
