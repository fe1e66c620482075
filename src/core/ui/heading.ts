import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';

/**
 * A heading at a level the page chooses (`heading-level` on every widget): a widget's own heading
 * sits at that level and its sub-headings follow one or two levels below, so the widget fits the
 * page's outline wherever it is placed (in a section, in an offer card). Levels stay within 2–6.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; focusable?: boolean; className?: string } = {},
): TemplateResult {
  const { id, className: cls } = options;
  const tabindex = options.focusable ? '-1' : undefined;
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} class=${ifDefined(cls)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} class=${ifDefined(cls)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} class=${ifDefined(cls)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} class=${ifDefined(cls)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} class=${ifDefined(cls)}>${content}</h6>`;
  }
}
