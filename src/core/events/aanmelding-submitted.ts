/**
 * `digiplein-aanmelding-submitted`: a parent's sign-up for a spreekuur was booked (or, without a
 * server, handed to their e-mail program). Bubbles and is composed so the site can listen on
 * `document`, for example for counting. Carries no personal data.
 */
export interface AanmeldingSubmittedDetail {
  /** Reference number of the booking; absent for the `mailto:` route, which books nothing yet. */
  reference?: string;
  /** Id of the spreekuur in the config. */
  spreekuur: string;
  /** How it was sent: to the server, or as a prefilled e-mail. */
  via: 'api' | 'mailto';
}
export type AanmeldingSubmittedEvent = CustomEvent<AanmeldingSubmittedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-aanmelding-submitted': AanmeldingSubmittedEvent;
  }
}
