/**
 * Legal and money answers end with where to get advice (CONTENT-FACTS: information, never advice).
 * Checked sources: juridischloket.nl/over-het-juridisch-loket/werkwijze.
 */
export const ADVICE_NL =
  'Wilt u weten wat dit voor u betekent? Vraag gratis advies bij [Het Juridisch Loket](https://www.juridischloket.nl), of praat met een mediator of advocaat.';
export const ADVICE_EN =
  'Want to know what this means for you? Ask for free advice at [Het Juridisch Loket](https://www.juridischloket.nl), or talk to a mediator or lawyer.';
