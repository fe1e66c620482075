import * as z from 'zod/mini';
import { createStore } from '../../core/storage/storage.js';
import type { Store } from '../../core/storage/storage.js';
import type { TrainingChapter, TrainingChapterEntry } from '../../core/config/schema/training.js';

/**
 * What a parent did in the training, kept on their device only (never sent): where they are,
 * which chapters they finished, their own answers to the reflection questions, what they chose
 * in the self-checks and which steps they put on their stappenplan. Written first when they start.
 */
export const savedProgress = z.strictObject({
  v: z.literal(1),
  /** The chapter open now, and its part (the sections, then `sections.length` for the questions). */
  chapter: z.string(),
  part: z.int().check(z.nonnegative()),
  done: z.array(z.string()),
  reflections: z.record(z.string(), z.string()),
  checks: z.record(z.string(), z.string()),
  steps: z.array(z.string()),
});
export type Progress = z.infer<typeof savedProgress>;

export type ChapterStatus = 'new' | 'busy' | 'done';

/** Where the training keeps its progress (one per site: `digiplein:training:progress`). */
export function progressStore(): Store<Progress> {
  return createStore('training', 'progress', 'local', (raw) => {
    const parsed = savedProgress.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  });
}

export function startProgress(first: TrainingChapterEntry): Progress {
  return { v: 1, chapter: first.id, part: 0, done: [], reflections: {}, checks: {}, steps: [] };
}

/** A chapter is busy once the parent opened it or answered anything in it, done when they finished it. */
export function chapterStatus(progress: Progress | undefined, chapter: TrainingChapterEntry): ChapterStatus {
  if (!progress) return 'new';
  if (progress.done.includes(chapter.id)) return 'done';
  if (progress.chapter === chapter.id) return 'busy';
  const answered = answersOf(chapter).some((id) => progress.reflections[id]?.trim() || progress.checks[id]);
  return answered ? 'busy' : 'new';
}

/** Whether a chapter is whole (the gemeente's own, or a national one whose body has loaded). */
export const hasBody = (chapter: TrainingChapterEntry): chapter is TrainingChapter => 'sections' in chapter;

/** How many parts a chapter has: its sections, then one with the questions and steps. */
export const partsOf = (chapter: TrainingChapterEntry): number => (hasBody(chapter) ? chapter.sections.length + 1 : chapter.parts);

/** The ids of a chapter's reflections and self-checks. */
const answersOf = (chapter: TrainingChapterEntry): string[] =>
  hasBody(chapter) ? [...(chapter.reflections ?? []), ...(chapter.selfCheck ?? [])].map((q) => q.id) : chapter.answers;

/** The chapter after `id` that is not done yet (or the first not done), for "Verder". */
export function nextChapter<T extends TrainingChapterEntry>(chapters: readonly T[], progress: Progress, after?: string): T | undefined {
  const from = after ? chapters.findIndex((c) => c.id === after) + 1 : 0;
  return [...chapters.slice(from), ...chapters.slice(0, from)].find((c) => !progress.done.includes(c.id));
}

/** Keeps only what belongs to chapters that still exist (a gemeente may change its training). */
export function fitProgress(progress: Progress, chapters: readonly TrainingChapterEntry[]): Progress {
  const ids = new Set(chapters.map((c) => c.id));
  const chapter = chapters.find((c) => c.id === progress.chapter) ?? chapters[0];
  return {
    ...progress,
    chapter: chapter?.id ?? progress.chapter,
    part: chapter ? Math.min(progress.part, partsOf(chapter) - 1) : 0,
    done: progress.done.filter((id) => ids.has(id)),
  };
}
