import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { safeHref } from '../../core/ui/links.js';
import { parseAnswer } from './format.js';
import type { Inline } from './format.js';

/**
 * Renders answer text in the safe format through Lit templates: every piece of text is a text
 * node, links only with http(s), mailto or tel (anything else stays plain text).
 */
function inline(piece: Inline, externalHint: string): TemplateResult | string {
  if (piece.kind === 'text') return piece.text;
  const href = safeHref(piece.url);
  if (!href) return piece.label;
  const external = href.startsWith('http');
  return external
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${piece.label}<span class="visually-hidden"> ${externalHint}</span></a>`
    : html`<a href=${href}>${piece.label}</a>`;
}

export function renderFormatted(source: string, externalHint: string): TemplateResult {
  return html`${parseAnswer(source).map((block) =>
    block.kind === 'p'
      ? html`<p>${block.inlines.map((p) => inline(p, externalHint))}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${item.map((p) => inline(p, externalHint))}</li>`)}
        </ul>`,
  )}${nothing}`;
}
