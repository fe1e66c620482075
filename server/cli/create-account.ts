/**
 * `npm run create-account -- --organisation <id> [--organisation-name <name>] --email <address>
 *    --name <name> [--role professional|coordinator|admin]`
 *
 * Adds a professional's account to the database in DATA_DIR (default ./.data), creating the
 * organisation when `--organisation-name` is given. The password is read from the terminal
 * (not echoed), or from the environment variable DIGIPLEIN_PASSWORD for scripts.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createAccountRequest } from '../../src/core/api/desk.js';
import { HttpError } from '../http/errors.js';
import { validate } from '../http/validate.js';
import { AccountError, createAccount, ensureOrganisation } from '../auth/accounts.js';
import { MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { roles } from '../../src/core/api/desk.js';
import type { Role } from '../auth/types.js';
import { coreMigrations } from '../core/migrations.js';
import { openDatabase } from '../db/open.js';
import { features } from '../features/index.js';

const usage = `Usage: npm run create-account -- --organisation <id> [--organisation-name <name>] --email <address> --name <name> [--role professional|coordinator|admin]
Password: typed at the prompt, or DIGIPLEIN_PASSWORD. Database: DATA_DIR (default ./.data).`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

async function readPassword(prompt: string): Promise<string> {
  if (process.env.DIGIPLEIN_PASSWORD) return process.env.DIGIPLEIN_PASSWORD;
  const input = process.stdin;
  if (!input.isTTY) fail('No terminal to ask the password: set DIGIPLEIN_PASSWORD.');
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((done) => {
    let value = '';
    const onData = (char: string) => {
      if (char === '\r' || char === '\n' || char === '\u0004') {
        input.setRawMode(false);
        input.pause();
        input.off('data', onData);
        process.stdout.write('\n');
        done(value);
      } else if (char === '\u0003') {
        process.stdout.write('\n');
        process.exit(130);
      } else if (char === '\u007f') value = value.slice(0, -1);
      else value += char;
    };
    input.on('data', onData);
  });
}

const { values } = parseArgs({
  options: {
    organisation: { type: 'string' },
    'organisation-name': { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'professional' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.organisation || !values.email || !values.name) fail('--organisation, --email and --name are required.');
if (!roles.includes(values.role as Role)) fail(`--role must be one of: ${roles.join(', ')}.`);

const password = await readPassword(`Password for ${values.email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(1);
}
// the same checks as the desk's "add account" (src/core/api/desk.ts)
try {
  validate(createAccountRequest, { name: values.name, email: values.email, password, role: values.role });
} catch (error) {
  if (!(error instanceof HttpError)) throw error;
  for (const issue of error.issues ?? []) console.error(`--${issue.path}: ${issue.message.en}`);
  process.exit(1);
}
const db = openDatabase({ dataDir: resolve(process.env.DATA_DIR || '.data'), databaseUrl: process.env.DATABASE_URL });
try {
  await db.migrate([...coreMigrations, ...features.flatMap((f) => f.migrations ?? [])]);
  // both or neither: a refused account leaves no new organisation behind
  const id = await db.transaction(async (tx) => {
    if (values['organisation-name']) await ensureOrganisation(tx, values.organisation!, values['organisation-name']);
    return createAccount(tx, {
      organisationId: values.organisation!,
      email: values.email!,
      name: values.name!,
      role: values.role as Role,
      password,
    });
  });
  console.log(`Account created: ${id} (${values.role}, ${values.organisation}) in ${db.location}`);
} catch (error) {
  const messages: Record<string, string> = {
    email_taken: 'There already is an account with this e-mail address.',
    weak_password: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    unknown_organisation: `Organisation "${values.organisation}" does not exist: add --organisation-name to create it.`,
  };
  if (error instanceof AccountError) {
    console.error(messages[error.code]);
    process.exitCode = 1;
  } else throw error;
} finally {
  await db.close();
}
