import * as z from 'zod/mini';
import { cbsCode, id, text, webUrl } from './common.js';

/** A short part of a chapter, read one at a time. Facts keep the public source they come from. */
export const trainingSection = z.strictObject({
  id,
  title: text,
  /** Paragraphs separated by an empty line. */
  body: text,
  source: z.optional(z.array(webUrl)),
});

/** A question the parent answers for themselves; the answer stays on their device. */
export const trainingReflection = z.strictObject({ id, prompt: text });

/** A question without a grade: every option gets a kind, informative reply. */
export const trainingSelfCheck = z.strictObject({
  id,
  question: text,
  options: z.array(z.strictObject({ id, label: text, feedback: text })).check(z.minLength(2, 'min-2')),
});

/** A concrete next step the parent can put on their stappenplan. */
export const trainingStep = z.strictObject({ id, title: text, description: text });

export const trainingChapter = z.strictObject({
  id,
  title: text,
  intro: text,
  /** About how long reading it takes. */
  minutes: z.int().check(z.positive('positive')),
  sections: z.array(trainingSection).check(z.minLength(1, 'not-empty')),
  reflections: z.optional(z.array(trainingReflection)),
  selfCheck: z.optional(z.array(trainingSelfCheck)),
  suggestedSteps: z.optional(z.array(trainingStep)),
});

/**
 * `<digiplein-training>`: the national training of four chapters, with the gemeente's own
 * chapters added or national ones replaced (same id) or left out (`hide`).
 */
export const trainingSettings = z.strictObject({
  title: z.optional(text),
  intro: z.optional(text),
  chapters: z.optional(z.array(trainingChapter)),
  /** The chapters' ids in the order to show them (others follow). */
  order: z.optional(z.array(id)),
  /**
   * "Mag het wijkteam contact met u opnemen?": who follows up. With `endpoints.api` the request
   * goes to the DigiPlein server for this organisation (per gemeente another, by the parent's
   * postcode); without a server the parent gets an e-mail link to `organisation.email`.
   */
  followUp: z.optional(
    z.strictObject({
      /** The organisation's id on the DigiPlein server (as in the desk). */
      organisation: id,
      /** Another organisation for a gemeente of the region (CBS code → organisation id). */
      byGemeente: z.optional(z.record(cbsCode, id)),
      /** The consent text the parent agrees to; default the widget's own. */
      consent: z.optional(text),
    }),
  ),
});

export type TrainingSection = z.infer<typeof trainingSection>;
export type TrainingReflection = z.infer<typeof trainingReflection>;
export type TrainingSelfCheck = z.infer<typeof trainingSelfCheck>;
export type TrainingStep = z.infer<typeof trainingStep>;
export type TrainingChapter = z.infer<typeof trainingChapter>;
export type TrainingSettings = z.infer<typeof trainingSettings>;

/**
 * A national chapter as the overview and the progress know it before its body has loaded (the
 * bodies are a chunk of their own: src/widgets/training/chapters.ts loads them).
 */
export interface TrainingChapterOutline {
  id: string;
  title: z.infer<typeof text>;
  minutes: number;
  /** How many parts it has: its sections, then one with the questions and steps. */
  parts: number;
  /** The ids of its reflections and self-checks: an answer to one makes the chapter "busy". */
  answers: string[];
}

/** A chapter of the resolved config: whole (the gemeente's own, or national once loaded), or a national outline. */
export type TrainingChapterEntry = TrainingChapter | TrainingChapterOutline;
