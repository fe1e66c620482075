import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import type { StepContext } from '../context.js';
import { describedBy, renderBack, renderErrorSummary, renderFieldError, renderOtherWays } from './shared.js';
import { groupByDay, hasAvailable } from '../slots.js';
import { amsterdamDate, formatDay, formatTime } from '../../../core/time/amsterdam.js';

/**
 * Step 2: first a day (with how many times are free), then the times of that day, in Amsterdam
 * time; full days and times are shown as full and cannot be chosen.
 */
export function renderTime(ctx: StepContext): TemplateResult {
  const { i18n, state, current } = ctx;
  // One outer template for every state, so the heading and notice (which may hold focus) stay put.
  return html`${heading(ctx.level + 1, i18n.t('time.heading'), { id: 'step-heading', focusable: true })}
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
        ${heading(ctx.level + 2, i18n.t('time.noneHeading'), { id: 'no-slots-heading' })}
        <p>${i18n.t('time.none', { name: current ? i18n.text(current.name) : '' })}</p>
      </section>
      ${renderOtherWays(ctx, current)}
      <div class="nav">
        <button type="button" class="button secondary" @click=${actions.back}>${i18n.t('time.otherSpreekuur')}</button>
      </div>`;
  }
  const lang = i18n.lang;
  // days first, then the times of the chosen day: on a phone the list stays short and "Verder" near
  const days = groupByDay(slots.slots);
  const chosenDay =
    days.find((d) => d.day === state.day) ??
    days.find((d) => state.slot && d.day === amsterdamDate(state.slot.start)) ??
    days.find((d) => !d.full)!;
  const firstFree = chosenDay.slots.find((s) => s.remaining > 0);
  return html`
    ${renderErrorSummary(ctx)}
    <p class="hint" id="time-intro">${i18n.t('time.intro')}</p>
    <fieldset class="day-choice">
      <legend>${i18n.t('time.dayLegend')}</legend>
      <div class="days-list">
        ${days.map((day) => {
          const free = day.slots.filter((s) => s.remaining > 0).length;
          return html`<label class="day-option ${day.full ? 'full' : ''}">
            <input type="radio" name="day" .value=${day.day} ?disabled=${day.full} .checked=${day.day === chosenDay.day} @change=${() => actions.chooseDay(day.day)} />
            <span>${formatDay(day.slots[0]!.start, lang)}</span>
            <span class="slot-note">${day.full ? i18n.t('time.full') : i18n.t('time.dayFree', { count: free })}</span>
          </label>`;
        })}
      </div>
    </fieldset>
    ${renderFieldError(ctx, 'slot')}
    <fieldset class="day" aria-describedby=${describedBy(ctx, 'slot', 'time-intro')}>
      <legend>${i18n.t('time.legend', { day: formatDay(chosenDay.slots[0]!.start, lang) })}</legend>
      <div class="slots">
        ${chosenDay.slots.map((slot) => {
          const full = slot.remaining === 0;
          const label = i18n.t('time.slot', { start: formatTime(slot.start, lang), end: formatTime(slot.end, lang) });
          return html`<label class="slot ${full ? 'full' : ''}">
            <input type="radio" name="slot" id=${slot.id === firstFree?.id ? 'slot-first' : `slot-${slot.id}`} .value=${slot.id}
              ?disabled=${full} .checked=${state.slot?.id === slot.id} @change=${() => actions.chooseSlot(slot)} />
            <span>${label}</span>
            <span class="slot-note">${full ? i18n.t('time.full') : slot.capacity > 1 ? i18n.t('time.placesLeft', { count: slot.remaining }) : nothing}</span>
          </label>`;
        })}
      </div>
    </fieldset>
    <div class="nav">
      ${renderBack(ctx)}
      <button type="button" class="button" @click=${actions.next}>${i18n.t('nav.next')}</button>
    </div>`;
}
