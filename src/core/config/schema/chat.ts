import * as z from 'zod/mini';
import { id, isoDate, link, openingHours, text, webUrl } from './common.js';

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
  keywords: z.optional(z.array(z.string())),
  themes: z.optional(z.array(id)),
  links: z.optional(z.array(link)),
  source: z.optional(webUrl),
});

const choice = z.strictObject({ label: text, next: id });

/** One step of a guided conversation. */
export const conversationNode = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('message'), text, next: z.optional(id) }),
  z.strictObject({ type: z.literal('choice'), text, choices: z.array(choice).check(z.minLength(1, 'at-least-one')) }),
  z.strictObject({ type: z.literal('question'), text, input: z.enum(['text', 'postcode']), store: z.optional(id), next: id }),
  z.strictObject({ type: z.literal('jump'), to: id }),
  z.strictObject({
    type: z.literal('widget'),
    text: z.optional(text),
    widget: z.enum(['hulpzoeker', 'spreekuur-aanmelding', 'stap-tracker']),
    /** Attributes for the opened widget, for example `{"spreekuur": "wijkteam"}`. */
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

/** Words that signal danger: they bring up the safety card before anything else. */
export const safety = z.strictObject({
  phrases: z.optional(z.array(z.string().check(z.minLength(2, 'not-empty')))),
  /** Where the quick-exit button goes: a neutral site. */
  quickExitUrl: z.optional(webUrl),
});

/** When a professional can take over a chat (Europe/Amsterdam). */
export const chatSettings = z.strictObject({
  openingHours: z.optional(openingHours),
  /** Days on which nobody is available (public holidays). */
  closedDays: z.optional(z.array(isoDate)),
  botName: z.optional(text),
});

export type KnowledgeEntry = z.infer<typeof knowledgeEntry>;
export type ConversationNode = z.infer<typeof conversationNode>;
export type Conversation = z.infer<typeof conversation>;
export type ChatSettings = z.infer<typeof chatSettings>;
