import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import type { StepContext } from '../context.js';
import { describedBy, renderErrorSummary, renderFieldError, renderOtherWays } from './shared.js';

/** Step 1: what to sign up for (the gemeente's own spreekuren first). */
export function renderWhat(ctx: StepContext): TemplateResult {
  const { i18n, state, actions, spreekuren } = ctx;
  if (!spreekuren.length) {
    return html`${heading(ctx.level + 1, i18n.t('what.heading'), { id: 'step-heading', focusable: true })}
      <p>${i18n.t('what.none')}</p>
      ${renderOtherWays(ctx)}`;
  }
  return html`${heading(ctx.level + 1, i18n.t('what.heading'), { id: 'step-heading', focusable: true })}
    ${renderErrorSummary(ctx)}
    <fieldset aria-describedby=${describedBy(ctx, 'spreekuur')} aria-invalid=${ifDefined(state.errors.length ? 'true' : undefined)}>
      <legend>${i18n.t('what.legend')}</legend>
      ${renderFieldError(ctx, 'spreekuur')}
      <div class="choices">
        ${spreekuren.map(
          (s) => html`<label class="choice card">
            <input type="radio" name="spreekuur" id=${`spreekuur-${s.id}`} .value=${s.id}
              .checked=${state.spreekuur === s.id} @change=${() => actions.chooseSpreekuur(s.id)} />
            <span class="choice-text">
              <span class="choice-title">${i18n.text(s.name)}</span>
              <span class="hint">${i18n.t(`what.kind.${s.kind}`)} · ${i18n.text(s.organisation)}${s.location ? html` · ${i18n.text(s.location)}` : nothing}${s.online ? html` · ${i18n.t('what.online')}` : nothing}</span>
              ${s.description ? html`<span class="description">${i18n.text(s.description)}</span>` : nothing}
            </span>
          </label>`,
        )}
      </div>
    </fieldset>
    <div class="nav">
      <button type="button" class="button" @click=${actions.next}>${i18n.t('nav.next')}</button>
    </div>`;
}
