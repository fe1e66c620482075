import type { Feature, FeatureContext } from '../types.js';
import { deskRoutes } from './desk-routes.js';
import { ChatHub } from './hub.js';
import { parentRoutes } from './parent-routes.js';
import { createChatService } from './service.js';

/**
 * The chat handoff relay: a parent who asks for a person opens a conversation (with the
 * history so far, only with consent), professionals of the same organisation see it in the
 * desk, take it, reply, show typing and close it. Messages are stored with a sequence number
 * per conversation and published to server-sent event streams; a stream that reconnects reads
 * what came after its cursor, so nothing is lost or doubled. See docs/chat.md.
 */

export { ABANDON_MINUTES, WAIT_REMINDER_MINUTES } from './service.js';

const hubs = new WeakMap<FeatureContext, ChatHub>();
/** The relay of one running server (tests reach it through `app.ctx`). */
export function chatHub(ctx: FeatureContext): ChatHub {
  let hub = hubs.get(ctx);
  if (!hub) hubs.set(ctx, (hub = new ChatHub(ctx.db.bus)));
  return hub;
}

export const chat: Feature = {
  name: 'chat',
  migrations: [
    {
      id: 'chat-001',
      description: 'chat conversations, messages and questions left outside opening hours',
      up: `
        CREATE TABLE chat_conversations (
          id TEXT PRIMARY KEY,
          organisation_id TEXT NOT NULL REFERENCES organisations (id),
          token_hash TEXT NOT NULL,
          lang TEXT NOT NULL,
          status TEXT NOT NULL,
          taken_by TEXT,
          taken_by_name TEXT,
          created_at INTEGER NOT NULL,
          last_activity_at INTEGER NOT NULL,
          last_reminder_at INTEGER,
          next_seq INTEGER NOT NULL
        );
        CREATE INDEX chat_conversations_org ON chat_conversations (organisation_id, status, created_at);
        CREATE TABLE chat_messages (
          conversation_id TEXT NOT NULL REFERENCES chat_conversations (id),
          seq INTEGER NOT NULL,
          sender TEXT NOT NULL,
          text TEXT NOT NULL,
          at INTEGER NOT NULL,
          client_id TEXT,
          author_id TEXT,
          author_name TEXT,
          PRIMARY KEY (conversation_id, seq)
        );
        CREATE UNIQUE INDEX chat_messages_client ON chat_messages (conversation_id, sender, client_id);
        CREATE TABLE chat_questions (
          id TEXT PRIMARY KEY,
          organisation_id TEXT NOT NULL REFERENCES organisations (id),
          lang TEXT NOT NULL,
          question TEXT NOT NULL,
          name TEXT,
          email TEXT,
          phone TEXT,
          created_at INTEGER NOT NULL,
          handled_at INTEGER
        );
        CREATE INDEX chat_questions_org ON chat_questions (organisation_id, created_at);
      `,
    },
    {
      id: 'chat-002',
      description: 'queue order of chat conversations (several may start in the same millisecond)',
      up: 'ALTER TABLE chat_conversations ADD COLUMN queue_no INTEGER NOT NULL DEFAULT 0;',
    },
    {
      id: 'chat-003',
      description: 'the strongest danger signal in what the parent wrote, for the desk flag',
      up: 'ALTER TABLE chat_conversations ADD COLUMN safety TEXT; ALTER TABLE chat_questions ADD COLUMN safety TEXT;',
    },
    {
      id: 'chat-004',
      description: 'when the parent was last connected, and when a waiting conversation was left (abandoned)',
      up: 'ALTER TABLE chat_conversations ADD COLUMN parent_seen_at INTEGER; ALTER TABLE chat_conversations ADD COLUMN abandoned_at INTEGER;',
    },
  ],
  retention: [
    {
      kind: 'chats',
      defaultDays: 30,
      description: 'chat conversations and their messages, from the last message; questions left, from when they were left',
      async purge(db, cutoff) {
        const t = cutoff.getTime();
        return db.transaction(async (tx) => {
          await tx.run(
            'DELETE FROM chat_messages WHERE conversation_id IN (SELECT id FROM chat_conversations WHERE last_activity_at < ?)',
            [t],
          );
          const convs = await tx.run('DELETE FROM chat_conversations WHERE last_activity_at < ?', [t]);
          const qs = await tx.run('DELETE FROM chat_questions WHERE created_at < ?', [t]);
          return convs.changes + qs.changes;
        });
      },
    },
  ],
  routes(router, ctx) {
    const service = createChatService(ctx, chatHub(ctx));
    reminders.set(ctx, service.remindWaiting);
    abandonChecks.set(ctx, service.markAbandoned);
    parentRoutes(router, ctx, service);
    deskRoutes(router, ctx, service);
  },
  close(ctx) {
    // the other processes forget this one's professionals at once
    hubs.get(ctx)?.close();
  },
};

const reminders = new WeakMap<FeatureContext, () => Promise<number>>();
/** Writes to every parent who waited WAIT_REMINDER_MINUTES without a word; returns how many. */
export function remindWaiting(ctx: FeatureContext): Promise<number> {
  return reminders.get(ctx)?.() ?? Promise.resolve(0);
}

const abandonChecks = new WeakMap<FeatureContext, () => Promise<number>>();
/** Marks waiting conversations whose parent left ABANDON_MINUTES ago; returns how many (tests). */
export function markAbandoned(ctx: FeatureContext): Promise<number> {
  return abandonChecks.get(ctx)?.() ?? Promise.resolve(0);
}
