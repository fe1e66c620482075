import { timingSafeEqual } from 'node:crypto';
import type { ChatMessage, ChatSender, ConversationState, DeskConversation } from '../../../src/core/api/chat.js';
import { requireProfessional } from '../../auth/guard.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/router.js';
import type { FeatureContext } from '../types.js';
import type { ChatHub } from './hub.js';
import { addMessage, say, sha256, toMessage } from './rows.js';
import type { ConversationRow, MessageRow } from './rows.js';

/** Minutes a waiting parent may go without a word before the server writes again. */
export const WAIT_REMINDER_MINUTES = 3;
/**
 * Minutes a waiting conversation may go without the parent's stream before the desk shows it
 * as abandoned (the parent closed the tab); it comes back when the parent reconnects.
 */
export const ABANDON_MINUTES = 10;
/** Rough minutes per parent ahead in the queue, for the expected wait. */
const MINUTES_PER_PARENT = 5;

export type ChatService = ReturnType<typeof createChatService>;

/**
 * What the parent's and the desk's routes share: finding a conversation, telling everyone
 * about a change, posting a message, and the reminder timer for waiting parents.
 */
export function createChatService(ctx: FeatureContext, hub: ChatHub) {
  const { db } = ctx;
  const now = () => ctx.now().getTime();

  /** The parent's state: queue position and a rough wait while waiting. */
  async function stateOf(conv: ConversationRow): Promise<ConversationState> {
    if (conv.status === 'active') return { status: 'active', ...(conv.taken_by_name ? { professional: conv.taken_by_name } : {}) };
    if (conv.status === 'closed') return { status: 'closed' };
    const ahead = await db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM chat_conversations WHERE organisation_id = ? AND status = 'waiting' AND abandoned_at IS NULL AND queue_no < ?",
      [conv.organisation_id, conv.queue_no],
    );
    const position = Number(ahead?.n ?? 0);
    const online = hub.professionalsOnline(conv.organisation_id);
    return {
      status: 'waiting',
      position,
      ...(online ? { expectedWaitMinutes: Math.max(1, Math.ceil(((position + 1) * MINUTES_PER_PARENT) / online)) } : {}),
    };
  }

  async function summary(conv: ConversationRow, accountId: string): Promise<DeskConversation> {
    const count = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM chat_messages WHERE conversation_id = ?', [conv.id]);
    return {
      id: conv.id,
      status: conv.status,
      lang: conv.lang,
      createdAt: new Date(conv.created_at).toISOString(),
      ...(conv.taken_by_name ? { takenBy: conv.taken_by_name } : {}),
      mine: conv.taken_by === accountId,
      lastMessageAt: new Date(conv.last_activity_at).toISOString(),
      messageCount: Number(count?.n ?? 0),
      ...(conv.safety ? { safety: conv.safety } : {}),
      ...(conv.status === 'waiting' && conv.abandoned_at ? { abandoned: true } : {}),
    };
  }

  const load = (id: string) => db.get<ConversationRow>('SELECT * FROM chat_conversations WHERE id = ?', [id]);

  /** The conversation a parent's token opens (404 for a wrong token: nothing to learn). */
  async function forParent(id: string, token: string | undefined): Promise<ConversationRow> {
    const conv = await load(id);
    const ok = conv && token && timingSafeEqual(Buffer.from(sha256(token)), Buffer.from(conv.token_hash));
    if (!conv || !ok) throw errors.notFound();
    return conv;
  }
  const bearer = (c: RequestContext) => /^Bearer (.+)$/.exec(String(c.req.headers.authorization ?? ''))?.[1];

  /** A conversation of the professional's own organisation (404 otherwise). */
  async function forDesk(c: RequestContext, id: string): Promise<{ conv: ConversationRow; accountId: string; organisationId: string }> {
    const { accountId, organisationId } = requireProfessional(c);
    const conv = await load(id);
    if (!conv || conv.organisation_id !== organisationId) throw errors.notFound();
    return { conv, accountId, organisationId };
  }

  /** Tells everyone about a change: the parent's stream, the desk, and the rest of the queue. */
  async function publishState(conv: ConversationRow): Promise<void> {
    hub.toConversation(conv.id, { event: 'state', data: await stateOf(conv) });
    hub.toOrganisation(conv.organisation_id, { event: 'conversation', data: { id: conv.id, status: conv.status } });
  }
  async function publishQueue(organisationId: string): Promise<void> {
    const waiting = await db.all<ConversationRow>("SELECT * FROM chat_conversations WHERE organisation_id = ? AND status = 'waiting'", [
      organisationId,
    ]);
    for (const conv of waiting) hub.toConversation(conv.id, { event: 'state', data: await stateOf(conv) });
  }
  /** Closes a conversation and tells the parent, the desk and the parents still waiting. */
  async function close(conv: ConversationRow): Promise<void> {
    await db.run("UPDATE chat_conversations SET status = 'closed', last_activity_at = ? WHERE id = ?", [now(), conv.id]);
    await publishState({ ...conv, status: 'closed' });
    await publishQueue(conv.organisation_id);
  }
  function publishMessage(conv: ConversationRow, message: ChatMessage): void {
    hub.toConversation(conv.id, { event: 'message', id: message.seq, data: message });
    hub.toOrganisation(conv.organisation_id, { event: 'message', data: { conversation: conv.id, message } });
  }

  async function post(conv: ConversationRow, sender: ChatSender, text: string, extra: Parameters<typeof addMessage>[5] = {}) {
    const message = await db.transaction(async (tx) => {
      if (extra.clientId) {
        const existing = await tx.get<MessageRow>(
          'SELECT seq, sender, text, at, client_id, author_name FROM chat_messages WHERE conversation_id = ? AND sender = ? AND client_id = ?',
          [conv.id, sender, extra.clientId],
        );
        if (existing) return { message: toMessage(existing), fresh: false };
      }
      return { message: await addMessage(tx, conv, sender, text, now(), extra), fresh: true };
    });
    if (message.fresh) publishMessage(conv, message.message);
    return message.message;
  }

  /**
   * A waiting parent is never left without a word: after WAIT_REMINDER_MINUTES of silence the
   * server writes again. Runs every minute; exported through `remindWaiting` (index.ts) for tests.
   */
  async function remindWaiting(): Promise<number> {
    const due = now() - WAIT_REMINDER_MINUTES * 60_000;
    const rows = await db.all<ConversationRow>(
      "SELECT * FROM chat_conversations WHERE status = 'waiting' AND abandoned_at IS NULL AND last_activity_at <= ?",
      [due],
    );
    for (const conv of rows) {
      await post(conv, 'system', say('stillWaiting', conv.lang));
      await db.run('UPDATE chat_conversations SET last_reminder_at = ? WHERE id = ?', [now(), conv.id]);
    }
    return rows.length;
  }
  /** The parent's stream opened or closed: the conversation is not abandoned (any more). */
  async function parentSeen(conv: ConversationRow): Promise<void> {
    await db.run('UPDATE chat_conversations SET parent_seen_at = ?, abandoned_at = NULL WHERE id = ?', [now(), conv.id]);
    if (conv.abandoned_at && conv.status === 'waiting') {
      hub.toOrganisation(conv.organisation_id, { event: 'conversation', data: { id: conv.id, status: conv.status } });
      await publishQueue(conv.organisation_id);
    }
  }

  /**
   * A waiting parent who closed the tab is not waited for in silence: after ABANDON_MINUTES
   * without a parent's stream the desk shows the conversation apart, as abandoned, and it no
   * longer counts in the other parents' queue. Streams open in this process count as seen.
   */
  async function markAbandoned(): Promise<number> {
    const listened = hub.listenedConversations();
    if (listened.length) {
      await db.run(`UPDATE chat_conversations SET parent_seen_at = ? WHERE id IN (${listened.map(() => '?').join(', ')})`, [
        now(),
        ...listened,
      ]);
    }
    const due = now() - ABANDON_MINUTES * 60_000;
    const rows = await db.all<ConversationRow>(
      "SELECT * FROM chat_conversations WHERE status = 'waiting' AND abandoned_at IS NULL AND COALESCE(parent_seen_at, created_at) <= ?",
      [due],
    );
    for (const conv of rows) {
      await db.run('UPDATE chat_conversations SET abandoned_at = ? WHERE id = ?', [now(), conv.id]);
      hub.toOrganisation(conv.organisation_id, { event: 'conversation', data: { id: conv.id, status: conv.status } });
    }
    for (const organisation of new Set(rows.map((r) => r.organisation_id))) await publishQueue(organisation);
    return rows.length;
  }

  const timer = setInterval(() => {
    // once across server processes: two would each remind the same waiting parent
    void db.runAlone('chat-reminders', remindWaiting).catch(() => undefined);
    void markAbandoned().catch(() => undefined); // each process marks its own parents' streams as seen
  }, 60_000);
  timer.unref();

  return {
    hub,
    now,
    stateOf,
    summary,
    load,
    forParent,
    bearer,
    forDesk,
    publishState,
    publishQueue,
    close,
    publishMessage,
    post,
    remindWaiting,
    parentSeen,
    markAbandoned,
  };
}
