import { randomUUID } from 'node:crypto';
import { RESYNC } from '../../db/bus.js';
import type { Bus } from '../../db/bus.js';
import { EventStreams } from '../../http/sse.js';
import type { SseEvent } from '../../http/sse.js';

/**
 * The live side of the chat relay: events to the parents' streams of a conversation and to the
 * desks of an organisation, through the database's bus, so a parent on one server process and a
 * professional on another talk live; and who has the desk open, on any process. Messages are
 * stored first and then published, so a stream that was away reads what it missed from the
 * database.
 */
type Listener = (e: SseEvent) => void;

/** How often a process tells the others who has the desk open, and when an unrepeated word expires. */
export const PRESENCE_EVERY_MS = 10_000;
const PRESENCE_TTL_MS = 3 * PRESENCE_EVERY_MS;

interface PresenceNote {
  from: string;
  /** Account ids with the desk open, per organisation; absent in a request for everyone's. */
  organisations?: Record<string, string[]>;
  /** The process stops: forget its professionals at once. */
  gone?: boolean;
}

/** At most this many open event streams per client address, and per conversation. */
export const STREAMS_PER_ADDRESS = 20;
export const STREAMS_PER_CONVERSATION = 5;

export class ChatHub {
  /** The parents' and desks' event streams of this process. */
  readonly streams = new EventStreams();
  /** This process on the bus. */
  private readonly origin = randomUUID();
  /** Parents' streams open in this process, per conversation. */
  private readonly listened = new Map<string, number>();
  /** Professionals with the desk open in this process, per organisation (account ids with a count of streams). */
  private readonly deskPresence = new Map<string, Map<string, number>>();
  /** What the other processes last said about theirs. */
  private readonly remotePresence = new Map<string, { organisations: Record<string, string[]>; until: number }>();
  private readonly offPresence: () => void;
  private readonly presenceTimer: ReturnType<typeof setInterval>;

  /**
   * @param bus every server process on the database; with SQLite just this one.
   */
  constructor(private readonly bus: Bus) {
    this.offPresence = bus.subscribe('chat:presence', (message) => this.heard(message as PresenceNote));
    this.presenceTimer = setInterval(() => this.announce(), PRESENCE_EVERY_MS);
    this.presenceTimer.unref();
    // a new process asks the others who is online, instead of waiting for their next word
    void bus.ready().then(
      () => bus.publish('chat:presence', { from: this.origin } satisfies PresenceNote),
      () => undefined,
    );
  }

  /** Settles once events from the other processes arrive (subscribe, then await this, then read the backlog). */
  ready(): Promise<void> {
    return this.bus.ready();
  }

  onConversation(id: string, l: Listener): () => void {
    const off = this.bus.subscribe(`chat:conversation:${id}`, l as (m: unknown) => void);
    this.listened.set(id, (this.listened.get(id) ?? 0) + 1);
    return () => {
      off();
      const n = (this.listened.get(id) ?? 1) - 1;
      if (n > 0) this.listened.set(id, n);
      else this.listened.delete(id);
    };
  }

  onOrganisation(id: string, accountId: string, l: Listener): () => void {
    const off = this.bus.subscribe(`chat:organisation:${id}`, l as (m: unknown) => void);
    const present = this.deskPresence.get(id) ?? new Map<string, number>();
    present.set(accountId, (present.get(accountId) ?? 0) + 1);
    this.deskPresence.set(id, present);
    this.announce();
    return () => {
      off();
      const n = (present.get(accountId) ?? 1) - 1;
      if (n > 0) present.set(accountId, n);
      else present.delete(accountId);
      if (!present.size) this.deskPresence.delete(id);
      this.announce();
    };
  }

  /** How many professionals of the organisation have the desk open now, on any process. */
  professionalsOnline(organisationId: string): number {
    const accounts = new Set(this.deskPresence.get(organisationId)?.keys() ?? []);
    const now = Date.now();
    for (const [from, seen] of this.remotePresence) {
      if (seen.until < now) this.remotePresence.delete(from);
      else for (const account of seen.organisations[organisationId] ?? []) accounts.add(account);
    }
    return accounts.size;
  }

  private announce(): void {
    const organisations: Record<string, string[]> = {};
    for (const [org, present] of this.deskPresence) organisations[org] = [...present.keys()];
    this.bus.publish('chat:presence', { from: this.origin, organisations } satisfies PresenceNote);
  }

  private heard(note: PresenceNote): void {
    if (note.from === this.origin) return;
    if (note.gone) this.remotePresence.delete(note.from);
    else if (note.organisations)
      this.remotePresence.set(note.from, { organisations: note.organisations, until: Date.now() + PRESENCE_TTL_MS });
    else this.announce(); // a new process asked
  }

  /** Stops telling the others; they forget this process's professionals at once. */
  close(): void {
    clearInterval(this.presenceTimer);
    this.bus.publish('chat:presence', { from: this.origin, gone: true } satisfies PresenceNote);
    this.offPresence();
  }

  /** Calls `fn` when events from other processes may have been missed (see bus.ts RESYNC). */
  onResync(fn: () => void): () => void {
    return this.bus.subscribe(RESYNC, fn);
  }

  /** The conversations with a parent's stream open in this process. */
  listenedConversations(): string[] {
    return [...this.listened.keys()];
  }

  /** To the parent's streams of a conversation, on whichever process they are. */
  toConversation(id: string, e: SseEvent): void {
    this.bus.publish(`chat:conversation:${id}`, e);
  }

  /** To the desks of an organisation, on whichever process they are. */
  toOrganisation(id: string, e: SseEvent): void {
    this.bus.publish(`chat:organisation:${id}`, e);
  }
}
