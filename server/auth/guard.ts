import { errors } from '../http/errors.js';
import type { RequestContext } from '../http/router.js';
import { holdsRole } from '../../src/core/api/desk.js';
import type { Professional, Role } from './types.js';

/**
 * The professional a desk route works for: `{ accountId, organisationId, role }`. Throws
 * `unauthenticated` (401) without a valid session and `forbidden` (403) when the account does
 * not hold at least `role`: roles are ranked (`professional` < `coordinator` < `admin`), so
 * `requireProfessional(ctx, 'coordinator')` lets admins through as well. Filter every query on `organisationId`: a professional sees only the own
 * organisation's data, and a record of another organisation must answer 404, not 403.
 */
export function requireProfessional(ctx: RequestContext, role?: Role): Professional {
  const professional = ctx.professional;
  if (!professional) throw errors.unauthenticated();
  if (role && !holdsRole(professional.role, role)) throw errors.forbidden();
  return professional;
}
