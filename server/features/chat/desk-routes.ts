import * as z from 'zod/mini';
import { chatMessage, deskConversation, deskQuestion, sendMessageRequest, typingRequest } from '../../../src/core/api/chat.js';
import type { DeskQuestion } from '../../../src/core/api/chat.js';
import { requireProfessional } from '../../auth/guard.js';
import { errors } from '../../http/errors.js';
import type { FeatureRouter } from '../../http/router.js';
import type { FeatureContext } from '../types.js';
import { openStream } from '../../http/sse.js';
import { STREAMS_PER_ADDRESS } from './hub.js';
import { closedError, notYours, toMessage } from './rows.js';
import type { ConversationRow, MessageRow } from './rows.js';
import type { ChatService } from './service.js';

/** The desk's side of the chat (professionals of the same organisation). */
export function deskRoutes(router: FeatureRouter, ctx: FeatureContext, service: ChatService): void {
  const { db } = ctx;
  const { hub, now, summary, load, forDesk, publishState, publishQueue, close, post } = service;

  router.add({
    method: 'GET',
    path: '/api/desk/chat/conversations',
    summary: "Waiting and active conversations of the professional's organisation.",
    openapi: {
      responses: { 200: 'OK' },
      errors: [401],
    },
    access: 'professional',
    response: z.object({ conversations: z.array(deskConversation) }),
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
    summary: 'One conversation with its messages (the history the parent shared).',
    openapi: {
      responses: { 200: 'OK' },
      errors: [401, 404],
    },
    access: 'professional',
    response: z.object({ conversation: deskConversation, messages: z.array(chatMessage) }),
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
    summary: 'Take a waiting conversation; 409 not_yours when a colleague was first.',
    openapi: {
      responses: { 200: 'OK' },
      errors: [401, 404, 409],
    },
    access: 'professional',
    response: deskConversation,
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
    summary: 'Reply (only the professional who took it). Idempotent per clientId.',
    openapi: {
      responses: { 200: 'OK' },
      errors: [400, 401, 404, 409],
    },
    access: 'professional',
    body: sendMessageRequest,
    response: chatMessage,
    async handler(c) {
      const { conv, accountId } = await forDesk(c, c.params.id!);
      if (conv.status === 'closed') throw closedError();
      if (conv.taken_by !== accountId) throw notYours();
      return post(conv, 'professional', c.body.text, {
        clientId: c.body.clientId,
        authorId: accountId,
        authorName: conv.taken_by_name ?? undefined,
      });
    },
  });

  router.add({
    method: 'POST',
    path: '/api/desk/chat/conversations/:id/typing',
    summary: 'The professional is typing (shown to the parent).',
    openapi: {
      responses: { 204: 'Sent.' },
      errors: [401, 404, 409],
    },
    access: 'professional',
    body: typingRequest,
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
    summary: 'Close a conversation.',
    openapi: {
      responses: { 204: 'Closed.' },
      errors: [401, 404],
    },
    access: 'professional',
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
    summary:
      "The desk's live stream for the organisation. Events: `ready`, `conversation` ({id,status}), `message` ({conversation, message}), `typing` ({conversation, from, typing}), `question` ({id}).",
    openapi: {
      responses: { 200: { description: 'A server-sent event stream (text/event-stream).', contentType: 'text/event-stream' } },
      errors: [401],
    },
    access: 'professional',
    async handler(c) {
      const { organisationId, accountId } = requireProfessional(c);
      const release = hub.streams.admit([[`ip:${c.ip}`, STREAMS_PER_ADDRESS]]);
      if (!release) throw errors.rateLimited(10);
      c.res.once('close', release);
      await openStream(c.req, c.res, hub.streams, async (write) => {
        const off = hub.onOrganisation(organisationId, accountId, write);
        // the bus was away: 'ready' again makes the desk load the lists afresh
        const offResync = hub.onResync(() => write({ event: 'ready', data: {} }));
        try {
          await hub.ready();
        } catch (error) {
          off(); // a failed start leaves no presence behind
          offResync();
          throw error;
        }
        write({ event: 'ready', data: {} });
        await publishQueue(organisationId); // the expected wait changes with who is online
        return () => {
          off();
          offResync();
          void publishQueue(organisationId).catch(() => undefined);
        };
      });
      return undefined;
    },
  });

  router.add({
    method: 'GET',
    path: '/api/desk/chat/questions',
    summary: 'Questions left outside opening hours.',
    openapi: {
      responses: { 200: 'OK' },
      errors: [401],
    },
    access: 'professional',
    response: z.object({ questions: z.array(deskQuestion) }),
    async handler(c) {
      const { organisationId } = requireProfessional(c);
      const rows = await db.all<{
        id: string;
        created_at: number;
        lang: string;
        question: string;
        name: string | null;
        email: string | null;
        phone: string | null;
        handled_at: number | null;
        safety: 'strong' | 'possible' | null;
      }>('SELECT * FROM chat_questions WHERE organisation_id = ? ORDER BY created_at DESC', [organisationId]);
      const questions: DeskQuestion[] = rows.map((r) => ({
        id: r.id,
        createdAt: new Date(r.created_at).toISOString(),
        lang: r.lang,
        question: r.question,
        ...(r.name ? { name: r.name } : {}),
        ...(r.email ? { email: r.email } : {}),
        ...(r.phone ? { phone: r.phone } : {}),
        handled: r.handled_at !== null,
        ...(r.safety ? { safety: r.safety } : {}),
      }));
      return { questions };
    },
  });

  router.add({
    method: 'POST',
    path: '/api/desk/chat/questions/:id/handled',
    summary: 'Mark a question as handled.',
    openapi: {
      responses: { 204: 'Marked.' },
      errors: [401, 404],
    },
    access: 'professional',
    async handler(c) {
      const { organisationId } = requireProfessional(c);
      const done = await db.run('UPDATE chat_questions SET handled_at = ? WHERE id = ? AND organisation_id = ?', [
        now(),
        c.params.id!,
        organisationId,
      ]);
      if (!done.changes) throw errors.notFound();
      return undefined;
    },
  });
}
