import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StepContext } from '../context.js';
import type { CancelLink } from '../cancel-link.js';
import { renderOtherWays } from '../parts.js';

/** Opened through the cancel link: the question, then the result. */
export function renderCancelLink(ctx: StepContext, link: CancelLink): TemplateResult {
  const { i18n, state, actions } = ctx;
  if (state.cancel === 'cancelled') {
    return html`<h3 id="step-heading" tabindex="-1">${i18n.t('done.cancelled')}</h3>
      <p><button type="button" class="button secondary" @click=${actions.restart}>${i18n.t('done.again')}</button></p>`;
  }
  return html`<h3 id="step-heading" tabindex="-1">${i18n.t('cancelLink.heading')}</h3>
    <p>${i18n.t('cancelLink.text', { reference: link.reference })}</p>
    <p class="actions">
      <button type="button" class="button danger" aria-disabled=${state.cancel === 'cancelling' ? 'true' : 'false'} @click=${() => actions.cancel(true)}>${i18n.t('done.cancelYes')}</button>
      <button type="button" class="button secondary" @click=${actions.restart}>${i18n.t('done.cancelNo')}</button>
    </p>
    <div role="status" aria-live="polite">
      ${state.cancel === 'failed' ? html`<p class="problem">${i18n.t('cancelLink.failed')}</p>` : nothing}
    </div>
    ${state.cancel === 'failed' ? renderOtherWays(ctx) : nothing}`;
}
