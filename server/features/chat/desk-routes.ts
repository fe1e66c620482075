import * as z from 'zod/mini';
import { chatMessage, deskConversation, deskQuestion, sendMessageRequest, typingRequest } from '../../../src/core/api/chat.js';
import type { DeskQuestion } from '../../../src/core/api/chat.js';
import { requireProfessional } from '../../auth/guard.js';
import { errors } from '../../http/errors.js';
import type { FeatureRouter } from '../../http/router.js';
import type { FeatureContext } from '../types.js';
import { STREAMS_PER_ADDRESS, openStream } from './hub.js';
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
      const release = hub.admit([[`ip:${c.ip}`, STREAMS_PER_ADDRESS]]);
      if (!release) throw errors.rateLimited(10);
      c.res.once('close', release);
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
      const rows = await db.all<{ id: string; created_at: number; lang: string; question: string; name: string | null; email: string | null; phone: string | null; handled_at: number | null; safety: 'strong' | 'possible' | null }>(
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
        ...(r.safety ? { safety: r.safety } : {}),
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
}
