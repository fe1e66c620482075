/**
 * `node --import tsx server/cli/signup-slots.ts --organisation <id> --spreekuur <id> --name <name>
 *    --days di,do --times 09:00,09:30 [--minutes 30] [--capacity 1] [--from 2026-12-01] [--weeks 4]`
 *
 * Adds (or renames) a spreekuur of an organisation and its weekly times, as wall-clock times in
 * Europe/Amsterdam, to the database in DATA_DIR (default ./.data). The spreekuur's id must be the
 * one in the gemeente's DigiPlein config (`spreekuren[].id`), which the widget sends. A spreekuur
 * of another organisation is refused (exit code 1), never moved.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { coreMigrations } from '../core/migrations.js';
import { openDatabase } from '../db/open.js';
import { features } from '../features/index.js';
import { SpreekuurOfOtherOrganisation, addSlot, upsertSpreekuur } from '../features/signups/store.js';
import { WEEKDAYS, weeklySlots } from '../features/signups/schedule.js';

const usage = `Usage: node --import tsx server/cli/signup-slots.ts --organisation <id> --spreekuur <id> --name <name>
  --days ma,di,wo,do,vr,za,zo --times 09:00,09:30 [--minutes 30] [--capacity 1] [--from YYYY-MM-DD] [--weeks 4]
Database: DATA_DIR (default ./.data).`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    organisation: { type: 'string' },
    spreekuur: { type: 'string' },
    name: { type: 'string' },
    days: { type: 'string' },
    times: { type: 'string' },
    minutes: { type: 'string', default: '30' },
    capacity: { type: 'string', default: '1' },
    from: { type: 'string' },
    weeks: { type: 'string', default: '4' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.organisation || !values.spreekuur || !values.name || !values.days || !values.times) {
  fail('--organisation, --spreekuur, --name, --days and --times are required.');
}
if (!/^[a-z0-9][a-z0-9-]*$/.test(values.spreekuur)) fail('--spreekuur: lower-case letters, digits and hyphens, as in the config.');
const days = values.days.split(',').map((d) => WEEKDAYS.indexOf(d.trim() as never));
if (days.some((d) => d < 0)) fail(`--days: a list of ${WEEKDAYS.join(', ')}.`);
const times = values.times.split(',').map((t) => t.trim());
if (times.some((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))) fail('--times: a list of HH:MM, such as 09:00,09:30.');
const minutes = Number(values.minutes);
const capacity = Number(values.capacity);
const weeks = Number(values.weeks);
if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) fail('--minutes: a whole number from 5 to 600.');
if (!Number.isInteger(capacity) || capacity < 1) fail('--capacity: a whole number of at least 1.');
if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) fail('--weeks: a whole number from 1 to 52.');
const from = values.from ? new Date(`${values.from}T00:00:00Z`) : new Date(Date.now() + 86_400_000);
if (Number.isNaN(from.getTime())) fail('--from: a date such as 2026-12-01.');

const db = openDatabase({ dataDir: resolve(process.env.DATA_DIR || '.data'), databaseUrl: process.env.DATABASE_URL });
try {
  await db.migrate([...coreMigrations, ...features.flatMap((f) => f.migrations ?? [])]);
  const slots = weeklySlots({ days, times, minutes, capacity }, from, weeks * 7);
  await db.transaction(async (tx) => {
    await upsertSpreekuur(tx, { id: values.spreekuur!, organisationId: values.organisation!, name: values.name! }, Date.now());
    for (const slot of slots) await addSlot(tx, { spreekuurId: values.spreekuur!, ...slot });
  });
  console.log(`${values.spreekuur}: ${slots.length} times added (${values.name}, organisation ${values.organisation}).`);
} catch (error) {
  if (!(error instanceof SpreekuurOfOtherOrganisation)) throw error;
  // nothing was added (one transaction): a gemeente's widget would book into the wrong organisation
  console.error(
    `--spreekuur ${values.spreekuur} belongs to another organisation than ${values.organisation}; a spreekuur is never moved. Nothing was changed.`,
  );
  process.exitCode = 1;
} finally {
  await db.close();
}
