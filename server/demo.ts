import { ensureOrganisation, createAccount, findAccountByEmail } from './auth/accounts.js';
import type { Role } from './auth/types.js';
import type { Database } from './db/database.js';

/**
 * Fictional organisations and professionals for `npm start` (`--demo`). Features seed their
 * demo records (spreekuren, slots, …) into these organisations: use the ids from here.
 */
export const DEMO_ORGANISATIONS = {
  gemeente: { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld (fictief)' },
  regio: { id: 'regio-voorbeeld', name: 'Wijkteam Regio Voorbeeld (fictief)' },
} as const;

/** Demo logins, printed at start. Never use these passwords anywhere real. */
export const DEMO_ACCOUNTS: { organisationId: string; email: string; name: string; role: Role; password: string }[] = [
  {
    organisationId: 'gemeente-voorbeeld',
    email: 'balie@voorbeeld.example',
    name: 'Sanne de Balie (fictief)',
    role: 'professional',
    password: 'demo-balie-2026',
  },
  {
    organisationId: 'gemeente-voorbeeld',
    email: 'beheer@voorbeeld.example',
    name: 'Ahmed Beheer (fictief)',
    role: 'admin',
    password: 'demo-beheer-2026',
  },
  {
    organisationId: 'gemeente-voorbeeld',
    email: 'coordinator@voorbeeld.example',
    name: 'Noor Coördinator (fictief)',
    role: 'coordinator',
    password: 'demo-coordinator-2026',
  },
  {
    organisationId: 'regio-voorbeeld',
    email: 'wijkteam@voorbeeld.example',
    name: 'Joris Wijkteam (fictief)',
    role: 'professional',
    password: 'demo-wijkteam-2026',
  },
];

/** Creates the demo organisations and accounts when they are missing (safe on every start). */
export async function seedDemoAccounts(db: Database, now: number): Promise<void> {
  for (const org of Object.values(DEMO_ORGANISATIONS)) await ensureOrganisation(db, org.id, org.name, now);
  for (const account of DEMO_ACCOUNTS) {
    if (!(await findAccountByEmail(db, account.email))) await createAccount(db, account, now);
  }
}
