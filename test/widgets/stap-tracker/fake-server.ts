import { setEventSourceFactory } from '../../../src/core/api/events.js';
import type { EventSourceLike } from '../../../src/core/api/events.js';
import type { Change, Family, Role } from '../../../src/core/api/routes.js';

/**
 * An in-page stand-in for the routes API of the reference server, for browser tests of the
 * widget's sync (two clients, offline). It follows the contract in src/core/api/routes.ts;
 * the real server is tested in test/server/routes.test.ts and test/e2e/stap-tracker.test.ts.
 */
export const API = 'https://api.test.example/';

interface FakeRoute {
  id: string;
  code: string;
  family: Family;
  steps: string[];
  changes: Change[];
  closed: boolean;
  tokens: Map<string, Role>;
}

export class FakeRoutesServer {
  routes = new Map<string, FakeRoute>();
  offline = false;
  requests = 0;
  private original = window.fetch;
  private n = 0;

  /** The route event streams open now (with `events`), as the server's would be. */
  streams: FakeRouteStream[] = [];

  /** Answers fetch; with `events`, also the route event streams (else the widget only polls). */
  install(options: { events?: boolean } = {}): this {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      this.handle(String(input instanceof Request ? input.url : input), init ?? {});
    if (options.events) {
      setEventSourceFactory((url) => {
        const stream = new FakeRouteStream(url, this);
        this.streams.push(stream);
        return stream;
      });
    }
    return this;
  }

  uninstall(): void {
    window.fetch = this.original;
    setEventSourceFactory(undefined);
    this.streams.forEach((s) => s.close());
  }

  /** Whether a token opens a route (for the streams). */
  opens(routeId: string, token: string): boolean {
    return !this.offline && !!this.routes.get(routeId)?.tokens.has(token);
  }

  /** Tells the open streams of a route that it changed, like the server's `changed` event. */
  private announce(routeId: string): void {
    for (const stream of this.streams) if (stream.routeId === routeId && stream.readyState === 1) stream.emit('changed');
  }

  private reply(status: number, body?: unknown): Response {
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }

  private error(status: number, code: string): Response {
    return this.reply(status, { error: { code, message: { nl: code, en: code } } });
  }

  private async handle(url: string, init: RequestInit): Promise<Response> {
    if (!url.startsWith(API)) return this.original(url, init);
    this.requests++;
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname.replace(/^\/api\//, '');
    const since = Number(new URL(url).searchParams.get('since') ?? 0);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const token = String((init.headers as Record<string, string> | undefined)?.authorization ?? '').replace('Bearer ', '');
    const method = init.method ?? 'GET';
    if (method === 'POST' && path === 'routes') {
      const id = `route-${++this.n}`;
      const code = `TEST${String(this.n).padStart(4, '2')}`;
      const t = `token-parent1-${id}-xxxxxxxxxxxxxxxx`;
      this.routes.set(id, {
        id,
        code,
        family: body.family,
        steps: body.steps,
        changes: body.changes,
        closed: false,
        tokens: new Map([[t, 'parent1']]),
      });
      return this.reply(201, {
        routeId: id,
        role: 'parent1',
        token: t,
        code,
        link: `${body.page ?? 'https://x.example/'}#digiplein-route=${code}`,
      });
    }
    if (method === 'POST' && path === 'routes/join') {
      const route = [...this.routes.values()].find(
        (r) =>
          r.code ===
            String(body.code)
              .toUpperCase()
              .replace(/[^A-Z0-9]/g, '') && !r.closed,
      );
      if (!route) return this.error(404, 'route_not_found');
      const t = `token-parent2-${route.id}-xxxxxxxxxxxxxxxx`;
      route.tokens.set(t, 'parent2');
      this.announce(route.id);
      return this.reply(200, { routeId: route.id, role: 'parent2', token: t, route: this.snapshot(route) });
    }
    const m = /^routes\/([^/]+)(?:\/(changes|leave|close))?$/.exec(path);
    const route = m ? this.routes.get(m[1]!) : undefined;
    const role = route?.tokens.get(token);
    if (!route || !role) return this.error(404, 'route_not_found');
    const action = m![2];
    if (!action) return this.reply(200, this.snapshot(route));
    if (action === 'changes' && method === 'GET') {
      return this.reply(200, {
        changes: route.changes.slice(since),
        seq: route.changes.length,
        closed: route.closed,
        members: [...new Set(route.tokens.values())].sort(),
      });
    }
    if (action === 'changes') {
      if (route.closed) return this.error(409, 'route_closed');
      if ((body.changes as Change[]).some((c) => c.by !== role)) return this.error(403, 'forbidden_role');
      let accepted = 0;
      for (const c of body.changes as Change[]) if (!route.changes.some((o) => o.id === c.id)) (route.changes.push(c), accepted++);
      if (accepted) this.announce(route.id);
      return this.reply(200, { seq: route.changes.length, accepted });
    }
    if (action === 'leave') {
      route.tokens.delete(token);
      this.announce(route.id);
      return this.reply(204);
    }
    if (role !== 'begeleider') return this.error(403, 'forbidden_role');
    route.closed = true;
    this.announce(route.id);
    return this.reply(204);
  }

  /** What the desk would hand the widget: a begeleider token for a route. */
  begeleider(routeId: string): { routeId: string; role: 'begeleider'; token: string } {
    const t = `token-begeleider-${routeId}-xxxxxxxxxxxxxxxx`;
    this.routes.get(routeId)!.tokens.set(t, 'begeleider');
    return { routeId, role: 'begeleider', token: t };
  }

  private snapshot(r: FakeRoute) {
    return {
      routeId: r.id,
      code: r.code,
      family: r.family,
      steps: r.steps,
      changes: r.changes,
      seq: r.changes.length,
      closed: r.closed,
      members: [...new Set(r.tokens.values())].sort(),
    };
  }
}

/** A route's event stream as the server sends it: `ready` once open, then `changed`. */
export class FakeRouteStream implements EventSourceLike {
  readyState = 0;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  readonly routeId: string;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(
    readonly url: string,
    server: FakeRoutesServer,
  ) {
    const parsed = new URL(url);
    this.routeId = decodeURIComponent(/routes\/([^/]+)\/events$/.exec(parsed.pathname)?.[1] ?? '');
    const token = parsed.searchParams.get('token') ?? '';
    setTimeout(() => {
      if (this.readyState === 2) return;
      if (!server.opens(this.routeId, token)) return this.fail(true);
      this.readyState = 1;
      this.onopen?.(new Event('open'));
      this.emit('ready');
    });
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string): void {
    for (const l of this.listeners.get(type) ?? []) l(new MessageEvent(type, { data: '{}' }));
  }

  /** The connection drops: the browser would retry (`for good` after an error status). */
  fail(forGood = false): void {
    this.readyState = forGood ? 2 : 0;
    this.onerror?.(new Event('error'));
  }

  close(): void {
    this.readyState = 2;
  }
}
