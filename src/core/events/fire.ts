/**
 * Dispatches a typed DigiPlein event from an element. Events bubble and are composed so a site
 * can listen on `document`; they are fired only for user actions and async results.
 */
export function fire<K extends keyof GlobalEventHandlersEventMap>(
  host: HTMLElement,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  // cancelable only where a listener answers by calling preventDefault() (a step offered to the stap-tracker)
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
