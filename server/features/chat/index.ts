import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import {
  chatMessage, deskConversation, deskQuestion, leaveQuestionRequest, sendMessageRequest, startConversationRequest,
  startConversationResponse, typingRequest,
} from '../../../src/core/api/chat.js';
import type { ChatMessage, ChatSender, ConversationState, DeskConversation, DeskQuestion } from '../../../src/core/api/chat.js';
import { requireProfessional } from '../../auth/guard.js';
import type { Queryable } from '../../db/database.js';
import { errors, HttpError } from '../../http/errors.js';
import type { RequestContext } from '../../http/router.js';
import { Reply } from '../../http/router.js';
import type { Feature, FeatureContext } from '../types.js';
import { ChatHub, openStream } from './hub.js';
import type { SseEvent } from './hub.js';

/**
 * The chat handoff relay: a parent who asks for a person opens a conversation (with the
 * history so far, only with consent), professionals of the same organisation see it in the
 * desk, take it, reply, show typing and close it. Messages are stored with a sequence number
 * per conversation and published to server-sent event streams; a stream that reconnects reads
 * what came after its cursor, so nothing is lost or doubled. See docs/chat.md.
 */

/** Minutes a waiting parent may go without a word before the server writes again. */
export const WAIT_REMINDER_MINUTES = 3;
/** Rough minutes per parent ahead in the queue, for the expected wait. */
const MINUTES_PER_PARENT = 5;

const hubs = new WeakMap<FeatureContext, ChatHub>();
/** The relay of one running server (tests reach it through `app.ctx`). */
export function chatHub(ctx: FeatureContext): ChatHub {
  let hub = hubs.get(ctx);
  if (!hub) hubs.set(ctx, (hub = new ChatHub()));
  return hub;
}

