/** Roles within an organisation: `admin` also manages the organisation's accounts. */
export const ROLES = ['professional', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The logged-in professional a desk route works for. Every query filters on `organisationId`. */
export interface Professional {
  accountId: string;
  organisationId: string;
  role: Role;
}
