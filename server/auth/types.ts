import { roles } from '../../src/core/api/desk.js';
export type { Role } from '../../src/core/api/desk.js';
import type { Role } from '../../src/core/api/desk.js';

/** Roles within an organisation, fewest rights first (the shared list, `src/core/api/desk.ts`). */
export const ROLES = roles;

/** The logged-in professional a desk route works for. Every query filters on `organisationId`. */
export interface Professional {
  accountId: string;
  organisationId: string;
  role: Role;
}
