import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import type { StepContext } from '../context.js';
import type { CancelLink } from '../cancel-link.js';
import { renderOtherWays } from './shared.js';
import { describeSlot } from '../slots.js';

/** Opened through the cancel link: the question, then the result. */
export function renderCancelLink(ctx: StepContext, link: CancelLink): TemplateResult {
  const { i18n, state, actions } = ctx;
  if (state.cancel === 'cancelled') {
    return html`${heading(ctx.level + 1, i18n.t('done.cancelled'), { id: 'step-heading', focusable: true })}
      <p><button type="button" class="button secondary" @click=${actions.restart}>${i18n.t('done.again')}</button></p>`;
  }
  const details = state.cancelDetails;
  if (details === undefined) {
    return html`${heading(ctx.level + 1, i18n.t('cancelLink.heading'), { id: 'step-heading', focusable: true })}
      <p class="loading" role="status">${i18n.t('cancelLink.loading')}</p>`;
  }
  if (details !== 'unknown' && details.status === 'cancelled') {
    return html`${heading(ctx.level + 1, i18n.t('cancelLink.already'), { id: 'step-heading', focusable: true })}
      <p><button type="button" class="button secondary" @click=${actions.restart}>${i18n.t('done.again')}</button></p>`;
  }
  const spreekuur =
    details === 'unknown'
      ? undefined
      : (ctx.spreekuren.find((s) => s.id === details.spreekuur) ?? ctx.config.spreekuren.find((s) => s.id === details.spreekuur));
  const when = details === 'unknown' ? undefined : describeSlot(details.slot, i18n.lang);
  // what is cancelled first, then the two buttons: on a phone both are in view
  return html`${heading(ctx.level + 1, i18n.t('cancelLink.heading'), { id: 'step-heading', focusable: true })}
    ${
      when
        ? html`<dl class="summary">
          ${spreekuur ? html`<div><dt>${i18n.t('check.what')}</dt><dd>${i18n.text(spreekuur.name)}</dd></div>` : nothing}
          <div><dt>${i18n.t('check.when')}</dt><dd>${i18n.t('check.whenValue', when)}</dd></div>
          ${spreekuur?.location ? html`<div><dt>${i18n.t('check.where')}</dt><dd>${i18n.text(spreekuur.location)}</dd></div>` : nothing}
        </dl>`
        : nothing
    }
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
