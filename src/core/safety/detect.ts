/**
 * The one danger detector of DigiPlein: every free-text field of every widget asks it (the
 * hulpzoeker search, the chat, the stap-tracker's notes and comments, the sign-up's question),
 * and the server uses it to flag a conversation or a sign-up in the desk.
 *
 * It matches a lexicon of *signals* (the national one in `src/content/safety-lexicon.ts`, plus a
 * gemeente's own from its config) against text as people write it, in Dutch and English:
 *
 * - **patterns of words in any order within a short window**: `"slaat|sloeg me|mij"` finds
 *   "hij slaat me", "gisteren sloeg hij mij weer";
 * - **word forms**: `wurg*` (a stem) finds wurgt, wurgde, gewurgd: before matching, a
 *   past participle loses its ge- and final d/t (`gewurgd` → `wurg`) and a past tense its
 *   -de/-te (`bedreigde` → `bedreig`);
 * - **compounds**: `*bedreig*` finds "doodsbedreiging", `*geweld` finds "partnergeweld";
 * - **one typo in longer words** (seven letters or more, keeping the first letter):
 *   `zelfmoord*` finds "zelfmord";
 * - **look-alikes left out**: a signal's `unless` words near the match make it harmless
 *   ("mijn ex dreigt met een advocaat").
 *
 * Each signal has a category (which help fits) and a strength: `strong` puts the safety card
 * first; `possible` keeps the answer and adds a calm safety line above it. With the national
 * model (`./model.ts`) the national signals' matches are weighed together with the message's
 * words before anything is shown; a gemeente's own signals always count.
 */

import { normalizeText } from './normalize.js';
import { writesAsChild } from './writer.js';
import type { LexiconMatch, SafetyScorer } from './model.js';
import type { SafetyCategory, SafetyDetector, SafetySignal, SafetyStrength } from './signals.js';

// the server, the evaluation and the tests take the whole detector from here
export { normalizeText };
export { contactsFor, phraseSignals, safetyCategories } from './signals.js';
export type { SafetyAssessment, SafetyCategory, SafetyDetector, SafetySignal, SafetyStrength } from './signals.js';

type WordTest = (forms: readonly string[]) => boolean;

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Typos are tolerated from this many letters: shorter words turn into other words too easily. */
const TYPO_MIN = 7;

/**
 * Common words one letter away from a word of the lexicon, never read as its typo ("its strange
 * how calm I feel" is not "strangle"; "bij hem geslapen" is not "geslagen"). Found by listing
 * the typo matches in every labelled message of bench/eval (danger and harmless alike).
 */
const NOT_TYPOS = new Set(
  (
    'strange stranger cooking burying slipped swapped swapping snapping staring messing switches heating packing ruining ' +
    'moaning sharing shaking fights geslapen gestopt opbrengen doorgaan stikken verdienen verkopen overleden dichter ' +
    'gezeten gegeten stampen opslaan verdeling'
  ).split(' '),
);

function compileAlternative(spec: string): (form: string) => boolean {
  const starts = spec.startsWith('*');
  const ends = spec.endsWith('*') && spec.length > 1;
  const core = spec.replace(/^\*|\*$/g, '');
  if (starts && ends) return (form) => form.includes(core);
  if (starts) return (form) => form.endsWith(core);
  // a typo keeps the first letter: "picking" is no typo of "kicking", nor "zonder" of "zender"
  if (ends) {
    // a stem matches many words already: typos only for long ones ("verwond*" must not take "verwend")
    const stemTypos = core.length >= TYPO_MIN + 2;
    return (form) =>
      form.startsWith(core) ||
      (stemTypos &&
        !NOT_TYPOS.has(form) &&
        form[0] === core[0] &&
        form.length >= core.length - 1 &&
        [core.length - 1, core.length, core.length + 1].some((n) => withinOneEdit(form.slice(0, n), core)));
  }
  // a whole word: compileWord sends only those long enough for a typo here
  return (form) => form === core || (form[0] === core[0] && !NOT_TYPOS.has(form) && withinOneEdit(form, core));
}

function compileWord(spec: string): WordTest {
  // whole words too short for typos are looked up at once: most alternatives are such words,
  // and every word of a message meets every pattern (the server checks each sign-up and message)
  const alternatives = spec.split('|').filter(Boolean);
  const tested = (alt: string) => alt.includes('*') || alt.length >= TYPO_MIN;
  const exact = new Set(alternatives.filter((alt) => !tested(alt)));
  const tests = alternatives.filter(tested).map(compileAlternative);
  return (forms) => forms.some((form) => exact.has(form) || tests.some((test) => test(form)));
}

