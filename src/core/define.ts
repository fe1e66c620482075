/**
 * Registers a custom element once. A page that loads the script twice, or two copies of the
 * library, keeps the first definition and gets a warning instead of an exception.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `DigiPlein: <${tag}> is al gedefinieerd; deze kopie van de bibliotheek wordt niet gebruikt. / <${tag}> is already defined; this copy of the library is not used.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
