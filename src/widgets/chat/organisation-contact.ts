import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { I18nController } from '../../core/i18n/controller.js';
import { renderContactLinks } from '../../core/ui/parts.js';

/** The organisation's own ways to be reached (phone, e-mail, website), after `intro` when given; nothing when it gave none. */
export function renderOrganisationContact(config: ResolvedConfig, i18n: I18nController, intro?: string): TemplateResult | typeof nothing {
  const o = config.organisation;
  if (!o.phone && !o.email && !o.website) return nothing;
  return html`${intro ? html`<p>${intro}</p>` : nothing}<div class="actions">${renderContactLinks(o, i18n.text(o.name), i18n)}</div>`;
}