interface ConversationRow {
  id: string;
  organisation_id: string;
  token_hash: string;
  lang: string;
  status: 'waiting' | 'active' | 'closed';
  taken_by: string | null;
  taken_by_name: string | null;
  created_at: number;
  last_activity_at: number;
  last_reminder_at: number | null;
  next_seq: number;
  queue_no: number;
}
interface MessageRow {
  seq: number;
  sender: ChatSender;
  text: string;
  at: number;
  client_id: string | null;
  author_name: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const toMessage = (r: MessageRow): ChatMessage => ({
  seq: r.seq,
  from: r.sender,
  text: r.text,
  at: new Date(r.at).toISOString(),
  ...(r.client_id ? { clientId: r.client_id } : {}),
  ...(r.author_name ? { name: r.author_name } : {}),
});

const notYours = () =>
  new HttpError(409, 'not_yours', { nl: 'Een collega heeft dit gesprek al aangenomen.', en: 'A colleague has already taken this conversation.' });
const closedError = () =>
  new HttpError(409, 'conversation_closed', { nl: 'Dit gesprek is afgesloten.', en: 'This conversation has been closed.' });
const unknownOrganisation = () =>
  new HttpError(404, 'unknown_organisation', {
    nl: 'Deze organisatie is niet bekend op deze server. Controleer "chat.organisation" in de configuratie.',
    en: 'This organisation is not known on this server. Check "chat.organisation" in the config.',
  });

/** Texts the server itself writes into a conversation (in the parent's language). */
const systemTexts = {
  received: {
    nl: 'Uw vraag is doorgezet naar een medewerker. U krijgt hier antwoord. U kunt dit venster openlaten of verder kijken op de website.',
    en: 'Your question has been passed to a professional. You will get an answer here. You can keep this window open or browse the website.',
  },
  nobodyOnline: {
    nl: 'Er is op dit moment geen medewerker achter de computer. U kunt blijven wachten, of het gesprek beëindigen en een vraag achterlaten.',
    en: 'No professional is at their desk right now. You can keep waiting, or end the conversation and leave a question.',
  },
  stillWaiting: {
    nl: 'U wacht nog even. We zijn u niet vergeten. Wilt u niet wachten? Beëindig het gesprek en laat een vraag achter.',
    en: 'You are still waiting. We have not forgotten you. Rather not wait? End the conversation and leave a question.',
  },
  closedByParent: { nl: 'De ouder heeft het gesprek beëindigd.', en: 'The parent has ended the conversation.' },
} as const;
const say = (key: keyof typeof systemTexts, lang: string) => (lang.startsWith('en') ? systemTexts[key].en : systemTexts[key].nl);

async function addMessage(
  tx: Queryable,
  conv: Pick<ConversationRow, 'id'>,
  sender: ChatSender,
  text: string,
  at: number,
  extra: { clientId?: string; authorId?: string; authorName?: string } = {},
): Promise<ChatMessage> {
  const row = await tx.get<{ next_seq: number }>('SELECT next_seq FROM chat_conversations WHERE id = ?', [conv.id]);
  const seq = row!.next_seq;
  await tx.run(
    'INSERT INTO chat_messages (conversation_id, seq, sender, text, at, client_id, author_id, author_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [conv.id, seq, sender, text, at, extra.clientId ?? null, extra.authorId ?? null, extra.authorName ?? null],
  );
  await tx.run('UPDATE chat_conversations SET next_seq = ?, last_activity_at = ? WHERE id = ?', [seq + 1, at, conv.id]);
  return toMessage({ seq, sender, text, at, client_id: extra.clientId ?? null, author_name: extra.authorName ?? null });
}

export const chat: Feature = {
  name: 'chat',
  openapi: 'chat',
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
  ],
  retention: [
    {
      kind: 'chats',
      defaultDays: 30,
      description: 'chat conversations and their messages, from the last message; questions left, from when they were left',
      async purge(db, cutoff) {
        const t = cutoff.getTime();
        return db.transaction(async (tx) => {
          await tx.run('DELETE FROM chat_messages WHERE conversation_id IN (SELECT id FROM chat_conversations WHERE last_activity_at < ?)', [t]);
          const convs = await tx.run('DELETE FROM chat_conversations WHERE last_activity_at < ?', [t]);
          const qs = await tx.run('DELETE FROM chat_questions WHERE created_at < ?', [t]);
          return convs.changes + qs.changes;
        });
      },
    },
  ],
  routes(router, ctx) {
    const { db } = ctx;
    const hub = chatHub(ctx);
    const now = () => ctx.now().getTime();

    /** The parent's state: queue position and a rough wait while waiting. */
    async function stateOf(conv: ConversationRow): Promise<ConversationState> {
      if (conv.status === 'active') return { status: 'active', ...(conv.taken_by_name ? { professional: conv.taken_by_name } : {}) };
      if (conv.status === 'closed') return { status: 'closed' };
      const ahead = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM chat_conversations WHERE organisation_id = ? AND status = 'waiting' AND queue_no < ?",
        [conv.organisation_id, conv.queue_no],
      );
      const position = Number(ahead?.n ?? 0);
      const online = hub.professionalsOnline(conv.organisation_id);
      return { status: 'waiting', position, ...(online ? { expectedWaitMinutes: Math.max(1, Math.ceil(((position + 1) * MINUTES_PER_PARENT) / online)) } : {}) };
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
      const waiting = await db.all<ConversationRow>("SELECT * FROM chat_conversations WHERE organisation_id = ? AND status = 'waiting'", [organisationId]);
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
     * server writes again. Runs every minute; exported through `remindWaiting` for tests.
     */
    async function remindWaiting(): Promise<number> {
      const due = now() - WAIT_REMINDER_MINUTES * 60_000;
      const rows = await db.all<ConversationRow>(
        "SELECT * FROM chat_conversations WHERE status = 'waiting' AND last_activity_at <= ?",
        [due],
      );
      for (const conv of rows) {
        await post(conv, 'system', say('stillWaiting', conv.lang));
        await db.run('UPDATE chat_conversations SET last_reminder_at = ? WHERE id = ?', [now(), conv.id]);
      }
      return rows.length;
    }
    reminders.set(ctx, remindWaiting);
    const timer = setInterval(() => void remindWaiting().catch(() => undefined), 60_000);
    timer.unref();

    // ——— the parent (public, with the conversation's token) ———

    router.add({
      method: 'POST',
      path: '/api/chat/conversations',
      access: 'public',
      body: startConversationRequest,
      response: startConversationResponse,
      bodyLimit: 256 * 1024,
      rateLimit: { name: 'chat-start', max: 10, windowMs: 60_000 },
      summary: 'a parent asks for a person',
      async handler({ body }) {
        const org = await db.get<{ id: string }>('SELECT id FROM organisations WHERE id = ?', [body.organisation]);
        if (!org) throw unknownOrganisation();
        if (!body.shareHistory && body.history.length) {
          throw errors.invalidRequest([{ path: 'history', message: { nl: 'geschiedenis alleen met toestemming (shareHistory)', en: 'history only with consent (shareHistory)' } }]);
        }
        const id = randomUUID();
        const token = randomBytes(32).toString('base64url');
        const at = now();
        const lang = body.lang || 'nl';
        const conv = await db.transaction(async (tx) => {
          const last = await tx.get<{ n: number | null }>('SELECT MAX(queue_no) AS n FROM chat_conversations');
          await tx.run(
            `INSERT INTO chat_conversations (id, organisation_id, token_hash, lang, status, created_at, last_activity_at, next_seq, queue_no)
             VALUES (?, ?, ?, ?, 'waiting', ?, ?, 1, ?)`,
            [id, org.id, sha256(token), lang, at, at, Number(last?.n ?? 0) + 1],
          );
          for (const item of body.history) await addMessage(tx, { id }, item.from, item.text, at);
          await addMessage(tx, { id }, 'system', say('received', lang), at);
          if (!hub.professionalsOnline(org.id)) await addMessage(tx, { id }, 'system', say('nobodyOnline', lang), at);
          return (await tx.get<ConversationRow>('SELECT * FROM chat_conversations WHERE id = ?', [id]))!;
        });
        hub.toOrganisation(org.id, { event: 'conversation', data: { id, status: 'waiting' } });
        ctx.log.info('chat handoff started');
        return new Reply(201, { id, token, state: await stateOf(conv) });
      },
    });

    router.add({
      method: 'GET',
      path: '/api/chat/conversations/:id/events',
      access: 'public',
      rateLimit: { name: 'chat-stream', max: 60, windowMs: 60_000 },
      summary: 'the parent\'s live stream (server-sent events)',
      async handler(c) {
        const q = c.query as Record<string, string>;
        const conv = await forParent(c.params.id!, q.token);
        const since = Math.max(Number(q.since) || 0, Number(c.req.headers['last-event-id']) || 0);
        await openStream(c.req, c.res, hub, async (write) => {
          // subscribe first and hold live events until the backlog is written: none lost, none doubled
          let cursor = since;
          let held: SseEvent[] | undefined = [];
          const emit = (e: SseEvent) => {
            if (e.id !== undefined) {
              if (e.id <= cursor) return;
              cursor = e.id;
            }
            write(e);
          };
          const off = hub.onConversation(conv.id, (e) => (held ? held.push(e) : emit(e)));
          const fresh = (await load(conv.id))!;
          emit({ event: 'state', data: await stateOf(fresh) });
          const rows = await db.all<MessageRow>(
            'SELECT seq, sender, text, at, client_id, author_name FROM chat_messages WHERE conversation_id = ? AND seq > ? ORDER BY seq',
            [conv.id, since],
          );
          for (const r of rows) emit({ event: 'message', id: r.seq, data: toMessage(r) });
          const pending = held;
          held = undefined;
          pending.forEach(emit);
          return off;
        });
        return undefined;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/chat/conversations/:id/messages',
      access: 'public',
      body: sendMessageRequest,
      response: chatMessage,
      rateLimit: { name: 'chat-message', max: 60, windowMs: 60_000 },
      summary: 'the parent writes',
      async handler(c) {
        const conv = await forParent(c.params.id!, bearer(c));
        if (conv.status === 'closed') throw closedError();
        return post(conv, 'parent', c.body.text, { clientId: c.body.clientId });
      },
    });

    router.add({
      method: 'POST',
      path: '/api/chat/conversations/:id/typing',
      access: 'public',
      body: typingRequest,
      summary: 'the parent is typing',
      async handler(c) {
        const conv = await forParent(c.params.id!, bearer(c));
        hub.toOrganisation(conv.organisation_id, { event: 'typing', data: { conversation: conv.id, from: 'parent', typing: c.body.typing } });
        return undefined;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/chat/conversations/:id/close',
      access: 'public',
      summary: 'the parent ends the conversation',
      async handler(c) {
        const conv = await forParent(c.params.id!, bearer(c));
        if (conv.status === 'closed') return undefined;
        await post(conv, 'system', say('closedByParent', conv.lang));
        await close(conv);
        return undefined;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/chat/questions',
      access: 'public',
      body: leaveQuestionRequest,
      rateLimit: { name: 'chat-question', max: 5, windowMs: 60_000 },
      summary: 'a question left outside opening hours',
      async handler({ body }) {
        const org = await db.get<{ id: string }>('SELECT id FROM organisations WHERE id = ?', [body.organisation]);
        if (!org) throw unknownOrganisation();
        const id = randomUUID();
        await db.run(
          'INSERT INTO chat_questions (id, organisation_id, lang, question, name, email, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [id, org.id, body.lang || 'nl', body.question, body.name ?? null, body.email ?? null, body.phone ?? null, now()],
        );
        hub.toOrganisation(org.id, { event: 'question', data: { id } });
        ctx.log.info('chat question left');
        return new Reply(201, { id });
      },
    });

    // ——— the desk (professionals of the same organisation) ———

    router.add({
      method: 'GET',
      path: '/api/desk/chat/conversations',
      access: 'professional',
      response: z.object({ conversations: z.array(deskConversation) }),
      summary: 'waiting and active conversations',
      async handler(c) {
        const { accountId, organisationId } = requireProfessional(c);
        const rows = await db.all<ConversationRow>(
          "SELECT * FROM chat_conversations WHERE organisation_id = ? AND status <> 'closed' ORDER BY queue_no",
          [organisationId],
        );
        return { conversations: await Promise.all(rows.map((r) => summary(r, accountId))) };
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/chat/conversations/:id',
      access: 'professional',
      response: z.object({ conversation: deskConversation, messages: z.array(chatMessage) }),
      summary: 'one conversation with its shared history',
      async handler(c) {
        const { conv, accountId } = await forDesk(c, c.params.id!);
        const rows = await db.all<MessageRow>(
          'SELECT seq, sender, text, at, client_id, author_name FROM chat_messages WHERE conversation_id = ? ORDER BY seq',
          [conv.id],
        );
        return { conversation: await summary(conv, accountId), messages: rows.map(toMessage) };
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/chat/conversations/:id/take',
      access: 'professional',
      response: deskConversation,
      summary: 'take a waiting conversation',
      async handler(c) {
        const { conv, accountId } = await forDesk(c, c.params.id!);
        const account = await db.get<{ name: string }>('SELECT name FROM accounts WHERE id = ?', [accountId]);
        const name = account?.name ?? '';
        // one statement decides who wins when two professionals click at once
        const won = await db.run(
          "UPDATE chat_conversations SET status = 'active', taken_by = ?, taken_by_name = ?, last_activity_at = ? WHERE id = ? AND status = 'waiting'",
          [accountId, name, now(), conv.id],
        );
        const fresh = (await load(conv.id))!;
        if (!won.changes && fresh.taken_by !== accountId) throw fresh.status === 'closed' ? closedError() : notYours();
        if (won.changes) {
          await publishState(fresh);
          await publishQueue(fresh.organisation_id);
        }
        return summary(fresh, accountId);
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/chat/conversations/:id/messages',
      access: 'professional',
      body: sendMessageRequest,
      response: chatMessage,
      summary: 'the professional replies',
      async handler(c) {
        const { conv, accountId } = await forDesk(c, c.params.id!);
        if (conv.status === 'closed') throw closedError();
        if (conv.taken_by !== accountId) throw notYours();
        return post(conv, 'professional', c.body.text, { clientId: c.body.clientId, authorId: accountId, authorName: conv.taken_by_name ?? undefined });
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/chat/conversations/:id/typing',
      access: 'professional',
      body: typingRequest,
      summary: 'the professional is typing',
      async handler(c) {
        const { conv, accountId } = await forDesk(c, c.params.id!);
        if (conv.taken_by !== accountId) throw notYours();
        hub.toConversation(conv.id, { event: 'typing', data: { typing: c.body.typing } });
        return undefined;
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/chat/conversations/:id/close',
      access: 'professional',
      summary: 'close a conversation',
      async handler(c) {
        const { conv } = await forDesk(c, c.params.id!);
        if (conv.status === 'closed') return undefined;
        await close(conv);
        return undefined;
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/chat/events',
      access: 'professional',
      summary: 'the desk\'s live stream for the organisation (server-sent events)',
      async handler(c) {
        const { organisationId, accountId } = requireProfessional(c);
        await openStream(c.req, c.res, hub, async (write) => {
          const off = hub.onOrganisation(organisationId, accountId, write);
          write({ event: 'ready', data: {} });
          await publishQueue(organisationId); // the expected wait changes with who is online
          return () => {
            off();
            void publishQueue(organisationId).catch(() => undefined);
          };
        });
        return undefined;
      },
    });

    router.add({
      method: 'GET',
      path: '/api/desk/chat/questions',
      access: 'professional',
      response: z.object({ questions: z.array(deskQuestion) }),
      summary: 'questions left outside opening hours',
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const rows = await db.all<{ id: string; created_at: number; lang: string; question: string; name: string | null; email: string | null; phone: string | null; handled_at: number | null }>(
          'SELECT * FROM chat_questions WHERE organisation_id = ? ORDER BY created_at DESC',
          [organisationId],
        );
        const questions: DeskQuestion[] = rows.map((r) => ({
          id: r.id,
          createdAt: new Date(r.created_at).toISOString(),
          lang: r.lang,
          question: r.question,
          ...(r.name ? { name: r.name } : {}),
          ...(r.email ? { email: r.email } : {}),
          ...(r.phone ? { phone: r.phone } : {}),
          handled: r.handled_at !== null,
        }));
        return { questions };
      },
    });

    router.add({
      method: 'POST',
      path: '/api/desk/chat/questions/:id/handled',
      access: 'professional',
      summary: 'mark a question as handled',
      async handler(c) {
        const { organisationId } = requireProfessional(c);
        const done = await db.run('UPDATE chat_questions SET handled_at = ? WHERE id = ? AND organisation_id = ?', [now(), c.params.id!, organisationId]);
        if (!done.changes) throw errors.notFound();
        return undefined;
      },
    });
  },
};

const reminders = new WeakMap<FeatureContext, () => Promise<number>>();
/** Writes to every parent who waited WAIT_REMINDER_MINUTES without a word; returns how many. */
export function remindWaiting(ctx: FeatureContext): Promise<number> {
  return reminders.get(ctx)?.() ?? Promise.resolve(0);
}
