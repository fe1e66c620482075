import type { ConfigIssue } from './issues.js';
import { describeFound, formatPath } from './issues.js';
import type { ReferenceCode } from './cross-check.js';

type Bilingual = { nl: string; en: string };

/** What each named format check expects, in plain words. Keys are the messages given to the checks in `schema/`. */
const formats: Record<string, Bilingual> = {
  text: {
    nl: 'verwacht een tekst, of een tekst per taal zoals {"nl": "…", "en": "…"}',
    en: 'expected a text, or a text per language such as {"nl": "…", "en": "…"}',
  },
  'not-empty': { nl: 'mag niet leeg zijn', en: 'must not be empty' },
  'at-least-one': { nl: 'verwacht minstens één waarde', en: 'expected at least one value' },
  'language-code': { nl: 'verwacht een taalcode zoals "nl" of "en"', en: 'expected a language code such as "nl" or "en"' },
  id: {
    nl: 'verwacht een id met kleine letters, cijfers en streepjes, zoals "juridisch-loket"',
    en: 'expected an id of lower-case letters, digits and hyphens, such as "juridisch-loket"',
  },
  'cbs-code': { nl: 'verwacht een CBS-gemeentecode zoals "GM0363"', en: 'expected a CBS gemeente code such as "GM0363"' },
  'postcode-area': {
    nl: 'verwacht vier cijfers zoals "1234", of een reeks zoals "1230-1239"',
    en: 'expected four digits such as "1234", or a range such as "1230-1239"',
  },
  'web-url': { nl: 'verwacht een volledig webadres dat begint met https://', en: 'expected a full web address starting with https://' },
  'api-url': {
    nl: 'verwacht een volledig webadres dat begint met https://, of een pad op dezelfde website zoals "/"',
    en: 'expected a full web address starting with https://, or a path on the same site such as "/"',
  },
  'site-path': {
    nl: 'verwacht een pad op dezelfde website dat begint met /, zoals "/"',
    en: 'expected a path on the same site starting with /, such as "/"',
  },
  'web-url-or-path': {
    nl: 'verwacht een volledig webadres (https://…) of een pad op deze website (/…)',
    en: 'expected a full web address (https://…) or a path on this website (/…)',
  },
  email: { nl: 'verwacht een e-mailadres zoals info@gemeente.nl', en: 'expected an e-mail address such as info@gemeente.nl' },
  phone: {
    nl: 'verwacht een telefoonnummer zoals "0800-2000" of "020 123 4567"',
    en: 'expected a phone number such as "0800-2000" or "020 123 4567"',
  },
  'iso-date': { nl: 'verwacht een datum zoals "2026-12-25"', en: 'expected a date such as "2026-12-25"' },
  'date-time': {
    nl: 'verwacht een datum en tijd met tijdzone zoals "2026-12-01T09:00:00+01:00"',
    en: 'expected a date and time with time zone such as "2026-12-01T09:00:00+01:00"',
  },
  'clock-time': { nl: 'verwacht een tijd zoals "09:30"', en: 'expected a time such as "09:30"' },
  'time-range': { nl: 'verwacht tijden zoals "09:00-17:00"', en: 'expected times such as "09:00-17:00"' },
  'real-date': { nl: 'deze datum bestaat niet', en: 'this date does not exist' },
  'forward-range': {
    nl: 'de eindtijd moet na de begintijd liggen, uiterlijk 24:00',
    en: 'the end must be after the start, at the latest 24:00',
  },
  'token-name': {
    nl: 'verwacht de naam van een custom property die begint met --digiplein-',
    en: 'expected a custom property name starting with --digiplein-',
  },
  'token-value': {
    nl: 'verwacht een kleur, maat, getal of lettertype; url(…) en andere manieren om iets van een andere site te laden mogen niet',
    en: 'expected a colour, length, number or font name; url(…) and other ways to load from another site are not allowed',
  },
  positive: { nl: 'verwacht een getal groter dan 0', en: 'expected a number greater than 0' },
  version: { nl: 'verwacht versie 1 (de versie die deze bibliotheek leest)', en: 'expected version 1 (the version this library reads)' },
  'too-long': { nl: 'is te lang', en: 'is too long' },
  'client-id': { nl: 'verwacht een id van 8 tot 64 letters, cijfers, - of _', en: 'expected an id of 8 to 64 letters, digits, - or _' },
};

