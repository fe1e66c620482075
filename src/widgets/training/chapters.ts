import { registerNationalContent } from '../../content/registry.js';
import type { Training } from '../../content/training-chapters.js';

let importChapters = (): Promise<{ nationalTraining: Training }> => import('../../content/training-chapters.js');
let loading: Promise<void> | undefined;

/**
 * Loads the bodies of the national chapters (once) and registers the whole chapters in place of
 * their outline: the resolved config's `training.chapters` has them from then on. The widget asks
 * when a parent opens a national chapter or prints, or at once for a progress from before. A failed
 * load is forgotten, so the parent's retry imports again (a browser that keeps the failed module
 * fails again: the message stays, and so does the progress).
 */
export function loadChapters(): Promise<void> {
  loading ??= importChapters().then(
    (m) => registerNationalContent({ training: m.nationalTraining }),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** For tests: how the chunk is imported (to make it slow, or fail). */
export function setChaptersImport(load: () => Promise<{ nationalTraining: Training }>): void {
  importChapters = load;
  loading = undefined;
}
