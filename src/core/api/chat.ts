import * as z from 'zod/mini';

/**
 * The chat handoff contract between `<digiplein-chat>` and a DigiPlein server (the reference
 * server in `server/features/chat/` implements it; `docs/chat.md` describes it). Both sides
 * import these schemas: they are never re-declared.
 *
 * The live direction (server → browser) is a server-sent event stream. Every message carries
 * a per-conversation sequence number as its event id, so a reconnecting client asks for what
 * came after the last id it saw (`Last-Event-ID`, or `?since=` for a fresh EventSource) and
 * nothing is lost or shown twice.
 */

export const MESSAGE_MAX = 2000;

/** Who wrote a message: the parent, the bot (shared history), a professional, or the server. */
export const chatSender = z.enum(['parent', 'bot', 'professional', 'system']);
export type ChatSender = z.infer<typeof chatSender>;

const messageText = z.string().check(z.trim(), z.minLength(1, 'not-empty'), z.maxLength(MESSAGE_MAX, 'too-long'));
/** A client-chosen id per message, so a retried POST never adds the message twice. */
const clientId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'client-id'));

export const chatMessage = z.object({
  /** Sequence number within the conversation, from 1; also the SSE event id. */
  seq: z.int(),
  from: chatSender,
  text: z.string(),
  /** ISO date-time. */
  at: z.string(),
  clientId: z.optional(z.string()),
  /** For professional messages: the name the professional shows. */
  name: z.optional(z.string()),
});
export type ChatMessage = z.infer<typeof chatMessage>;

export const conversationStatus = z.enum(['waiting', 'active', 'closed']);
export type ConversationStatus = z.infer<typeof conversationStatus>;

/** The state of a handed-off conversation as the parent sees it. */
export const conversationState = z.object({
  status: conversationStatus,
  /** Parents waiting before this one (0 = next). */
  position: z.optional(z.int()),
  /** Rough expected wait in minutes, when a professional is on duty. */
  expectedWaitMinutes: z.optional(z.int()),
  /** The professional's display name once taken. */
  professional: z.optional(z.string()),
});
export type ConversationState = z.infer<typeof conversationState>;

/** History shared with consent when the parent asks for a person. */
export const historyItem = z.object({ from: z.enum(['parent', 'bot']), text: z.string().check(z.maxLength(MESSAGE_MAX * 2, 'too-long')) });

/** POST /api/chat/conversations */
export const startConversationRequest = z.object({
  /** The organisation's id on the server (config `chat.organisation`). */
  organisation: z.string().check(z.minLength(1, 'not-empty')),
  lang: z.string().check(z.maxLength(20, 'too-long')),
  /**
   * The parent agreed to share the conversation so far. Without it, `history` must be empty.
   * The server stores the history first, in order, as messages 1…n of the conversation (so the
   * browser, which already shows them, knows which stream messages are its own history).
   */
  shareHistory: z.boolean(),
  history: z.array(historyItem).check(z.maxLength(200, 'too-long')),
});
export type StartConversationRequest = z.infer<typeof startConversationRequest>;

export const startConversationResponse = z.object({
  id: z.string(),
  /** Secret that lets this browser read and write this conversation (kept in session storage). */
  token: z.string(),
  state: conversationState,
});
export type StartConversationResponse = z.infer<typeof startConversationResponse>;

/** POST /api/chat/conversations/{id}/messages (parent) and /api/desk/chat/conversations/{id}/messages (desk). */
export const sendMessageRequest = z.object({ text: messageText, clientId });
export type SendMessageRequest = z.infer<typeof sendMessageRequest>;

/** POST /api/chat/questions: a question left outside opening hours; it arrives in the desk. */
export const leaveQuestionRequest = z.object({
  organisation: z.string().check(z.minLength(1, 'not-empty')),
  lang: z.string().check(z.maxLength(20, 'too-long')),
  question: messageText,
  name: z.optional(z.string().check(z.maxLength(100, 'too-long'))),
  email: z.optional(z.string().check(z.maxLength(200, 'too-long'), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email'))),
  phone: z.optional(z.string().check(z.regex(/^\+?[\d -]{6,20}$/, 'phone'))),
  /** The parent agreed that the organisation contacts them. */
  consent: z.literal(true),
});
export type LeaveQuestionRequest = z.infer<typeof leaveQuestionRequest>;

/** Server-sent events on the parent's stream and the desk's streams. */
export type ChatStreamEvent =
  { event: 'message'; data: ChatMessage } | { event: 'state'; data: ConversationState } | { event: 'typing'; data: { typing: boolean } };

/** How strong a danger signal the server found in what a parent wrote. */
export const safetyFlag = z.enum(['strong', 'possible']);

/** A conversation as the desk lists it. */
export const deskConversation = z.object({
  id: z.string(),
  status: conversationStatus,
  lang: z.string(),
  createdAt: z.string(),
  takenBy: z.optional(z.string()),
  /** The professional who took it is the current user. */
  mine: z.boolean(),
  lastMessageAt: z.string(),
  messageCount: z.int(),
  /** The strongest danger signal in what the parent wrote (the server's own check), if any. */
  safety: z.optional(safetyFlag),
  /** Waiting, but the parent has not been connected for a while (closed the tab): shown apart. */
  abandoned: z.optional(z.boolean()),
});
export type DeskConversation = z.infer<typeof deskConversation>;

export const deskQuestion = z.object({
  id: z.string(),
  createdAt: z.string(),
  lang: z.string(),
  question: z.string(),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  handled: z.boolean(),
  /** A danger signal in the question (the server's own check), if any. */
  safety: z.optional(safetyFlag),
});
export type DeskQuestion = z.infer<typeof deskQuestion>;

/** POST /api/desk/chat/conversations/{id}/typing */
export const typingRequest = z.object({ typing: z.boolean() });
