/**
 * Elements that the all-in-one script (`digiplein.js`) defines on demand. It loads a widget's
 * module when its tag appears in the page; an element that another element renders in its own
 * shadow root (the sign-up inside the hulpzoeker, the configurator's previews) asks for it here.
 * The request is a DOM event, so it reaches the all-in-one script even from a separate bundle.
 */
export const LOAD_ELEMENT_EVENT = 'digiplein-load-element';

export interface LoadElementDetail {
  tag: string;
}

/**
 * Whether `tag` is defined, or will be because a script on the page loads it on demand (that
 * load starts now; `customElements.whenDefined(tag)` says when it is there).
 */
export function requestElement(tag: string): boolean {
  if (customElements.get(tag)) return true;
  const event = new CustomEvent<LoadElementDetail>(LOAD_ELEMENT_EVENT, { detail: { tag }, cancelable: true });
  // a loader that knows the tag cancels the event
  return !document.dispatchEvent(event);
}
