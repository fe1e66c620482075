/// <reference types="vite/client" />
// The real NL Design System "Voorbeeld" theme, from its published design tokens package (a dev
// dependency: Storybook only, never shipped). Its class is renamed here because the demo site's
// hand-written Gemeente Voorbeeld theme (demo/demo.css) uses the same class name.
import themeCss from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?inline';

export const NL_VOORBEELD_CLASS = 'sb-theme-nl-voorbeeld';

let installed = false;

/** Adds the package's theme to the page once, under `.sb-theme-nl-voorbeeld`. */
export function installNlVoorbeeldTheme(): void {
  if (installed) return;
  installed = true;
  const style = document.createElement('style');
  style.textContent = themeCss.replaceAll('.voorbeeld-theme', `.${NL_VOORBEELD_CLASS}`);
  document.head.append(style);
}
