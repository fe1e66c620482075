/**
 * Makes the page around `keep` inert, the way a modal dialog does: focus, pointer and the
 * accessibility tree stay inside `keep` (used while the chat covers a phone's whole screen).
 * Elements that were already inert are left alone. Returns the function that undoes it.
 */
export function inertOutside(keep: Element): () => void {
  const changed: Element[] = [];
  for (let node: Element = keep; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.hasAttribute('inert') || sibling instanceof HTMLScriptElement || sibling instanceof HTMLStyleElement)
        continue;
      sibling.setAttribute('inert', '');
      changed.push(sibling);
    }
  }
  return () => {
    for (const el of changed) el.removeAttribute('inert');
  };
}
