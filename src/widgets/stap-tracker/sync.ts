import type { Author, Change, Family, Membership, StepField } from '../../core/api/routes.js';
import { applyChange, emptyState, foldChanges, newChangeId } from '../../core/api/route-state.js';
import type { RouteState } from '../../core/api/route-state.js';
import { openEventSource } from '../../core/api/events.js';
import type { EventSourceLike } from '../../core/api/events.js';
import { routesApi } from '../../core/api/routes-client.js';
import type { RouteResult } from '../../core/api/routes-client.js';
import type { Store } from '../../core/storage/storage.js';
import type { ExportFile } from '../../core/api/routes.js';
import type { SavedRoute, ShareInfo } from './persistence.js';

/** Where the shared route stands, as the widget tells the parent. */
export type SyncStatus = 'local' | 'syncing' | 'synced' | 'offline' | 'closed' | 'removed';

/** A failure the widget shows: a stable reason, or the server's own bilingual message. */
export type SessionError = { reason: 'offline' | 'wrong-code' | 'role-taken' | 'closed' | 'server'; message?: { nl: string; en: string } };

type Value<F extends StepField | 'comment' | 'add'> = Extract<Change, { field: F }>['value'];

/** While the server's stream is open, a poll this often only backs it up. */
export const LIVE_POLL_MS = 30_000;

/**
 * The route of one device: the start answers, every change, what is still to be sent, and the
 * shared route it takes part in. Saves itself after each change (unless `store` is undefined,
 * as in the desk) and keeps a shared route in sync: the server's event stream says when
 * something changed, and polling (every `pollMs`, or every LIVE_POLL_MS while the stream is
 * open) is the fallback. Knows nothing of the DOM.
 */
export class RouteSession {
  family?: Family;
  changes: Change[] = [];
  pending = new Set<string>();
  share?: ShareInfo;
  state: RouteState = emptyState();
  status: SyncStatus = 'local';
  lastSync?: number;
  private timer?: ReturnType<typeof setTimeout>;
  private events?: EventSourceLike;
  /** The server's stream is open: changes are announced, polling only backs it up. */
  live = false;
  private inFlight?: Promise<void>;
  private again = false;
  private readonly onOnline = () => void this.sync();

  constructor(
    private readonly store: Store<SavedRoute> | undefined,
    private readonly onUpdate: () => void,
    public api: string | undefined = undefined,
    public pollMs = 3000,
  ) {}

  /** Loads what this device kept; false when there is nothing. */
  load(): boolean {
    const saved = this.store?.get();
    if (!saved) return false;
    this.family = saved.family;
    this.changes = saved.changes;
    this.pending = new Set(saved.pending);
    this.share = saved.share;
    this.state = foldChanges(this.changes);
    this.status = this.share ? (this.share.closed ? 'closed' : 'syncing') : 'local';
    return true;
  }

  private save(): void {
    if (!this.store || !this.family) return;
    this.store.set({ v: 1, family: this.family, changes: this.changes, pending: [...this.pending], share: this.share });
  }

  /** The role this device acts in (`self` until the route is shared). */
  get author(): Author {
    return this.share?.role ?? 'self';
  }

  get readOnly(): boolean {
    return this.status === 'closed' || this.status === 'removed';
  }

  start(answers: Family): void {
    this.family = answers;
    this.save();
    this.onUpdate();
  }

  /** Makes a change as this device's role, applies it, keeps it and sends it when shared. */
  change<F extends StepField | 'comment' | 'add'>(step: string, field: F, value: Value<F>, at = Date.now()): Change {
    const c = { id: newChangeId(), step, field, value, at, by: this.author } as Change;
    this.changes.push(c);
    applyChange(this.state, c);
    if (this.share) this.pending.add(c.id);
    this.save();
    this.onUpdate();
    if (this.share) void this.sync();
    return c;
  }