const PARTICIPLE = /^ge([^aeiou].{2,})$/;
const SEPARABLE = /^(op|af|uit|mee|weg|in|aan|vast|door|om|terug|dood|kapot)ge(.{3,})$/;

/**
 * The forms of one word that patterns are matched against: the word itself, and for Dutch
 * verb forms their stem (gewurgd → wurg, opgesloten → opsloten, bedreigde → bedreig).
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string) => {
    if (form.length >= 3 && !forms.includes(form)) forms.push(form);
  };
  const participle = PARTICIPLE.exec(word)?.[1] ?? (SEPARABLE.exec(word) ? word.replace(SEPARABLE, '$1$2') : undefined);
  if (participle) {
    add(participle);
    if (/[^aeiou][dt]$/.test(participle)) add(participle.slice(0, -1));
  }
  if (word.length >= 6 && /[^aeiou][dt]en?$/.test(word)) add(word.replace(/[dt]en?$/, ''));
  return forms;
}

interface CompiledPattern {
  words: WordTest[];
  unless: WordTest[];
  window: number;
}
interface CompiledSignal {
  readonly signal: SafetySignal;
  patterns: CompiledPattern[];
  unless: WordTest[];
}

function compilePattern(pattern: string, window: number): CompiledPattern {
  const [words = '', unless = ''] = pattern.split(' ! ');
  return { words: words.trim().split(/\s+/).map(compileWord), unless: unless.trim().split(/\s+/).filter(Boolean).map(compileWord), window };
}

/**
 * Where `pattern` occurs: the span [first, last] of its words within the window (in any order),
 * or undefined. Every occurrence of each other word near the first is tried, so a repeated word
 * does not widen the span ("ik wil dat niet, ik wil er niet meer zijn": the nearer "niet" fits).
 */
function findPattern(tokens: readonly string[][], pattern: CompiledPattern): [number, number] | undefined {
  const [first, ...rest] = pattern.words;
  for (let i = 0; i < tokens.length; i++) {
    if (!first!(tokens[i]!)) continue;
    const from = Math.max(0, i - pattern.window + 1);
    const to = Math.min(tokens.length, i + pattern.window);
    const places = rest.map((word) => {
      const at: number[] = [];
      for (let j = from; j < to; j++) if (word(tokens[j]!)) at.push(j);
      return at;
    });
    if (places.some((at) => !at.length)) continue;
    // the narrowest choice of one place per word (a pattern has a few words, each a few places);
    // each word its own place: "haar" is not both "aan haar" and "haar kind" in "haar vader zit"
    const taken = [i];
    const fit = (k: number, lo: number, hi: number): [number, number] | undefined => {
      if (hi - lo >= pattern.window) return undefined;
      if (k === places.length) return [lo, hi];
      for (const j of places[k]!) {
        if (taken.includes(j)) continue;
        taken.push(j);
        const span = fit(k + 1, Math.min(lo, j), Math.max(hi, j));
        taken.pop();
        if (span) return span;
      }
      return undefined;
    };
    const span = fit(0, i, i);
    if (span) return span;
  }
  return undefined;
}

/** How near (in words) an `unless` word must be to the match to make it harmless. */
const UNLESS_REACH = 6;

/** What to compare one text with, compiled once. */
function compileSignals(signals: readonly SafetySignal[]): CompiledSignal[] {
  return signals.map((signal) => ({
    signal,
    patterns: signal.match.map((p) => compilePattern(p, signal.window ?? 6)),
    unless: (signal.unless ?? []).map(compileWord),
  }));
}

/**
 * Every signal's first matching pattern, skipping categories already found strong (unless
 * `all`: then every signal that matches, as the model and `explain` want them).
 */
function matchSignals(compiled: readonly CompiledSignal[], tokens: string[][], all: boolean): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const strong = new Set<SafetyCategory>();
  for (const { signal, patterns, unless } of compiled) {
    if (!all && strong.has(signal.category)) continue;
    for (const [index, pattern] of patterns.entries()) {
      const span = findPattern(tokens, pattern);
      if (!span) continue;
      const near = tokens.slice(Math.max(0, span[0] - UNLESS_REACH), span[1] + UNLESS_REACH + 1);
      if ([...unless, ...pattern.unless].some((word) => near.some((forms) => word(forms)))) continue;
      out.push({ category: signal.category, strength: signal.strength, pattern: signal.match[index]! });
      if (signal.strength === 'strong') strong.add(signal.category);
      break;
    }
  }
  return out;
}

