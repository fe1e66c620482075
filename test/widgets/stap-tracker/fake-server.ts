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

  install(): this {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => this.handle(String(input instanceof Request ? input.url : input), init ?? {});
    return this;
  }

  uninstall(): void {
    window.fetch = this.original;
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
      this.routes.set(id, { id, code, family: body.family, steps: body.steps, changes: body.changes, closed: false, tokens: new Map([[t, 'parent1']]) });
      return this.reply(201, { routeId: id, role: 'parent1', token: t, code, link: `${body.page ?? 'https://x.example/'}#digiplein-route=${code}` });
    }
    if (method === 'POST' && path === 'routes/join') {
      const route = [...this.routes.values()].find((r) => r.code === String(body.code).toUpperCase().replace(/[^A-Z0-9]/g, '') && !r.closed);
      if (!route) return this.error(404, 'route_not_found');
      const t = `token-parent2-${route.id}-xxxxxxxxxxxxxxxx`;
      route.tokens.set(t, 'parent2');
      return this.reply(200, { routeId: route.id, role: 'parent2', token: t, route: this.snapshot(route) });
    }
    const m = /^routes\/([^/]+)(?:\/(changes|leave|close))?$/.exec(path);
    const route = m ? this.routes.get(m[1]!) : undefined;
    const role = route?.tokens.get(token);
    if (!route || !role) return this.error(404, 'route_not_found');
    const action = m![2];
    if (!action) return this.reply(200, this.snapshot(route));
    if (action === 'changes' && method === 'GET') {
      return this.reply(200, { changes: route.changes.slice(since), seq: route.changes.length, closed: route.closed, members: [...new Set(route.tokens.values())].sort() });
    }
    if (action === 'changes') {
      if (route.closed) return this.error(409, 'route_closed');
      if ((body.changes as Change[]).some((c) => c.by !== role)) return this.error(403, 'forbidden_role');
      let accepted = 0;
      for (const c of body.changes as Change[]) if (!route.changes.some((o) => o.id === c.id)) (route.changes.push(c), accepted++);
      return this.reply(200, { seq: route.changes.length, accepted });
    }
    if (action === 'leave') {
      route.tokens.delete(token);
      return this.reply(204);
    }
    if (role !== 'begeleider') return this.error(403, 'forbidden_role');
    route.closed = true;
    return this.reply(204);
  }

  /** What the desk would hand the widget: a begeleider token for a route. */
  begeleider(routeId: string): { routeId: string; role: 'begeleider'; token: string } {
    const t = `token-begeleider-${routeId}-xxxxxxxxxxxxxxxx`;
    this.routes.get(routeId)!.tokens.set(t, 'begeleider');
    return { routeId, role: 'begeleider', token: t };
  }

  private snapshot(r: FakeRoute) {
    return { routeId: r.id, code: r.code, family: r.family, steps: r.steps, changes: r.changes, seq: r.changes.length, closed: r.closed, members: [...new Set(r.tokens.values())].sort() };
  }
}
