/**
 * `digiplein-data-cleared`: the parent pressed "wis mijn gegevens" (or quick exit) in a widget.
 * Bubbles and is composed, so the site can listen on `document`. Carries no data.
 */
export type DataClearedEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'digiplein-data-cleared': DataClearedEvent;
  }
}
