import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import type { StepContext } from '../context.js';
import { buildIcs, icsDataUrl } from '../ics.js';
import { describeSlot } from '../slots.js';
import { detailRows } from '../summary.js';

/** The confirmation: reference, summary, what happens next, calendar file and cancelling. */
export function renderDone(ctx: StepContext): TemplateResult {
  const { i18n, state, actions, current } = ctx;
  const result = state.result;
  const org = current ? i18n.text(current.organisation) : i18n.text(ctx.config.organisation.name);
  if (result?.via === 'mailto') {
    return html`${heading(ctx.level + 1, i18n.t('done.mailtoHeading'), { id: 'step-heading', focusable: true })}
      <p>${i18n.t('done.mailtoText', { email: current?.email ?? '' })}</p>
      <p class="actions"><a class="button" href=${result.href}>${i18n.t('check.mailtoSend')}</a></p>`;
  }
  if (!result) return html``;
  const r = result.response;
  const when = describeSlot(r.slot, i18n.lang);
  if (state.cancel === 'cancelled') {
    return html`${heading(ctx.level + 1, i18n.t('done.cancelled'), { id: 'step-heading', focusable: true })}
      <p><button type="button" class="button secondary" @click=${actions.restart}>${i18n.t('done.again')}</button></p>`;
  }
  const ics = buildIcs({
    uid: `${r.reference}@digiplein`,
    start: r.slot.start,
    end: r.slot.end,
    summary: i18n.t('done.calendarSummary', { name: current ? i18n.text(current.name) : '' }),
    description: [
      i18n.t('done.calendarDescription', { reference: r.reference }),
      org,
      ...(state.cancelUrl ? [i18n.t('done.cancelLater', { url: state.cancelUrl })] : []),
    ].join('\n'),
    location: current?.location ? i18n.text(current.location) : current?.online ? i18n.t('what.online') : undefined,
  });
  return html`${heading(ctx.level + 1, i18n.t('done.heading'), { id: 'step-heading', focusable: true })}
    <div class="confirmation" part="confirmation">
      <p>${i18n.t('done.reference')}: <strong class="reference">${r.reference}</strong></p>
      <dl class="summary">
        <div><dt>${i18n.t('check.what')}</dt><dd>${current ? i18n.text(current.name) : r.spreekuur}</dd></div>
        <div><dt>${i18n.t('check.when')}</dt><dd>${i18n.t('check.whenValue', when)}</dd></div>
        ${current?.location ? html`<div><dt>${i18n.t('check.where')}</dt><dd>${i18n.text(current.location)}</dd></div>` : nothing}
        ${detailRows(ctx)
          .filter((row) => row.field !== 'question')
          .map((row) => html`<div><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}
      </dl>
    </div>
    ${heading(ctx.level + 2, i18n.t('done.next'))}
    <p>${i18n.t('done.nextText', { name: org })}</p>
    <p class="actions">
      <a class="button secondary" part="calendar" href=${icsDataUrl(ics)} download=${`${r.reference}.ics`}>${i18n.t('done.calendar')}</a>
      ${
        state.cancel === 'idle' || state.cancel === 'failed'
          ? html`<button type="button" class="button secondary" @click=${actions.askCancel}>${i18n.t('done.cancel')}</button>`
          : nothing
      }
    </p>
    ${state.cancelUrl ? html`<p class="hint">${i18n.t('done.cancelLinkIntro')} <a class="cancel-link" href=${state.cancelUrl}>${i18n.t('done.cancelLink')}</a></p>` : nothing}
    <div role="status" aria-live="polite">
      ${state.cancel === 'failed' ? html`<p class="problem">${i18n.t('done.cancelFailed', { name: org })}</p>` : nothing}
    </div>
    ${
      state.cancel === 'confirm' || state.cancel === 'cancelling'
        ? html`<div class="cancel-confirm" role="group" aria-labelledby="cancel-q">
          <p id="cancel-q"><strong>${i18n.t('done.cancelConfirm')}</strong></p>
          <p class="actions">
            <button type="button" class="button danger" id="cancel-yes" aria-disabled=${state.cancel === 'cancelling' ? 'true' : 'false'} @click=${() => actions.cancel(true)}>${i18n.t('done.cancelYes')}</button>
            <button type="button" class="button secondary" @click=${() => actions.cancel(false)}>${i18n.t('done.cancelNo')}</button>
          </p>
        </div>`
        : nothing
    }
    <p><button type="button" class="button link" @click=${actions.restart}>${i18n.t('done.again')}</button></p>`;
}
