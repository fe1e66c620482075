/**
 * `digiplein-hulpzoeker-result-click`: a parent chose a way to reach an offer in the hulpzoeker
 * (called, mailed, opened the website or chat, or opened the sign-up). For the site's own
 * analytics: it says which offer and which contact option, never who or what was answered.
 * Bubbles and is composed, so the site can listen on `document`. Fired before the link is
 * followed; it cannot be cancelled.
 */
export type HulpzoekerContactKind = 'phone' | 'email' | 'website' | 'chat' | 'spreekuur';

export interface HulpzoekerResultClickDetail {
  /** Id of the offer in the config (or the national pack). */
  offer: string;
  /** Which contact option was used. */
  contact: HulpzoekerContactKind;
}
export type HulpzoekerResultClickEvent = CustomEvent<HulpzoekerResultClickDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-hulpzoeker-result-click': HulpzoekerResultClickEvent;
  }
}
