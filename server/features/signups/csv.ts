import type { DeskSignup } from '../../../src/core/api/signups.js';
import { amsterdamFormat } from '../../../src/core/time/amsterdam.js';

const date = amsterdamFormat('nl-NL', { year: 'numeric', month: '2-digit', day: '2-digit' });
const time = amsterdamFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateTime = amsterdamFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });

/**
 * One CSV cell (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR) gets a leading apostrophe: a parent's question is never code.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const dangerFlag = { strong: 'sterk', possible: 'mogelijk' } as const;
const contactBy = { email: 'e-mail', phone: 'telefoon', any: 'maakt niet uit' } as const;

/**
 * The sign-ups as CSV for a spreadsheet: semicolons (what Dutch Excel expects), a UTF-8 byte
 * order mark, CRLF line endings, times in Europe/Amsterdam. In chunks, one per page of sign-ups
 * as the store reads them, so a long export is never built in memory as a whole.
 */
export async function* signupsCsvChunks(pages: AsyncIterable<readonly DeskSignup[]>): AsyncGenerator<string> {
  yield csvHeader();
  for await (const page of pages) if (page.length) yield csvRows(page);
}

const HEADER = [
  'Aanmeldnummer',
  'Spreekuur',
  'Datum',
  'Begin',
  'Eind',
  'Status',
  'Afgehandeld',
  'Naam',
  'E-mail',
  'Telefoon',
  'Postcode',
  'Onderwerp',
  'Vraag',
  'Signaal van gevaar',
  'Contact via',
  'Aangemeld op',
];
const csvHeader = () => '\uFEFF' + HEADER.map(csvCell).join(';') + '\r\n';

function csvRows(signups: readonly DeskSignup[]): string {
  const rows = signups.map((s) => [
    s.reference,
    s.spreekuur.name,
    date.format(new Date(s.slot.start)),
    time.format(new Date(s.slot.start)),
    time.format(new Date(s.slot.end)),
    s.status === 'booked' ? 'aangemeld' : s.cancelledBy === 'organisation' ? 'tijd geannuleerd door de organisatie' : 'afgemeld',
    s.handled ? 'ja' : 'nee',
    s.name,
    s.email ?? '',
    s.phone ?? '',
    s.postcode ?? '',
    s.theme,
    s.question ?? '',
    s.safety ? dangerFlag[s.safety] : '',
    contactBy[s.contactBy],
    dateTime.format(new Date(s.createdAt)),
  ]);
  return rows.map((r) => r.map(csvCell).join(';') + '\r\n').join('');
}
