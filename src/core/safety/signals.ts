/**
 * What the safety check speaks of, without the matcher itself: the categories and strengths of
 * a signal, what a check found, a gemeente's own phrases as signals, and which help fits. Every
 * widget needs these with the page (the config, the safety card); the matcher (`./detect.ts`)
 * loads on the first input in a free-text field, with the national lexicon (`./index.ts`).
 */
import { normalizeText } from './normalize.js';
import type { LexiconMatch } from './model.js';

export const safetyCategories = [
  'acute-violence',
  'threats',
  'suicide-self-harm',
  'child-danger',
  'child-abduction',
  'stalking-coercive-control',
  'sexual-violence',
] as const;
export type SafetyCategory = (typeof safetyCategories)[number];
export type SafetyStrength = 'strong' | 'possible';

/** One danger signal of the lexicon. */
export interface SafetySignal {
  category: SafetyCategory;
  strength: SafetyStrength;
  /**
   * Patterns, any of which signals: words separated by spaces, all within `window` words of each
   * other in any order. A word is alternatives separated by `|`, each a whole word (`sloeg`),
   * a stem (`wurg*`), a word end (`*geweld`) or a part anywhere in a word (`*bedreig*`).
   * After ` ! `, words that make this one pattern harmless when near (like `unless`):
   * `"dreigt|dreigde ! advocaat|rechter"`.
   */
  match: readonly string[];
  /** Words (same syntax) that, within a few words of the match, make it harmless. */
  unless?: readonly string[];
  /** How many words the pattern may span (default 6). */
  window?: number;
}

/** What the detector found in one text. */
export interface SafetyAssessment {
  strength: SafetyStrength;
  /** Every category found, strongest signals first. */
  categories: SafetyCategory[];
  /** The writer seems to be a child ("mijn papa", "ik ben 12"): De Kindertelefoon comes first. */
  byChild: boolean;
  /**
   * Present (true) when the signal is strong by the model's reading of the words alone, with no
   * pattern of the lexicon in the text: the card shows, but the hulpzoeker keeps the order of its
   * search results (a short search query is where the words alone mislead most: "kinderalimentatie
   * komt niet binnen wat nu").
   */
  byWordsAlone?: true;
}

export interface SafetyDetector {
  /** The danger signals in `input`, or undefined when there are none. */
  assess(input: string): SafetyAssessment | undefined;
  /** Which patterns matched, for a gemeente testing its own words (`npm run eval -- safety --misses`). */
  explain(input: string): LexiconMatch[];
}

/**
 * A gemeente's extra phrases (`safety.phrases` in the config), as strong signals: each phrase's
 * words must all occur near each other, each at a word start ("bedreig" finds "bedreigd").
 */
export function phraseSignals(phrases: readonly string[]): SafetySignal[] {
  return phrases
    .map((phrase) => normalizeText(phrase))
    .filter((needle) => needle.length > 1)
    .map((needle) => ({
      category: 'acute-violence' as const,
      strength: 'strong' as const,
      match: [
        needle
          .split(' ')
          .map((w) => `${w}*`)
          .join(' '),
      ],
      window: needle.split(' ').length + 2,
    }));
}

/** The help that fits what was found, by contact id, in the order shown (see the content pack). */
export function contactsFor(assessment: SafetyAssessment): string[] {
  const ids: string[] = assessment.byChild ? ['kindertelefoon'] : [];
  const violence = assessment.categories.some((c) => c !== 'suicide-self-harm');
  const suicide = assessment.categories.includes('suicide-self-harm');
  // 113 first when suicidal thoughts fit best ("thinking about killing myself" also matches a
  // threat to kill), and 112 with it on a strong signal
  if (suicide && (!violence || assessment.categories[0] === 'suicide-self-harm'))
    ids.push('113', ...(violence || assessment.strength === 'strong' ? ['112'] : []), ...(violence ? ['veilig-thuis'] : []));
  else ids.push('112', 'veilig-thuis', ...(suicide ? ['113'] : []));
  return ids;
}
