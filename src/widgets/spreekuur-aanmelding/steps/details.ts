import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { heading } from '../../../core/ui/heading.js';
import { contactPreferences } from '../../../core/api/signups.js';
import type { DetailsInput } from '../../../core/api/signups.js';
import { safeHref } from '../../../core/ui/links.js';
import { renderSafetyCard, renderSafetyNotice } from '../../../core/ui/parts.js';
import type { StepContext } from '../context.js';
import { describedBy, errorFor, renderBack, renderErrorSummary, renderFieldError } from './shared.js';

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Step 3: the parent's details, validated with the same schema as the server. */
export function renderDetails(ctx: StepContext): TemplateResult {
  const { i18n, state, actions, config } = ctx;
  const d = state.details;
  const invalid = (field: string) => (errorFor(state.errors, field) ? 'true' : undefined);
  const on = (field: keyof DetailsInput) => (e: Event) => actions.input(field, value(e));
  const left = ctx.questionMax - d.question.length;
  const privacy = safeHref(config.organisation.privacyStatementUrl);

  const textField = (
    field: 'name' | 'email' | 'phone' | 'postcode',
    type: 'text' | 'email' | 'tel',
    autocomplete: 'name' | 'email' | 'tel' | 'postal-code',
    opts: { hint?: boolean; optional?: boolean; inputmode?: string; groupHint?: string } = {},
  ) =>
    html`<div class="field ${errorFor(state.errors, field) ? 'has-error' : ''}">
      <label for=${field}>${i18n.t(`details.${field}`)}${opts.optional ? html` <span class="optional">${i18n.t('details.optional')}</span>` : nothing}</label>
      ${opts.hint ? html`<p class="hint" id=${`${field}-hint`}>${i18n.t(`details.${field}Hint`)}</p>` : nothing}
      ${renderFieldError(ctx, field)}
      <input id=${field} name=${field} type=${type} autocomplete=${autocomplete} inputmode=${opts.inputmode ?? nothing}
        spellcheck="false" .value=${d[field]} aria-invalid=${ifDefined(invalid(field))}
        aria-describedby=${describedBy(ctx, field, ...(opts.hint ? [`${field}-hint`] : []), ...(opts.groupHint ? [opts.groupHint] : []))}
        @input=${on(field)} />
    </div>`;

  return html`${heading(ctx.level + 1, i18n.t('details.heading'), { id: 'step-heading', focusable: true })}
    ${renderErrorSummary(ctx)}
    <p class="hint">${i18n.t('details.intro')}</p>
    <form class="details" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      actions.next();
    }}>
      ${textField('name', 'text', 'name', { hint: true })}

      <fieldset class="group" aria-describedby="contact-hint">
        <legend>${i18n.t('details.contactLegend')}</legend>
        <p class="hint" id="contact-hint">${i18n.t('details.contactHint')}</p>
        ${textField('email', 'email', 'email', { inputmode: 'email' })}
        ${textField('phone', 'tel', 'tel', { hint: true, inputmode: 'tel' })}
      </fieldset>

      ${textField('postcode', 'text', 'postal-code', { hint: true, optional: true })}

      <div class="field ${errorFor(state.errors, 'theme') ? 'has-error' : ''}">
        <label for="theme">${i18n.t('details.theme')}</label>
        ${renderFieldError(ctx, 'theme')}
        <select id="theme" name="theme" aria-invalid=${ifDefined(invalid('theme'))} aria-describedby=${describedBy(ctx, 'theme')} @change=${on('theme')}>
          <option value="" ?selected=${!d.theme}>${i18n.t('details.themeChoose')}</option>
          ${config.themes.map((t) => html`<option value=${t.id} ?selected=${d.theme === t.id}>${i18n.text(t.label)}</option>`)}
        </select>
      </div>

      <div class="field ${errorFor(state.errors, 'question') ? 'has-error' : ''}">
        <label for="question">${i18n.t('details.question')} <span class="optional">${i18n.t('details.optional')}</span></label>
        <p class="hint" id="question-hint">${i18n.t('details.questionHint')}</p>
        ${renderFieldError(ctx, 'question')}
        <textarea id="question" name="question" rows="5" .value=${d.question} aria-invalid=${ifDefined(invalid('question'))}
          aria-describedby=${describedBy(ctx, 'question', 'question-hint', 'question-count')} @input=${on('question')}
          @change=${actions.questionDone}></textarea>
        <p class="hint counter ${left < 0 ? 'over' : ''}" id="question-count">
          ${left >= 0 ? i18n.t('details.charsLeft', { count: left }) : i18n.t('details.charsOver', { count: -left })}
        </p>
        <p class="visually-hidden" aria-live="polite">${state.counterNote ?? ''}</p>
        ${
          state.questionSafety
            ? html`<div class="question-safety">
              ${
                state.questionSafety.strength === 'strong'
                  ? renderSafetyCard(config, i18n, 4, state.questionSafety, 'question-')
                  : renderSafetyNotice(config, i18n, state.questionSafety, 'question-')
              }
            </div>`
            : nothing
        }
      </div>

      <fieldset class="field ${errorFor(state.errors, 'contactBy') ? 'has-error' : ''}" aria-describedby=${describedBy(ctx, 'contactBy')}>
        <legend>${i18n.t('details.contactBy')}</legend>
        ${renderFieldError(ctx, 'contactBy')}
        <div class="radios">
          ${contactPreferences.map(
            (p) => html`<label class="choice">
              <input type="radio" name="contactBy" id=${`contactBy-${p}`} .value=${p} .checked=${d.contactBy === p}
                @change=${() => actions.input('contactBy', p)} />
              <span>${i18n.t(`details.contactByOptions.${p}`)}</span>
            </label>`,
          )}
        </div>
      </fieldset>

      <div class="field ${errorFor(state.errors, 'consent') ? 'has-error' : ''}">
        ${renderFieldError(ctx, 'consent')}
        <label class="choice">
          <input type="checkbox" id="consent" name="consent" .checked=${d.consent} aria-invalid=${ifDefined(invalid('consent'))}
            aria-describedby=${describedBy(ctx, 'consent', ...(privacy ? ['consent-privacy'] : []))}
            @change=${(e: Event) => actions.input('consent', (e.target as HTMLInputElement).checked)} />
          <span>${i18n.t('details.consent')}</span>
        </label>
        ${
          privacy
            ? html`<p class="hint" id="consent-privacy"><a href=${privacy} target="_blank" rel="noopener noreferrer">${i18n.t('details.consentPrivacy', { name: i18n.text(config.organisation.name) })}<span class="visually-hidden"> ${i18n.t('core:contact.external')}</span></a></p>`
            : nothing
        }
      </div>

      <div class="hp" aria-hidden="true">
        <label for="website">${i18n.t('details.honeypot')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${state.honeypot} @input=${(e: Event) => actions.honeypot(value(e))} />
      </div>

      <p class="hint saved">${i18n.t('details.saved')}</p>
      <div class="nav">
        ${renderBack(ctx)}
        <button type="submit" class="button">${i18n.t('nav.next')}</button>
      </div>
    </form>`;
}
