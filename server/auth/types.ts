export type { Role } from '../../src/core/api/desk.js';
import type { Role } from '../../src/core/api/desk.js';

/** The logged-in professional a desk route works for. Every query filters on `organisationId`. */
export interface Professional {
  accountId: string;
  organisationId: string;
  role: Role;
}
