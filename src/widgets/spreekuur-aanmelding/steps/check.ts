import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import { renderSafetyNotice } from '../../../core/ui/parts.js';
import type { StepContext } from '../context.js';
import { renderBack, renderOtherWays } from './shared.js';
import { describeSlot } from '../slots.js';
import { detailRows } from '../summary.js';

/**
 * Step 4: everything on one page with "change" links, then send (or open the prefilled e-mail).
 * When the question signals danger, the calm safety line stands above the send button too: a
 * parent who moved on before the pause after typing still sees the help before sending.
 */
export function renderCheck(ctx: StepContext, mailto: string | undefined): TemplateResult {
  const { i18n, state, actions, current } = ctx;
  const when = state.slot ? describeSlot(state.slot, i18n.lang) : undefined;
  const change = (step: 'what' | 'time' | 'details', what: string) =>
    html`<button type="button" class="button link" @click=${() => actions.goTo(step)}>${i18n.t('nav.change')}<span class="visually-hidden">: ${what}</span></button>`;
  const send = state.send;
  const busy = send.status === 'sending' || send.status === 'waiting' || send.status === 'offline';
  return html`${heading(ctx.level + 1, i18n.t('check.heading'), { id: 'step-heading', focusable: true })}
    <dl class="summary" part="summary">
      <div>
        <dt>${i18n.t('check.what')}</dt>
        <dd>${current ? i18n.text(current.name) : ''}</dd>
        <dd class="change">${change('what', i18n.t('check.what'))}</dd>
      </div>
      ${
        when
          ? html`<div>
            <dt>${i18n.t('check.when')}</dt>
            <dd>${i18n.t('check.whenValue', when)}</dd>
            <dd class="change">${change('time', i18n.t('check.when'))}</dd>
          </div>`
          : nothing
      }
      ${
        current?.location
          ? html`<div>
            <dt>${i18n.t('check.where')}</dt>
            <dd>${i18n.text(current.location)}</dd>
          </div>`
          : nothing
      }
      ${detailRows(ctx).map(
        (row) => html`<div>
          <dt>${row.label}</dt>
          <dd class="pre">${row.value}</dd>
          <dd class="change">${change('details', row.label)}</dd>
        </div>`,
      )}
    </dl>
    ${
      state.questionSafety
        ? html`<div class="check-safety">${renderSafetyNotice(ctx.config, i18n, state.questionSafety, 'check-')}</div>`
        : nothing
    }
    <div class="status" role="status" aria-live="polite">${renderSendStatus(ctx)}</div>
    ${send.status === 'failed' || send.status === 'refused' ? renderOtherWays(ctx, current) : nothing}
    ${
      mailto
        ? html`<p>${i18n.t('check.mailtoIntro', { name: current ? i18n.text(current.organisation) : '' })}</p>
          <div class="nav">
            ${renderBack(ctx)}
            <a class="button" href=${mailto} @click=${actions.mailtoOpened}>${i18n.t('check.mailtoSend')}</a>
          </div>`
        : html`<div class="nav">
          ${renderBack(ctx)}
          <button type="button" class="button" aria-disabled=${busy ? 'true' : 'false'} @click=${actions.send}>${i18n.t('check.send')}</button>
        </div>`
    }`;
}

function renderSendStatus(ctx: StepContext): TemplateResult | typeof nothing {
  const { i18n, state, actions, current } = ctx;
  const send = state.send;
  switch (send.status) {
    case 'sending':
      return html`<p>${i18n.t('check.sending')}</p>`;
    case 'waiting':
      return html`<p class="problem">${i18n.t('status.retrying', { count: send.seconds })}</p>
        <button type="button" class="button secondary" @click=${actions.send}>${i18n.t('status.retryNow')}</button>`;
    case 'offline':
      return html`<p class="problem">${i18n.t('status.offline')}</p>`;
    case 'failed':
      return html`<p class="problem">${i18n.t('status.failed')}</p>
        <button type="button" class="button secondary" @click=${actions.send}>${i18n.t('status.retryNow')}</button>`;
    case 'refused': {
      const known = ['rate_limited', 'contact_limit', 'too_fast', 'rejected'].includes(send.code) ? send.code : 'other';
      return html`<p class="problem">${i18n.t(`status.refused.${known}`, { name: current ? i18n.text(current.organisation) : '' })}</p>`;
    }
    default:
      return nothing;
  }
}