const typeNames: Record<string, Bilingual> = {
  string: { nl: 'een tekst', en: 'a text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een heel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  array: { nl: 'een lijst [ … ]', en: 'a list [ … ]' },
  object: { nl: 'een object { … }', en: 'an object { … }' },
  record: { nl: 'een object { … }', en: 'an object { … }' },
};

const foundType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Levenshtein distance, to suggest the key a webmaster probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function suggestion(key: string, known: readonly string[]): Bilingual {
  const best = known.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  const list = known.join(', ');
  if (best && best.d <= Math.max(2, Math.floor(key.length / 3))) {
    return { nl: `; bedoelt u "${best.k}"? Bekend zijn: ${list}`, en: `; did you mean "${best.k}"? Known are: ${list}` };
  }
  return { nl: `; bekend zijn: ${list}`, en: `; known are: ${list}` };
}

/** A raw issue as zod reports it (only the fields we read). */
export interface RawIssue {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: string;
  input?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
}

/**
 * Turns one zod issue into webmaster-readable issues. `knownKeys` gives, for the object at a
 * path, which keys it accepts, so an unknown key can name the one probably meant.
 */
export function explain(raw: RawIssue, knownKeys: (path: PropertyKey[]) => string[]): ConfigIssue[] {
  const path = formatPath(raw.path);
  const named = raw.message ? formats[raw.message] : undefined;
  const found = raw.input === undefined ? undefined : describeFound(raw.input);
  const issue = (message: Bilingual, at = path, f = found): ConfigIssue => ({ path: at, found: f, message, fatal: true });

  switch (raw.code) {
    case 'invalid_type': {
      const expected = typeNames[raw.expected ?? ''] ?? { nl: String(raw.expected), en: String(raw.expected) };
      if (raw.input === undefined) {
        return [
          issue({
            nl: `ontbreekt: dit veld is verplicht (verwacht ${expected.nl})`,
            en: `missing: this field is required (expected ${expected.en})`,
          }),
        ];
      }
      const t = typeNames[foundType(raw.input)] ?? { nl: foundType(raw.input), en: foundType(raw.input) };
      return [issue({ nl: `verwacht ${expected.nl}, maar gevonden ${t.nl}`, en: `expected ${expected.en}, but found ${t.en}` })];
    }
    case 'unrecognized_keys':
      return (raw.keys ?? []).map((key) => {
        const hint = suggestion(key, knownKeys(raw.path));
        return issue(
          { nl: `onbekend veld "${key}"${hint.nl}`, en: `unknown field "${key}"${hint.en}` },
          formatPath([...raw.path, key]),
          undefined,
        );
      });
    case 'invalid_value': {
      const values = (raw.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return [named ? issue(named) : issue({ nl: `verwacht een van: ${values}`, en: `expected one of: ${values}` })];
    }
    case 'invalid_union':
      if (
        raw.path.length &&
        raw.input !== undefined &&
        typeof raw.input === 'object' &&
        !Array.isArray(raw.input) &&
        raw.input &&
        'type' in raw.input
      ) {
        return [issue({ nl: 'onbekend soort stap in "type"', en: 'unknown kind of node in "type"' })];
      }
      return [issue(named ?? { nl: 'deze waarde heeft niet de verwachte vorm', en: 'this value does not have the expected shape' })];
    case 'too_small':
      if (named) return [issue(named)];
      return [
        issue({
          nl: `te klein of te kort: minimaal ${String(raw.minimum)}`,
          en: `too small or too short: at least ${String(raw.minimum)}`,
        }),
      ];
    case 'too_big':
      return [
        issue({ nl: `te groot of te lang: maximaal ${String(raw.maximum)}`, en: `too big or too long: at most ${String(raw.maximum)}` }),
      ];
    case 'invalid_format':
      return [issue(named ?? { nl: `verwacht het formaat ${raw.format}`, en: `expected the format ${raw.format}` })];
    default:
      return [issue(named ?? { nl: `ongeldige waarde (${raw.code})`, en: `invalid value (${raw.code})` })];
  }
}

/** A reference problem (./cross-check.ts) in words. */
export function referenceMessage(code: ReferenceCode, p: Record<string, string>): Bilingual {
  switch (code) {
    case 'unknown-theme':
      return { nl: `onbekend thema; bekend zijn: ${p.known}`, en: `unknown theme; known are: ${p.known}` };
    case 'no-contact':
      return {
        nl: 'verwacht minstens één manier van contact: phone, email, website, chat of spreekuur',
        en: 'expected at least one way of contact: phone, email, website, chat or spreekuur',
      };
    case 'unknown-spreekuur':
      return { nl: `onbekend spreekuur; bekend zijn: ${p.known}`, en: `unknown spreekuur; known are: ${p.known}` };
    case 'gemeente-not-listed':
      return {
        nl: `deze gemeente staat niet in "gemeenten"; bekend zijn: ${p.known}`,
        en: `this gemeente is not listed in "gemeenten"; known are: ${p.known}`,
      };
    case 'wijkteam-not-offer':
      return { nl: 'verwacht het id van een aanbod in "offers"', en: 'expected the id of an offer in "offers"' };
    case 'unknown-node':
      return {
        nl: `verwijst naar een stap die niet bestaat; bekend zijn: ${p.known}`,
        en: `refers to a node that does not exist; known are: ${p.known}`,
      };
    case 'unknown-option':
      return {
        nl: `onbekende optie voor ${p.widget}; toegestaan zijn: ${p.allowed}`,
        en: `unknown option for ${p.widget}; allowed are: ${p.allowed}`,
      };
    case 'unknown-phase':
      return { nl: `onbekende fase; bekend zijn: ${p.known}`, en: `unknown phase; known are: ${p.known}` };
    case 'unknown-offer':
      return { nl: 'verwacht het id van een aanbod', en: 'expected the id of an offer' };
    case 'duplicate-id':
      return {
        nl: `dit id staat er al (nummer ${p.first} in de lijst); ids moeten uniek zijn`,
        en: `this id is already used (item ${p.first} of the list); ids must be unique`,
      };
    case 'range-backwards':
      return { nl: 'de reeks loopt achteruit; zet het laagste nummer eerst', en: 'the range runs backwards; put the lowest number first' };
    case 'postcode-overlap':
      return { nl: `overlapt met de postcodes van ${p.name}`, en: `overlaps the postcodes of ${p.name}` };
    case 'slot-end':
      return { nl: 'de eindtijd ligt niet na de begintijd', en: 'the end is not after the start' };
    case 'jump-loop':
      return {
        nl: 'deze sprongen verwijzen alleen naar elkaar; het gesprek zou nooit stoppen',
        en: 'these jumps only lead to each other; the conversation would never stop',
      };
    case 'spreekuur-email':
      return {
        nl: 'zonder "endpoints.api" gaan aanmeldingen per e-mail: geef dit spreekuur een "email", of geef een server op in "endpoints.api"',
        en: 'without "endpoints.api" sign-ups go by e-mail: give this spreekuur an "email", or give a server in "endpoints.api"',
      };
  }
}
