import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import type { Spreekuur } from '../../../core/config/schema/index.js';
import { renderContactLinks } from '../../../core/ui/parts.js';
import type { ShownError, StepContext } from '../context.js';
import type { Step } from '../draft.js';

/** The steps counted in the indicator (the confirmation is not a step to take). */
export const countedSteps: Step[] = ['what', 'time', 'details', 'check'];

/** "Stap 2 van 4" and the list of steps, the current one marked with `aria-current="step"`. */
export function renderStepIndicator(ctx: StepContext): TemplateResult | typeof nothing {
  const { i18n, state } = ctx;
  const index = countedSteps.indexOf(state.step);
  if (index < 0) return nothing;
  return html`<nav class="steps" part="steps" aria-label=${i18n.t('steps.label')}>
    <p class="progress">${i18n.t('steps.progress', { current: index + 1, total: countedSteps.length })}</p>
    <ol>
      ${countedSteps.map(
        (
          step,
          i,
        ) => html`<li class=${i < index ? 'completed' : i === index ? 'current' : ''} aria-current=${ifDefined(i === index ? 'step' : undefined)}>
          <span class="marker" aria-hidden="true">${i + 1}</span>
          <span>${i18n.t(`steps.${step}`)}</span>
          <span class="visually-hidden">${i === index ? i18n.t('steps.current') : i < index ? i18n.t('steps.completed') : ''}</span>
        </li>`,
      )}
    </ol>
  </nav>`;
}

/** The error summary (GOV.UK / NL Design System): receives focus and links to each field. */
export function renderErrorSummary(ctx: StepContext): TemplateResult | typeof nothing {
  const { i18n, state, actions } = ctx;
  if (!state.errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-heading">
    ${heading(ctx.level + 2, i18n.t('errors.summaryHeading'), { id: 'error-summary-heading' })}
    <ul>
      ${state.errors.map((e) => html`<li><a href=${`#${e.target}`} @click=${(ev: Event) => actions.focusField(e.target, ev)}>${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/** The error for one field, if any. */
export const errorFor = (errors: readonly ShownError[], field: string) => errors.find((e) => e.field === field);

/** The inline message under a field, with a hidden "Fout:" for screen readers. */
export function renderFieldError(ctx: StepContext, field: string): TemplateResult | typeof nothing {
  const error = errorFor(ctx.state.errors, field);
  if (!error) return nothing;
  return html`<p class="error-message" id=${`${field}-error`}><span class="visually-hidden">${ctx.i18n.t('errors.prefix')}</span> ${error.message}</p>`;
}

/** `aria-describedby` ids: the hint(s) that exist and the error when shown. */
export function describedBy(ctx: StepContext, field: string, ...hints: string[]): string | typeof nothing {
  const ids = [...hints, ...(errorFor(ctx.state.errors, field) ? [`${field}-error`] : [])];
  return ids.length ? ids.join(' ') : nothing;
}

/** Other ways to reach the spreekuur or the organisation (when no time is free or sending fails). */
export function renderOtherWays(ctx: StepContext, spreekuur?: Spreekuur): TemplateResult {
  const { i18n, config } = ctx;
  const org = config.organisation;
  const name = i18n.text(org.name);
  // the spreekuur's own address first, then the organisation's when it is another
  const [email, otherEmail] = [...new Set([spreekuur?.email, org.email].filter((e): e is string => Boolean(e)))];
  return html`<section class="other-ways" aria-labelledby="other-ways-heading">
    ${heading(ctx.level + 2, i18n.t('otherWays'), { id: 'other-ways-heading' })}
    <p class="actions">
      ${renderContactLinks({ phone: org.phone, email }, name, i18n)}
      ${otherEmail ? renderContactLinks({ email: otherEmail }, name, i18n) : nothing}
      ${renderContactLinks({ website: org.website }, name, i18n)}
    </p>
  </section>`;
}

/** The back button (not on the first step). */
export function renderBack(ctx: StepContext): TemplateResult {
  return html`<button type="button" class="button secondary" @click=${ctx.actions.back}>${ctx.i18n.t('nav.back')}</button>`;
}
