/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so a widget opened inside the chat follows the chat), else `nl`. Kept apart from
 * i18next so a tiny entry (the chat launcher) can use it without loading i18next.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    const lang = found?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'nl';
}
