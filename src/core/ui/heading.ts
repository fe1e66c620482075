import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A heading at a level the page chooses (`heading-level` on every widget): a widget's own heading
 * sits at that level and its sub-headings follow one or two levels below, so the widget fits the
 * page's outline wherever it is placed (in a section, in an offer card). Levels stay within 2–6.
 */
export function heading(level: number, content: unknown, options: { id?: string; focusable?: boolean; className?: string } = {}): TemplateResult {
  const id = options.id ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  const cls = options.className ?? nothing;
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${id} tabindex=${tabindex} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} tabindex=${tabindex} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex=${tabindex} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex=${tabindex} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 id=${id} tabindex=${tabindex} class=${cls}>${content}</h6>`;
  }
}
