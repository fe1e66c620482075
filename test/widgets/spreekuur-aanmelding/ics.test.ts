import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine } from '../../../src/widgets/spreekuur-aanmelding/ics.js';

const lines = (ics: string) => ics.split('\r\n');

describe('spreekuur-aanmelding: calendar file (RFC 5545)', () => {
  const summer = buildIcs({
    uid: 'DP-ABC123@digiplein',
    start: '2026-07-01T07:30:00Z',
    end: '2026-07-01T08:00:00Z',
    summary: 'Spreekuur wijkteam, Voorbeeld; ouderschapsplan',
    description: 'Aanmeldnummer: DP-ABC123\nGemeente Voorbeeld',
    location: 'Wijkcentrum, Kerkplein 2',
    stamp: new Date('2026-06-01T10:00:00Z'),
  });

  it('uses CRLF line endings only and has the required properties', () => {
    expect(summer.endsWith('\r\n')).to.equal(true);
    expect(summer.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const l = lines(summer);
    expect(l[0]).to.equal('BEGIN:VCALENDAR');
    expect(l).to.include('VERSION:2.0');
    expect(l.some((x) => x.startsWith('PRODID:'))).to.equal(true);
    expect(l).to.include('UID:DP-ABC123@digiplein');
    expect(l).to.include('DTSTAMP:20260601T100000Z');
    expect(l.at(-2)).to.equal('END:VCALENDAR');
  });

  it('gives local Amsterdam times with a VTIMEZONE for summer and winter', () => {
    expect(lines(summer)).to.include('DTSTART;TZID=Europe/Amsterdam:20260701T093000');
    expect(lines(summer)).to.include('DTEND;TZID=Europe/Amsterdam:20260701T100000');
    const winter = buildIcs({ uid: 'x', start: '2026-12-01T08:00:00Z', end: '2026-12-01T08:30:00Z', summary: 's' });
    expect(lines(winter)).to.include('DTSTART;TZID=Europe/Amsterdam:20261201T090000');
    const tz = summer.slice(summer.indexOf('BEGIN:VTIMEZONE'), summer.indexOf('END:VTIMEZONE'));
    expect(tz).to.contain('TZID:Europe/Amsterdam');
    expect(tz).to.contain('TZOFFSETTO:+0200');
    expect(tz).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(tz).to.contain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(lines(summer)).to.include('SUMMARY:Spreekuur wijkteam\\, Voorbeeld\\; ouderschapsplan');
    expect(lines(summer)).to.include('DESCRIPTION:Aanmeldnummer: DP-ABC123\\nGemeente Voorbeeld');
    expect(escapeText('a\\b')).to.equal('a\\\\b');
  });

  it('folds lines at 75 octets without splitting characters', () => {
    const long = 'DESCRIPTION:' + 'é'.repeat(100);
    const folded = foldLine(long).split('\r\n');
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    expect(folded.length).to.be.greaterThan(2);
    folded.forEach((l, i) => {
      expect(bytes(l)).to.be.at.most(75);
      if (i > 0) expect(l.startsWith(' ')).to.equal(true);
    });
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(long);
  });
});
