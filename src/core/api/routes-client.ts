import { apiRequest, apiUrl } from './client.js';
import type { ApiResult } from './client.js';
import { changesResponse, createRouteResponse, joinRouteResponse, pushChangesResponse, routeSnapshot } from './routes.js';
import type { Change, CreateRouteRequest, Membership } from './routes.js';

/**
 * The endpoints of shared routes, on the core client (`client.ts`): every call resolves with
 * the parsed answer, `offline` when no answer came, or the server's refusal. Pushing changes
 * is safe to repeat (each change has its own id), so it is retried like a GET.
 */
export type RouteResult<T> = ApiResult<T>;

const rid = (m: Pick<Membership, 'routeId'>) => `api/routes/${encodeURIComponent(m.routeId)}`;
const at = (base: string, path: string) => apiUrl(base, path);

export const routesApi = {
  create: (base: string, body: CreateRouteRequest) =>
    apiRequest(at(base, 'api/routes'), { method: 'POST', body, schema: createRouteResponse }),
  join: (base: string, code: string) =>
    apiRequest(at(base, 'api/routes/join'), { method: 'POST', body: { code }, schema: joinRouteResponse }),
  snapshot: (base: string, m: Membership) => apiRequest(at(base, rid(m)), { schema: routeSnapshot, token: m.token }),
  changes: (base: string, m: Membership, since: number) =>
    apiRequest(at(base, `${rid(m)}/changes?since=${since}`), { schema: changesResponse, token: m.token }),
  push: (base: string, m: Membership, changes: Change[]) =>
    apiRequest(at(base, `${rid(m)}/changes`), {
      method: 'POST',
      body: { changes },
      schema: pushChangesResponse,
      token: m.token,
      retry: true,
    }),
  leave: (base: string, m: Membership) => apiRequest(at(base, `${rid(m)}/leave`), { method: 'POST', body: {}, token: m.token }),
  close: (base: string, m: Membership) => apiRequest(at(base, `${rid(m)}/close`), { method: 'POST', body: {}, token: m.token }),
  /** The stream that says when the route changed (EventSource sends no headers: the token goes in the query). */
  eventsUrl: (base: string, m: Membership) => at(base, `${rid(m)}/events?token=${encodeURIComponent(m.token)}`),
};