/**
 * Builds a detector over a lexicon.
 *
 * Without a scorer, every signal of `signals` that matches counts, at its own strength. With the
 * scorer of the on-device model (`./model.ts`, trained on the national lexicon), the model decides over
 * `signals`: it weighs their matches together with the words of the message, so a pattern that
 * matches a harmless look-alike stays silent and a message no pattern matches can still signal.
 * `own` signals (a gemeente's words from its config, which the model has never seen) always
 * count at their own strength.
 */
export function createSafetyDetector(
  signals: readonly SafetySignal[],
  scorer?: SafetyScorer,
  own: readonly SafetySignal[] = [],
): SafetyDetector {
  const national = compileSignals(signals);
  const extra = compileSignals(own);
  const tokensOf = (input: string) => {
    const text = normalizeText(input);
    return { text, tokens: text ? text.split(' ').map(wordForms) : [] };
  };
  return {
    explain(input) {
      const { tokens } = tokensOf(input);
      return [...matchSignals(national, tokens, true), ...matchSignals(extra, tokens, true)];
    },
    assess(input) {
      const { text, tokens } = tokensOf(input);
      if (!tokens.length) return undefined;
      const found = new Map<SafetyCategory, SafetyStrength>();
      /** The category the model's words fit best, when it weighed the message. */
      let bestFit: SafetyCategory | undefined;
      /** Whether any pattern, national or the gemeente's, matched. */
      let patterns = false;
      const note = (category: SafetyCategory, strength: SafetyStrength) => {
        if (found.get(category) !== 'strong') found.set(category, strength);
      };
      for (const match of matchSignals(extra, tokens, false)) {
        note(match.category, match.strength);
        patterns = true;
      }
      if (!scorer) {
        for (const match of matchSignals(national, tokens, false)) {
          note(match.category, match.strength);
          patterns = true;
        }
      } else {
        /** The model's verdict on one text, given its matches: score and categories when it reaches `line`. */
        const weigh = (part: string, matched: LexiconMatch[], line: number) => {
          const { score, categories } = scorer.score(part, matched);
          return { verdict: score >= line ? { matched, score, categories } : undefined, score };
        };
        const matched = matchSignals(national, tokens, true);
        if (matched.length) patterns = true;
        const { verdict: weighed, score: wholeScore } = weigh(input, matched, scorer.threshold);
        // a word or two that no pattern matches is too little for the words alone: "hulp", "help"
        // or "he" typed in a search box read like the start of a danger message (no danger
        // message of two words or fewer in bench/eval/safety lacks a pattern)
        const whole = matched.length || tokens.length > 2 ? weighed : undefined;
        const verdict =
          whole ??
          scorer
            .sentences(input)
            .map((sentence) => weigh(sentence, matchSignals(national, tokensOf(sentence).tokens, true), scorer.sentenceThreshold).verdict)
            .find(Boolean);
        if (verdict) {
          // the strong line was drawn on whole messages; a sentence alone scores higher
          const strong =
            whole !== undefined && verdict.score >= (verdict.matched.length ? scorer.strongThreshold : scorer.strongWordsAloneThreshold);
          for (const match of verdict.matched) note(match.category, strong || match.strength === 'strong' ? 'strong' : 'possible');
          // the model's best fit as well: a pattern can point to other help than the message
          // needs ("thinking about killing myself" matches a threat to kill)
          bestFit = verdict.categories[0];
          const fits = verdict.matched.length ? verdict.categories.slice(0, 1) : verdict.categories;
          for (const category of fits.length || verdict.matched.length ? fits : ['acute-violence' as const])
            note(category, strong ? 'strong' : 'possible');
        } else if (wholeScore >= scorer.floorThreshold) {
          // the model may turn a strong pattern down to the calm line with the numbers; it turns
          // it off only where the words around it say harmless, under a line drawn on look-alikes
          for (const match of matched) if (match.strength === 'strong') note(match.category, 'possible');
        }
      }
      if (!found.size) return undefined;
      // strong before possible; among equals, the category the model's words fit best first
      const rank = (c: SafetyCategory) => 2 * Number(found.get(c) === 'possible') + Number(c !== bestFit);
      const categories = [...found.keys()].sort((a, b) => rank(a) - rank(b));
      const strength = [...found.values()].includes('strong') ? 'strong' : 'possible';
      return {
        strength,
        categories,
        byChild: writesAsChild(text),
        ...(strength === 'strong' && !patterns ? { byWordsAlone: true as const } : {}),
      };
    },
  };
}
