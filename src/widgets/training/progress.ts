import * as z from 'zod/mini';
import { createStore } from '../../core/storage/storage.js';
import type { Store } from '../../core/storage/storage.js';
import type { TrainingChapter } from '../../core/config/schema/training.js';

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

export function startProgress(first: TrainingChapter): Progress {
  return { v: 1, chapter: first.id, part: 0, done: [], reflections: {}, checks: {}, steps: [] };
}

/** A chapter is busy once the parent opened it or answered anything in it, done when they finished it. */
export function chapterStatus(progress: Progress | undefined, chapter: TrainingChapter): ChapterStatus {
  if (!progress) return 'new';
  if (progress.done.includes(chapter.id)) return 'done';
  if (progress.chapter === chapter.id) return 'busy';
  const answered =
    (chapter.reflections ?? []).some((r) => progress.reflections[r.id]?.trim()) ||
    (chapter.selfCheck ?? []).some((c) => progress.checks[c.id]);
  return answered ? 'busy' : 'new';
}

/** How many parts a chapter has: its sections, then one with the questions and steps. */
export const partsOf = (chapter: TrainingChapter): number => chapter.sections.length + 1;

/** The chapter after `id` that is not done yet (or the first not done), for "Verder". */
export function nextChapter(chapters: readonly TrainingChapter[], progress: Progress, after?: string): TrainingChapter | undefined {
  const from = after ? chapters.findIndex((c) => c.id === after) + 1 : 0;
  return [...chapters.slice(from), ...chapters.slice(0, from)].find((c) => !progress.done.includes(c.id));
}

/** Keeps only what belongs to chapters that still exist (a gemeente may change its training). */
export function fitProgress(progress: Progress, chapters: readonly TrainingChapter[]): Progress {
  const ids = new Set(chapters.map((c) => c.id));
  const chapter = chapters.find((c) => c.id === progress.chapter) ?? chapters[0];
  return {
    ...progress,
    chapter: chapter?.id ?? progress.chapter,
    part: chapter ? Math.min(progress.part, partsOf(chapter) - 1) : 0,
    done: progress.done.filter((id) => ids.has(id)),
  };
}
