import { HttpError, errors } from '../../http/errors.js';
import { MAX_SERIES_WEEKS } from '../../../src/core/api/signups.js';

/** A 400 that names one field, worded like the shared validation (`invalid_request`). */
const fieldError = (path: string, message: { nl: string; en: string }) => errors.invalidRequest([{ path, message }]);

/** The sign-up feature's failures, in plain Dutch (B1) and English. */
export const signupErrors = {
  spreekuurNotFound: () =>
    new HttpError(404, 'spreekuur_not_found', {
      nl: 'Dit spreekuur bestaat niet (meer).',
      en: 'This consultation hour does not exist (any more).',
    }),
  slotNotFound: () =>
    new HttpError(404, 'slot_not_found', {
      nl: 'Deze tijd bestaat niet meer. Kies een andere tijd.',
      en: 'This time no longer exists. Please choose another time.',
    }),
  slotFull: () =>
    new HttpError(409, 'slot_full', {
      nl: 'Deze tijd is net door iemand anders gekozen. Kies een andere tijd.',
      en: 'Someone else just chose this time. Please choose another time.',
    }),
  tooFast: () =>
    new HttpError(400, 'too_fast', {
      nl: 'Dat ging erg snel. Controleer uw gegevens en verstuur de aanmelding nog een keer.',
      en: 'That went very fast. Please check your details and send the sign-up again.',
    }),
  rejected: () =>
    new HttpError(400, 'rejected', { nl: 'Deze aanmelding kon niet worden verwerkt.', en: 'This sign-up could not be processed.' }),
  contactLimit: () =>
    new HttpError(429, 'contact_limit', {
      nl: 'Met dit e-mailadres of telefoonnummer zijn vandaag al veel aanmeldingen gedaan. Neem contact op met de organisatie.',
      en: 'Many sign-ups were already made today with this e-mail address or phone number. Please contact the organisation.',
    }),
  notFound: () =>
    new HttpError(404, 'not_found', { nl: 'Deze aanmelding bestaat niet (meer).', en: 'This sign-up does not exist (any more).' }),

  // desk management (coordinators)
  capacityBelowBooked: (booked: number) => {
    const message = {
      nl: `Voor deze tijd zijn al ${booked} mensen aangemeld. Het aantal plaatsen kan niet lager dan ${booked}.`,
      en: `${booked} people have already signed up for this time. The number of places cannot be lower than ${booked}.`,
    };
    return new HttpError(409, 'capacity_below_booked', message, [{ path: 'capacity', message }]);
  },
  timeHasSignups: (count: number) =>
    new HttpError(409, 'time_has_signups', {
      nl: `Voor deze tijd ${count === 1 ? 'is 1 persoon' : `zijn ${count} mensen`} aangemeld. Bevestig dat u de tijd wilt annuleren, en neem daarna contact met hen op.`,
      en: `${count === 1 ? '1 person has' : `${count} people have`} signed up for this time. Confirm that you want to cancel it, then contact them.`,
    }),
  spreekuurIdTaken: () =>
    new HttpError(
      409,
      'spreekuur_id_taken',
      { nl: 'Deze code is al in gebruik. Kies een andere.', en: 'This code is already in use. Please choose another.' },
      [{ path: 'id', message: { nl: 'is al in gebruik', en: 'is already in use' } }],
    ),
  spreekuurIdPrefix: (prefix: string) =>
    fieldError('id', {
      nl: `moet beginnen met de code van uw organisatie: ${prefix}`,
      en: `must start with your organisation's code: ${prefix}`,
    }),
  placeMissing: () =>
    fieldError('location', {
      nl: 'ontbreekt: vul een adres of plaats in, of kies online',
      en: 'missing: enter an address or place, or choose online',
    }),
  notARealDate: (path: string) => fieldError(path, { nl: 'deze datum bestaat niet', en: 'this date does not exist' }),
  inThePast: (path: string) => fieldError(path, { nl: 'deze tijd is al voorbij', en: 'this time has already passed' }),
  seriesLength: () =>
    fieldError('weeks', {
      nl: 'vul het aantal weken in of een einddatum (niet allebei)',
      en: 'enter the number of weeks or an end date (not both)',
    }),
  seriesTooLong: () =>
    fieldError('until', {
      nl: `een reeks heeft hoogstens ${MAX_SERIES_WEEKS} tijden (één per week, vanaf vandaag): kies een eerdere datum`,
      en: `a series has at most ${MAX_SERIES_WEEKS} times (one a week, from today): choose an earlier date`,
    }),
  untilBeforeFrom: () => fieldError('until', { nl: 'ligt voor de begindatum (vanaf datum)', en: 'is before the start date (from date)' }),
};
