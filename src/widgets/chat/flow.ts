import type { Conversation, ConversationNode } from '../../core/config/schema/index.js';
import type { Text } from '../../core/config/schema/index.js';

/**
 * The guided-conversation interpreter: pure functions over a conversation from the config.
 * `run` walks from a node through messages and jumps until the parent must act (a choice,
 * a question, a widget with nothing after it, a handoff) or the conversation ends.
 */
export type FlowOutput =
  | { kind: 'message'; text: Text }
  | { kind: 'widget'; widget: Extract<ConversationNode, { type: 'widget' }>['widget']; options: Record<string, string>; text?: Text };

export type FlowWait =
  | { kind: 'choice'; node: string; text: Text; choices: { label: Text; next: string }[] }
  | { kind: 'question'; node: string; text: Text; input: 'text' | 'postcode' }
  | { kind: 'handoff'; text?: Text }
  | { kind: 'end' }
  /** The config is broken here (a missing node or a loop of jumps): say so calmly and offer a person. */
  | { kind: 'error'; node: string };

export interface FlowStep {
  outputs: FlowOutput[];
  wait: FlowWait;
}

/** What the parent answered to questions with `store`, by key. */
export type FlowAnswers = Record<string, string>;

const MAX_STEPS = 50;

/** Widget options may use what the parent answered: `{"postcode": "{postcode}"}`. */
function fill(options: Record<string, string>, answers: FlowAnswers): Record<string, string> {
  return Object.fromEntries(
    Object.entries(options).map(([k, v]) => [k, v.replace(/\{([a-z0-9-]+)\}/g, (_, key: string) => answers[key] ?? '')]),
  );
}

export function run(conv: Conversation, from: string = conv.start, answers: FlowAnswers = {}): FlowStep {
  const outputs: FlowOutput[] = [];
  let id: string | undefined = from;
  for (let i = 0; id !== undefined && i < MAX_STEPS; i++) {
    const node: ConversationNode | undefined = conv.nodes[id];
    if (!node) return { outputs, wait: { kind: 'error', node: id } };
    switch (node.type) {
      case 'message':
        outputs.push({ kind: 'message', text: node.text });
        id = node.next;
        break;
      case 'jump':
        id = node.to;
        break;
      case 'widget':
        if (node.text) outputs.push({ kind: 'message', text: node.text });
        outputs.push({ kind: 'widget', widget: node.widget, options: fill(node.options ?? {}, answers) });
        id = node.next;
        break;
      case 'choice':
        return { outputs, wait: { kind: 'choice', node: id, text: node.text, choices: node.choices } };
      case 'question':
        return { outputs, wait: { kind: 'question', node: id, text: node.text, input: node.input } };
      case 'handoff':
        return { outputs, wait: { kind: 'handoff', text: node.text } };
    }
  }
  return id === undefined ? { outputs, wait: { kind: 'end' } } : { outputs, wait: { kind: 'error', node: id } };
}

/** A Dutch postcode (1234 AB) or its four digits; gives the normalised form or undefined. */
export function normalizePostcode(input: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})?\s*$/.exec(input);
  if (!m) return undefined;
  return m[2] ? `${m[1]} ${m[2].toUpperCase()}` : m[1];
}

export type AnswerResult =
  { ok: true; step: FlowStep; answers: FlowAnswers } | { ok: false; reason: 'empty' | 'postcode' | 'not-waiting' | 'unknown-choice' };

/** The parent picked choice `index` at a choice node. */
export function choose(conv: Conversation, nodeId: string, index: number, answers: FlowAnswers = {}): AnswerResult {
  const node = conv.nodes[nodeId];
  if (node?.type !== 'choice') return { ok: false, reason: 'not-waiting' };
  const picked = node.choices[index];
  if (!picked) return { ok: false, reason: 'unknown-choice' };
  return { ok: true, step: run(conv, picked.next, answers), answers };
}

/** The parent answered a question node; postcodes are checked and normalised. */
export function answer(conv: Conversation, nodeId: string, value: string, answers: FlowAnswers = {}): AnswerResult {
  const node = conv.nodes[nodeId];
  if (node?.type !== 'question') return { ok: false, reason: 'not-waiting' };
  let stored = value.trim();
  if (!stored) return { ok: false, reason: 'empty' };
  if (node.input === 'postcode') {
    const pc = normalizePostcode(stored);
    if (!pc) return { ok: false, reason: 'postcode' };
    stored = pc;
  }
  const next = node.store ? { ...answers, [node.store]: stored } : answers;
  return { ok: true, step: run(conv, node.next, next), answers: next };
}
