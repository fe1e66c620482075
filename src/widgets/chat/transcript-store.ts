import type { Text } from '../../core/config/schema/index.js';
import type { ConversationState } from '../../core/api/chat.js';
import type { SafetyAssessment } from '../../core/safety/index.js';
import { createStore } from '../../core/storage/storage.js';
import type { FlowAnswers, FlowWait } from './flow.js';

/**
 * What the chat remembers of one conversation. Kept in memory, and in session storage only
 * after the parent sent a first message (so it survives moving between pages of the site and
 * is gone when the tab closes). "Gesprek wissen" and quick exit remove it.
 */
export type ChatItem = (
  | {
      id: string;
      from: 'parent';
      text: string;
      clientId?: string;
      seq?: number;
      pending?: boolean;
      /** The server refused it: shown with a retry. */ failed?: boolean;
    }
  | { id: string; from: 'bot'; kind: 'welcome' }
  | { id: string; from: 'bot'; kind: 'answer'; entry: string }
  | { id: string; from: 'bot'; kind: 'suggest'; entries: string[] }
  | { id: string; from: 'bot'; kind: 'none' }
  /** A danger signal: `strong` shows the card, `possible` a calm line (older sessions: the card). */
  | { id: string; from: 'bot'; kind: 'safety'; assessment?: SafetyAssessment }
  | { id: string; from: 'bot'; kind: 'text'; text: Text }
  | { id: string; from: 'bot'; kind: 'widget'; widget: string; options: Record<string, string> }
  | { id: string; from: 'bot'; kind: 'notice'; key: string; params?: Record<string, string | number> }
  | { id: string; from: 'professional' | 'system'; text: string; seq: number; name?: string }
) & {
  /** When it was written (ms since 1970): shown on hover and read out with the sender. */
  at?: number;
};

export interface FlowPosition {
  conversation: string;
  wait: FlowWait;
  answers: FlowAnswers;
}

export interface HandoffSession {
  id: string;
  token: string;
  /** The last message sequence number this browser has seen (the reconnect cursor). */
  lastSeq: number;
  /**
   * How many history messages this browser shared when it asked for a person. The server stores
   * them first (sequence 1…n, see `src/core/api/chat.ts`); the log already shows them, so the
   * stream's copies are not added again.
   */
  shared?: number;
  state: ConversationState;
}

export interface ChatSession {
  v: 1;
  items: ChatItem[];
  flow?: FlowPosition;
  handoff?: HandoffSession;
  /** A professional wrote while the panel was closed. */
  unread?: boolean;
  /** The panel was open (a launcher reopens it on the next page). */
  open?: boolean;
}

/** Light check of what comes back from storage (an older version is dropped, not trusted). */
export function parseSession(raw: unknown): ChatSession | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const s = raw as Partial<ChatSession>;
  if (s.v !== 1 || !Array.isArray(s.items)) return undefined;
  if (s.handoff && (typeof s.handoff.id !== 'string' || typeof s.handoff.token !== 'string' || typeof s.handoff.lastSeq !== 'number'))
    return undefined;
  return s as ChatSession;
}

export const sessionStore = createStore<ChatSession>('chat', 'session', 'session', parseSession);
