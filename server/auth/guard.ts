import { errors } from '../http/errors.js';
import type { RequestContext } from '../http/router.js';
import type { Professional, Role } from './types.js';

/**
 * The professional a desk route works for: `{ accountId, organisationId, role }`. Throws
 * `unauthenticated` (401) without a valid session and `forbidden` (403) when `role` is asked
 * and not held. Filter every query on `organisationId`: a professional sees only the own
 * organisation's data, and a record of another organisation must answer 404, not 403.
 */
export function requireProfessional(ctx: RequestContext, role?: Role): Professional {
  const professional = ctx.professional;
  if (!professional) throw errors.unauthenticated();
  if (role === 'admin' && professional.role !== 'admin') throw errors.forbidden();
  return professional;
}
