/**
 * Recognises words and phrases that signal danger (violence, fear, threats, suicidal thoughts)
 * in what a parent typed. Shared by every widget that takes free text; the chat checks it
 * before any other answer. Matching ignores case and accents and starts at a word start, so
 * "bedreig" finds "bedreigd" and "Bedreiging" but "geweld" does not fire inside "ongeweldig".
 */

/** Lower case, accents removed, every run of non-letters/digits one space. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SafetyDetector {
  /** The first configured phrase found in `input`, or undefined. */
  match(input: string): string | undefined;
}

/** Builds a detector over a phrase list (the national list plus the config's own). */
export function createSafetyDetector(phrases: readonly string[]): SafetyDetector {
  const prepared = phrases
    .map((phrase) => ({ phrase, needle: normalizeText(phrase) }))
    .filter((p) => p.needle.length > 1);
  return {
    match(input) {
      const hay = ` ${normalizeText(input)}`;
      return prepared.find((p) => hay.includes(` ${p.needle}`))?.phrase;
    },
  };
}

/** One-off check; prefer `createSafetyDetector` when checking many inputs against one list. */
export function detectDanger(input: string, phrases: readonly string[]): string | undefined {
  return createSafetyDetector(phrases).match(input);
}