  /** Applies changes from elsewhere (the server, an imported file); returns how many were new. */
  private merge(incoming: readonly Change[]): Change[] {
    const fresh: Change[] = [];
    for (const c of incoming) {
      if (applyChange(this.state, c)) {
        this.changes.push(c);
        fresh.push(c);
      }
    }
    return fresh;
  }

  /** Imports an exported file: its changes merge with what is here (the later change per field wins). */
  importFile(file: ExportFile): void {
    if (!this.share) this.family = file.family;
    const fresh = this.merge(file.changes.map((c) => (this.share && c.by === 'self' ? { ...c, by: this.author } : c)));
    // Only this role's own changes go to the server: the server accepts no change in another role's name.
    if (this.share) for (const c of fresh) if (c.by === this.author) this.pending.add(c.id);
    this.save();
    this.onUpdate();
    if (this.share && fresh.length) void this.sync();
  }

  /** Forgets the route on this device (the shared route on the server stays). */
  wipe(): void {
    this.stopSync();
    this.store?.remove();
    this.family = undefined;
    this.changes = [];
    this.pending.clear();
    this.share = undefined;
    this.state = emptyState();
    this.status = 'local';
    this.onUpdate();
  }

  // ---- sharing --------------------------------------------------------------------------

  /** Shares this route: the server makes it and this device becomes parent 1. */
  async shareRoute(steps: string[], page?: string): Promise<SessionError | undefined> {
    if (!this.api || !this.family) return { reason: 'server' };
    const changes = this.changes.map((c) => (c.by === 'self' ? { ...c, by: 'parent1' as const } : c));
    const result = await routesApi.create(this.api, { family: this.family, steps, changes, page });
    if (!result.ok) return failure(result);
    const { routeId, role, token, code, link } = result.value;
    this.changes = changes;
    this.state = foldChanges(changes);
    this.share = { routeId, role, token, code, link, seq: 0, steps };
    this.status = 'syncing';
    this.save();
    this.startSync();
    this.onUpdate();
    return undefined;
  }

  /** Joins a shared route with its code as parent 2; replaces what this device had. */
  async join(code: string): Promise<SessionError | undefined> {
    if (!this.api) return { reason: 'server' };
    const result = await routesApi.join(this.api, code);
    if (!result.ok) return failure(result);
    const { route, ...membership } = result.value;
    this.adopt(membership, route.family, route.steps, route.changes, route.seq, route.closed, route.code);
    return undefined;
  }

  /** Opens a shared route with a membership from elsewhere (the desk opens it as begeleider). */
  async open(membership: Membership): Promise<SessionError | undefined> {
    if (!this.api) return { reason: 'server' };
    const result = await routesApi.snapshot(this.api, membership);
    if (!result.ok) return failure(result);
    const r = result.value;
    this.adopt(membership, r.family, r.steps, r.changes, r.seq, r.closed, r.code);
    return undefined;
  }

  private adopt(m: Membership, family: Family, steps: string[], changes: Change[], seq: number, closed: boolean, code: string): void {
    this.family = family;
    this.changes = [];
    this.state = emptyState();
    this.merge(changes);
    this.pending.clear();
    this.share = { routeId: m.routeId, role: m.role, token: m.token, code, seq, closed, steps };
    this.status = closed ? 'closed' : 'synced';
    this.lastSync = Date.now();
    this.save();
    if (!closed) this.startSync();
    this.onUpdate();
  }

  /** A parent leaves the shared route: their copy stays on this device, as a route of their own. */
  async leave(): Promise<SessionError | undefined> {
    if (!this.api || !this.share) return undefined;
    const result = await routesApi.leave(this.api, this.share);
    if (!result.ok && result.offline) return { reason: 'offline' };
    this.detach();
    return undefined;
  }

  /** The begeleider closes the shared route for everyone; it stays readable. */
  async close(): Promise<SessionError | undefined> {
    if (!this.api || !this.share) return undefined;
    await this.sync();
    const result = await routesApi.close(this.api, this.share);
    if (!result.ok) return failure(result);
    this.share.closed = true;
    this.status = 'closed';
    this.stopSync();
    this.save();
    this.onUpdate();
    return undefined;
  }

