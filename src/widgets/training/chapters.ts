import { registerNationalContent } from '../../content/registry.js';
import type { Training } from '../../content/training-chapters.js';
import { lazyContent } from '../../core/lazy/content.js';

/**
 * The bodies of the national chapters, registered in place of their outline: the resolved
 * config's `training.chapters` has them from then on. The widget asks when a parent opens a
 * national chapter or prints, or at once for a progress from before. A failed load is tried again
 * on the parent's retry (a browser that keeps the failed module fails again: the message stays,
 * and so does the progress).
 */
const chaptersFrom = (importer: () => Promise<{ nationalTraining: Training }>) =>
  lazyContent(importer, (m) => registerNationalContent({ training: m.nationalTraining }), { retry: true });
let chapters = chaptersFrom(() => import('../../content/training-chapters.js'));

export const loadChapters = (): Promise<void> => chapters.load();

/** For tests: how the chunk is imported (to make it slow, or fail). */
export function setChaptersImport(load: () => Promise<{ nationalTraining: Training }>): void {
  chapters = chaptersFrom(load);
}
