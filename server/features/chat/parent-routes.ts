import { safetySignal } from '../../safety.js';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  chatMessage,
  leaveQuestionRequest,
  sendMessageRequest,
  startConversationRequest,
  startConversationResponse,
  typingRequest,
} from '../../../src/core/api/chat.js';
import { errors } from '../../http/errors.js';
import type { FeatureRouter } from '../../http/router.js';
import { Reply } from '../../http/router.js';
import type { FeatureContext } from '../types.js';
import { openStream } from '../../http/sse.js';
import type { SseEvent } from '../../http/sse.js';
import { STREAMS_PER_ADDRESS, STREAMS_PER_CONVERSATION } from './hub.js';
import { addMessage, closedError, say, sha256, toMessage, unknownOrganisation } from './rows.js';
import type { ConversationRow, MessageRow } from './rows.js';
import type { ChatService } from './service.js';

/** The parent's side of the chat (public, with the conversation's token). */
export function parentRoutes(router: FeatureRouter, ctx: FeatureContext, service: ChatService): void {
  const { db } = ctx;
  const { hub, now, stateOf, load, forParent, bearer, close, post, parentSeen } = service;

  router.add({
    method: 'POST',
    path: '/api/chat/conversations',
    summary:
      "A parent asks for a person: opens a waiting conversation, with the history so far only when shareHistory is true (the parent's consent).",
    openapi: {
      responses: { 201: 'Created; keep the token (it opens this conversation).' },
      errors: [400, 404, 429],
    },
    access: 'public',
    body: startConversationRequest,
    response: startConversationResponse,
    bodyLimit: 256 * 1024,
    rateLimit: { name: 'chat-start', max: 10, windowMs: 60_000 },
    async handler({ body }) {
      const org = await db.get<{ id: string }>('SELECT id FROM organisations WHERE id = ?', [body.organisation]);
      if (!org) throw unknownOrganisation();
      if (!body.shareHistory && body.history.length) {
        throw errors.invalidRequest([
          {
            path: 'history',
            message: { nl: 'geschiedenis alleen met toestemming (shareHistory)', en: 'history only with consent (shareHistory)' },
          },
        ]);
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
    summary:
      "The parent's live stream. Events: `state` (ConversationState), `message` (ChatMessage; its `id:` is the message seq), `typing` ({typing}). Sends every message after max(since, Last-Event-ID) first, then live ones: a reconnect loses and doubles nothing.",
    openapi: {
      responses: { 200: { description: 'A server-sent event stream (text/event-stream).', contentType: 'text/event-stream' } },
      errors: [404, 429],
    },
    access: 'public',
    rateLimit: { name: 'chat-stream', max: 60, windowMs: 60_000 },
    async handler(c) {
      const q = c.query as Record<string, string>;
      const conv = await forParent(c.params.id!, q.token);
      const since = Math.max(Number(q.since) || 0, Number(c.req.headers['last-event-id']) || 0);
      const release = hub.streams.admit([
        [`ip:${c.ip}`, STREAMS_PER_ADDRESS],
        [`conv:${conv.id}`, STREAMS_PER_CONVERSATION],
      ]);
      if (!release) throw errors.rateLimited(10);
      c.res.once('close', release);
      await openStream(c.req, c.res, hub.streams, async (write) => {
        // Subscribe first and hold live events until the backlog is written: none lost, none
        // doubled. Messages reach the stream in order of their seq: one that arrives ahead of a gap
        // (another process committed the one before it a moment earlier, and its word is still on
        // the way) first has the gap read back from the database.
        let cursor = since;
        let held: SseEvent[] | undefined = [];
        let chain: Promise<void> = Promise.resolve();
        const readBack = async (below = Number.MAX_SAFE_INTEGER) => {
          const rows = await db.all<MessageRow>(
            'SELECT seq, sender, text, at, client_id, author_name FROM chat_messages WHERE conversation_id = ? AND seq > ? AND seq < ? ORDER BY seq',
            [conv.id, cursor, below],
          );
          for (const r of rows) emitNow({ event: 'message', id: r.seq, data: toMessage(r) });
        };
        const emitNow = (e: SseEvent) => {
          if (e.id !== undefined) {
            if (e.id <= cursor) return;
            cursor = e.id;
          }
          write(e);
        };
        const emit = (e: SseEvent) => {
          chain = chain
            .then(async () => {
              if (e.id !== undefined && e.id > cursor + 1) await readBack(e.id);
              emitNow(e);
            })
            .catch(() => emitNow(e));
        };
        const off = hub.onConversation(conv.id, (e) => (held ? held.push(e) : emit(e)));
        // the bus was away (PostgreSQL LISTEN reconnected): read back what may have been missed
        const offResync = hub.onResync(() => {
          chain = chain.then(() => readBack()).catch(() => undefined);
        });
        try {
          await hub.ready();
          await parentSeen(conv);
          const fresh = (await load(conv.id))!;
          emitNow({ event: 'state', data: await stateOf(fresh) });
          await readBack();
        } catch (error) {
          off(); // a failed start leaves no subscription behind
          offResync();
          throw error;
        }
        const pending = held;
        held = undefined;
        pending.forEach(emit);
        return () => {
          off();
          offResync();
          void parentSeen(conv).catch(() => undefined); // the clock for "abandoned" starts when the parent leaves
        };
      });
      return undefined;
    },
  });

  router.add({
    method: 'POST',
    path: '/api/chat/conversations/:id/messages',
    summary: 'The parent writes. Idempotent per clientId: a retried request returns the stored message.',
    openapi: {
      responses: { 200: 'OK' },
      errors: [400, 404, 409, 429],
      security: 'parentToken',
    },
    access: 'public',
    body: sendMessageRequest,
    response: chatMessage,
    rateLimit: { name: 'chat-message', max: 60, windowMs: 60_000 },
    async handler(c) {
      const conv = await forParent(c.params.id!, bearer(c));
      if (conv.status === 'closed') throw closedError();
      return post(conv, 'parent', c.body.text, { clientId: c.body.clientId });
    },
  });

  router.add({
    method: 'POST',
    path: '/api/chat/conversations/:id/typing',
    summary: 'The parent is typing (shown in the desk).',
    openapi: {
      responses: { 204: 'Sent.' },
      errors: [404],
      security: 'parentToken',
    },
    access: 'public',
    body: typingRequest,
    async handler(c) {
      const conv = await forParent(c.params.id!, bearer(c));
      hub.toOrganisation(conv.organisation_id, { event: 'typing', data: { conversation: conv.id, from: 'parent', typing: c.body.typing } });
      return undefined;
    },
  });

  router.add({
    method: 'POST',
    path: '/api/chat/conversations/:id/close',
    summary: 'The parent ends the conversation.',
    openapi: {
      responses: { 204: 'Closed.' },
      errors: [404],
      security: 'parentToken',
    },
    access: 'public',
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
    summary: 'A question left outside opening hours, with a way to be reached; it arrives in the desk.',
    openapi: {
      responses: { 201: 'Stored.' },
      errors: [400, 404, 429],
    },
    access: 'public',
    body: leaveQuestionRequest,
    rateLimit: { name: 'chat-question', max: 5, windowMs: 60_000 },
    async handler({ body }) {
      const org = await db.get<{ id: string }>('SELECT id FROM organisations WHERE id = ?', [body.organisation]);
      if (!org) throw unknownOrganisation();
      const id = randomUUID();
      await db.run(
        'INSERT INTO chat_questions (id, organisation_id, lang, question, name, email, phone, created_at, safety) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          id,
          org.id,
          body.lang || 'nl',
          body.question,
          body.name ?? null,
          body.email ?? null,
          body.phone ?? null,
          now(),
          safetySignal(body.question),
        ],
      );
      hub.toOrganisation(org.id, { event: 'question', data: { id } });
      ctx.log.info('chat question left');
      return new Reply(201, { id });
    },
  });
}
