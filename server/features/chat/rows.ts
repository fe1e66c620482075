import { createHash } from 'node:crypto';
import type { ChatMessage, ChatSender } from '../../../src/core/api/chat.js';
import type { Queryable } from '../../db/database.js';
import { HttpError } from '../../http/errors.js';
import { safetySignal, strongest } from '../../safety.js';
import type { SafetyStrength } from '../../../src/core/safety/detect.js';

/** The chat tables' rows, the texts the server writes and the errors it answers with. */

export interface ConversationRow {
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
  safety: SafetyStrength | null;
  /** The last time this parent's live stream was open (ms). */
  parent_seen_at: number | null;
  /** Set while a waiting conversation has had no parent connected for ABANDON_MINUTES. */
  abandoned_at: number | null;
}
export interface MessageRow {
  seq: number;
  sender: ChatSender;
  text: string;
  at: number;
  client_id: string | null;
  author_name: string | null;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const toMessage = (r: MessageRow): ChatMessage => ({
  seq: r.seq,
  from: r.sender,
  text: r.text,
  at: new Date(r.at).toISOString(),
  ...(r.client_id ? { clientId: r.client_id } : {}),
  ...(r.author_name ? { name: r.author_name } : {}),
});

export const notYours = () =>
  new HttpError(409, 'not_yours', {
    nl: 'Een collega heeft dit gesprek al aangenomen.',
    en: 'A colleague has already taken this conversation.',
  });
export const closedError = () =>
  new HttpError(409, 'conversation_closed', { nl: 'Dit gesprek is afgesloten.', en: 'This conversation has been closed.' });
export const unknownOrganisation = () =>
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
export const say = (key: keyof typeof systemTexts, lang: string) => (lang.startsWith('en') ? systemTexts[key].en : systemTexts[key].nl);

export async function addMessage(
  tx: Queryable,
  conv: Pick<ConversationRow, 'id'>,
  sender: ChatSender,
  text: string,
  at: number,
  extra: { clientId?: string; authorId?: string; authorName?: string } = {},
): Promise<ChatMessage> {
  const row = await tx.get<{ next_seq: number; safety: SafetyStrength | null }>(
    'SELECT next_seq, safety FROM chat_conversations WHERE id = ?',
    [conv.id],
  );
  const seq = row!.next_seq;
  // what the parent writes is checked here too: the desk flags the conversation
  const safety = sender === 'parent' ? strongest(row!.safety, safetySignal(text)) : row!.safety;
  if (safety !== row!.safety) await tx.run('UPDATE chat_conversations SET safety = ? WHERE id = ?', [safety, conv.id]);
  await tx.run(
    'INSERT INTO chat_messages (conversation_id, seq, sender, text, at, client_id, author_id, author_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [conv.id, seq, sender, text, at, extra.clientId ?? null, extra.authorId ?? null, extra.authorName ?? null],
  );
  await tx.run('UPDATE chat_conversations SET next_seq = ?, last_activity_at = ? WHERE id = ?', [seq + 1, at, conv.id]);
  return toMessage({ seq, sender, text, at, client_id: extra.clientId ?? null, author_name: extra.authorName ?? null });
}
