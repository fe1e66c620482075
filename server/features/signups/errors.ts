import { HttpError } from '../../http/errors.js';

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
};
