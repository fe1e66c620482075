/**
 * What a link in an error summary (GOV.UK / NL Design System) does when clicked: it moves the
 * keyboard to the field the message is about, inside the element's own shadow root.
 *
 * The link keeps its `href="#…"` (a link that names its target, also without script), but the
 * browser's own jump is prevented: it would not find an id inside a shadow root, and it would
 * change the page's address (a page or the desk that routes on `location.hash` would then switch
 * to another view).
 *
 * `selector` is looked up in `root` (the element's `renderRoot`); nothing happens beyond
 * `preventDefault` when it finds nothing.
 */
export function focusField(event: Event, root: ParentNode, selector: string): void {
  event.preventDefault();
  const field = root.querySelector<HTMLElement>(selector);
  if (!field) return;
  field.focus();
  field.scrollIntoView({ block: 'center' });
}
