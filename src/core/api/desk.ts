import * as z from 'zod/mini';

/**
 * The desk's own contract (login, the session, the organisation's accounts): shared by the
 * reference server and the desk elements in `src/desk/`.
 */
/**
 * Roles within an organisation, from fewest rights to most: a `coordinator` also runs the
 * organisation's spreekuren and meetings, an `admin` does what a coordinator does and manages
 * the organisation's accounts. Each role holds the rights of the roles before it.
 */
export const roles = ['professional', 'coordinator', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Whether an account with role `held` may do what needs `needed` (admins are coordinators too). */
export const holdsRole = (held: Role, needed: Role): boolean => roles.indexOf(held) >= roles.indexOf(needed);

export const loginRequest = z.strictObject({
  email: z.email('email').check(z.maxLength(254)),
  password: z.string().check(z.minLength(1, 'not-empty'), z.maxLength(1024)),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const deskAccount = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  /** An admin switched the account off: it cannot log in and its sessions ended. */
  disabled: z.optional(z.boolean()),
});

/** `POST /api/desk/accounts/{id}/disabled`: an admin switches a colleague's account off or on. */
export const disableAccountRequest = z.strictObject({ disabled: z.boolean() });
export type DeskAccount = z.infer<typeof deskAccount>;

export const deskOrganisation = z.object({ id: z.string(), name: z.string() });
export type DeskOrganisation = z.infer<typeof deskOrganisation>;

/** `GET /api/desk/session` and the answer to a login. */
export const deskSession = z.object({
  account: deskAccount,
  organisation: deskOrganisation,
  /** ISO date-time when the session ends. */
  expiresAt: z.string(),
});
export type DeskSession = z.infer<typeof deskSession>;

/** `GET /api/desk/accounts`: the accounts of the caller's organisation (admins only). */
export const deskAccountList = z.object({ accounts: z.array(deskAccount) });
export type DeskAccountList = z.infer<typeof deskAccountList>;

/** `POST /api/desk/accounts`: an admin adds a professional to the own organisation. */
export const createAccountRequest = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'not-empty'), z.maxLength(200)),
  email: z.email('email').check(z.maxLength(254)),
  password: z.string().check(z.minLength(12), z.maxLength(1024)),
  role: z.enum(roles),
});
export type CreateAccountRequest = z.infer<typeof createAccountRequest>;
