import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StepContext } from '../context.js';
import { describedBy, renderBack, renderErrorSummary, renderFieldError, renderOtherWays } from '../parts.js';
import { formatDay, formatTime, groupByDay, hasAvailable } from '../slots.js';

/** Step 2: a time, grouped per day in Amsterdam; full times shown as full and not choosable. */
export function renderTime(ctx: StepContext): TemplateResult {
  const { i18n, state, current } = ctx;
  // One outer template for every state, so the heading and notice (which may hold focus) stay put.
  return html`<h3 id="step-heading" tabindex="-1">${i18n.t('time.heading')}</h3>
    ${current ? html`<p class="lead">${i18n.text(current.name)}</p>` : nothing}
    ${state.notice ? html`<p class="notice" id="notice" tabindex="-1">${state.notice}</p>` : nothing}
    ${renderSlots(ctx)}`;
}

function renderSlots(ctx: StepContext): TemplateResult {
  const { i18n, state, actions, current } = ctx;
  const slots = state.slots;
  if (slots.status === 'loading' || slots.status === 'idle') {
    return html`<p class="loading" role="status">${i18n.t('time.loading')}</p>${renderBack(ctx)}`;
  }
  if (slots.status === 'failed') {
    return html`
      <p class="problem" role="alert">${i18n.t('time.loadFailed')}</p>
      <div class="nav">
        ${renderBack(ctx)}
        <button type="button" class="button" @click=${actions.retrySlots}>${i18n.t('time.retry')}</button>
      </div>
      ${renderOtherWays(ctx, current)}`;
  }
  if (!hasAvailable(slots.slots)) {
    return html`
      <section class="no-slots" aria-labelledby="no-slots-heading">
        <h4 id="no-slots-heading">${i18n.t('time.noneHeading')}</h4>
        <p>${i18n.t('time.none', { name: current ? i18n.text(current.name) : '' })}</p>
      </section>
      ${renderOtherWays(ctx, current)}
      <div class="nav">
        <button type="button" class="button secondary" @click=${actions.back}>${i18n.t('time.otherSpreekuur')}</button>
      </div>`;
  }
  const lang = i18n.lang;
  const firstFree = slots.slots.find((s) => s.remaining > 0)!;
  return html`
    ${renderErrorSummary(ctx)}
    <p class="hint" id="time-intro">${i18n.t('time.intro')}</p>
    ${renderFieldError(ctx, 'slot')}
    <div class="days">
      ${groupByDay(slots.slots).map(
        (day) => html`<fieldset class="day" aria-describedby=${describedBy(ctx, 'slot', 'time-intro')}>
          <legend>${i18n.t('time.legend', { day: formatDay(day.slots[0]!.start, lang) })}</legend>
          <div class="slots">
            ${day.slots.map((slot) => {
              const full = slot.remaining === 0;
              const label = i18n.t('time.slot', { start: formatTime(slot.start, lang), end: formatTime(slot.end, lang) });
              return html`<label class="slot ${full ? 'full' : ''}">
                <input type="radio" name="slot" id=${slot.id === firstFree.id ? 'slot-first' : `slot-${slot.id}`} .value=${slot.id}
                  ?disabled=${full} .checked=${state.slot?.id === slot.id} @change=${() => actions.chooseSlot(slot)} />
                <span>${label}</span>
                <span class="slot-note">${full ? i18n.t('time.full') : slot.capacity > 1 ? i18n.t('time.placesLeft', { count: slot.remaining }) : nothing}</span>
              </label>`;
            })}
          </div>
        </fieldset>`,
      )}
    </div>
    <div class="nav">
      ${renderBack(ctx)}
      <button type="button" class="button" @click=${actions.next}>${i18n.t('nav.next')}</button>
    </div>`;
}
