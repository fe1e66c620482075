import * as z from 'zod/mini';
import { id, isoDate, link, openingHours, text, webUrl } from './common.js';
import { safetyCategories } from '../../safety/signals.js';

/**
 * A knowledge-base entry: content a gemeente wrote (or the library ships). The chat answers
 * only with these, never with generated text. `answer` uses a small safe format:
 * paragraphs separated by a blank line, lines starting with "- " as a list, and
 * [label](https://…) links (http(s), mailto and tel only).
 */
export const knowledgeEntry = z.strictObject({
  id,
  question: text,
  answer: text,
  /**
   * Other ways parents ask the same question, in their own words and in any language
   * (informal, with typos, fragments, English): the chat matches a question against these too.
   */
  alternatives: z.optional(z.array(z.string())),
  keywords: z.optional(z.array(z.string())),
  themes: z.optional(z.array(id)),
  links: z.optional(z.array(link)),
  /** Where the facts in the answer were checked: one URL or several. */
  source: z.optional(z.union([webUrl, z.array(webUrl)])),
});

const choice = z.strictObject({ label: text, next: id });

/**
 * One step of a guided conversation. Texts use the same safe format as answers.
 * - `message`: the bot says `text`, then goes to `next` (or the conversation ends);
 * - `choice`: the parent picks one of `choices`, each leading to its `next`;
 * - `question`: the parent types free text or a postcode (checked); `store` keeps the answer
 *   under that name, so a later widget node can use it as `{name}` in its options;
 * - `jump`: goes on at node `to`;
 * - `widget`: opens another DigiPlein widget inside the chat (by its element, never its code):
 *   hulpzoeker results, the spreekuur sign-up form, or the route (a `step` option opens one step);
 * - `handoff`: offers to talk to a person (opening hours, consent, then the live chat).
 */
/**
 * The attributes a guided conversation may set on each widget it opens: the documented ones
 * only. Anything else (`onclick`, `style`, `src`) is a config mistake named with its path, and
 * is never set on the element, also not from a chat session stored before the config was fixed.
 */
export const widgetOptionNames: Readonly<Record<'hulpzoeker' | 'spreekuur-aanmelding' | 'stap-tracker', readonly string[]>> = {
  hulpzoeker: ['mode', 'query', 'postcode', 'show-results', 'heading-level', 'hide-heading'],
  'spreekuur-aanmelding': ['spreekuur', 'heading-level', 'hide-heading'],
  'stap-tracker': ['heading-level', 'hide-heading'],
};

export const conversationNode = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('message'), text, next: z.optional(id) }),
  z.strictObject({ type: z.literal('choice'), text, choices: z.array(choice).check(z.minLength(1, 'at-least-one')) }),
  z.strictObject({ type: z.literal('question'), text, input: z.enum(['text', 'postcode']), store: z.optional(id), next: id }),
  z.strictObject({ type: z.literal('jump'), to: id }),
  z.strictObject({
    type: z.literal('widget'),
    text: z.optional(text),
    widget: z.enum(['hulpzoeker', 'spreekuur-aanmelding', 'stap-tracker']),
    /**
     * Attributes for the opened widget, for example `{"spreekuur": "wijkteam"}`: only the ones in
     * `widgetOptionNames` (an event handler or `style` from a shared config must never reach a page).
     */
    options: z.optional(z.record(z.string(), z.string())),
    next: z.optional(id),
  }),
  z.strictObject({ type: z.literal('handoff'), text: z.optional(text) }),
]);

/** A guided conversation: nodes by id, starting at `start`. */
export const conversation = z.strictObject({
  id,
  title: text,
  start: id,
  nodes: z.record(id, conversationNode),
});

/**
 * A gemeente's own danger signal, added to the national lexicon (see docs/safety.md for the
 * pattern syntax): words in any order close together, `|` for alternatives, `*` for a stem.
 */
const safetySignal = z.strictObject({
  category: z.enum(safetyCategories),
  strength: z.enum(['strong', 'possible']),
  match: z.array(z.string().check(z.minLength(2, 'not-empty'))).check(z.minLength(1, 'at-least-one')),
  unless: z.optional(z.array(z.string().check(z.minLength(2, 'not-empty')))),
  window: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(20))),
});

/** Words that signal danger: they bring up the safety help in every widget. */
export const safety = z.strictObject({
  /** Extra words or phrases that signal danger, as strong signals (each word found at a word start). */
  phrases: z.optional(z.array(z.string().check(z.minLength(2, 'not-empty')))),
  /** Extra signals with a category and a strength, in the lexicon's own syntax. */
  signals: z.optional(z.array(safetySignal)),
  /** Where the quick-exit button goes: a neutral site. */
  quickExitUrl: z.optional(webUrl),
});

/** When a professional can take over a chat (Europe/Amsterdam). */
export const chatSettings = z.strictObject({
  openingHours: z.optional(openingHours),
  /** Days on which nobody is available (public holidays). */
  closedDays: z.optional(z.array(isoDate)),
  botName: z.optional(text),
  /**
   * This organisation's id on the DigiPlein server in `endpoints.api` (the reference server's
   * `organisations` table). Without it, or without `endpoints.api`, the chat offers the
   * organisation's own contact details instead of a live chat.
   */
  organisation: z.optional(id),
  /** Ids of the guided conversations offered as topics when the chat opens (default: all). */
  starters: z.optional(z.array(id)),
});

export type KnowledgeEntry = z.infer<typeof knowledgeEntry>;
export type ConversationNode = z.infer<typeof conversationNode>;
export type Conversation = z.infer<typeof conversation>;
export type ChatSettings = z.infer<typeof chatSettings>;