  /** Turns a shared route back into this device's own (after leaving, or when it was closed or removed). */
  detach(): void {
    this.stopSync();
    this.share = undefined;
    this.pending.clear();
    this.status = 'local';
    this.save();
    this.onUpdate();
  }

  startSync(): void {
    if (!this.share || this.share.closed || this.timer || !this.api) return;
    this.listen(this.api, this.share);
    this.schedule();
    window.addEventListener('online', this.onOnline);
    void this.sync();
  }

  stopSync(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.events?.close();
    this.events = undefined;
    this.live = false;
    window.removeEventListener('online', this.onOnline);
  }

  private schedule(): void {
    this.timer = setTimeout(
      () => {
        void this.sync();
        this.schedule();
      },
      this.live ? Math.max(this.pollMs, LIVE_POLL_MS) : this.pollMs,
    );
  }

  /** Opens the server's stream: a `changed` event fetches at once. The browser reconnects it by itself. */
  private listen(api: string, share: ShareInfo): void {
    const source = openEventSource(routesApi.eventsUrl(api, share));
    if (!source) return;
    this.events = source;
    source.addEventListener('ready', () => {
      this.live = true;
      void this.sync(); // whatever changed while the stream was away
    });
    source.addEventListener('changed', () => void this.sync());
    source.onerror = () => {
      // polling at pollMs until the stream is back (or for good, after an error status)
      if (!this.live) return;
      this.live = false;
      if (this.timer === undefined) return;
      clearTimeout(this.timer);
      this.schedule();
    };
  }

  /** Sends what is pending, then fetches what others changed. Calls made meanwhile run once after. */
  sync(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.syncOnce().finally(() => {
      this.inFlight = undefined;
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    });
    return this.inFlight;
  }

  private async syncOnce(): Promise<void> {
    const share = this.share;
    if (!share || !this.api || share.closed) return;
    const before = this.status;
    const pending = this.changes.filter((c) => this.pending.has(c.id));
    if (pending.length) {
      const pushed = await routesApi.push(this.api, share, pending.slice(0, 500));
      if (!this.handle(pushed, share)) return;
      for (const c of pending.slice(0, 500)) this.pending.delete(c.id);
      if (pending.length > 500) this.again = true;
    }
    const pulled = await routesApi.changes(this.api, share, share.seq);
    if (!this.handle(pulled, share)) return;
    const fresh = this.merge(pulled.value.changes);
    share.seq = pulled.value.seq;
    this.lastSync = Date.now();
    if (pulled.value.closed) {
      share.closed = true;
      this.status = 'closed';
      this.stopSync();
    } else {
      this.status = 'synced';
    }
    this.save();
    if (fresh.length || pending.length || before !== this.status) this.onUpdate();
  }

  /**
   * Deals with a failed call; true when the call succeeded. `share` is the one the call was made
   * for: the route may have been left (or the data cleared) while the call was under way.
   */
  private handle<T>(result: RouteResult<T>, share: ShareInfo): result is { ok: true; value: T } {
    if (result.ok) return true;
    const was = this.status;
    if (result.offline) this.status = 'offline';
    else if (result.error.code === 'route_closed') {
      share.closed = true;
      this.status = 'closed';
      this.stopSync();
    } else if (result.error.status === 401 || result.error.status === 403 || result.error.status === 404) {
      this.status = 'removed';
      this.stopSync();
    }
    this.save();
    if (was !== this.status) this.onUpdate();
    return false;
  }
}

function failure(
  result:
    { ok: false; offline: true } | { ok: false; offline: false; error: { code: string; bilingualMessage: { nl: string; en: string } } },
): SessionError {
  if (result.offline) return { reason: 'offline' };
  const code = result.error.code;
  if (code === 'not_found' || code === 'route_not_found') return { reason: 'wrong-code' };
  if (code === 'role_taken') return { reason: 'role-taken' };
  if (code === 'route_closed') return { reason: 'closed' };
  return { reason: 'server', message: result.error.bilingualMessage };
}
