import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiRequest, apiUrl } from '../../core/api/client.js';
import { followUpRequest, followUpResponse } from '../../core/api/followups.js';
import type { FollowUpRequest } from '../../core/api/followups.js';
import { gemeenteForPostcode } from '../../core/config/postcode.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { FollowUpDraft, FollowUpView } from './followup-view.js';

// The follow-up's form, its checks and sending: a chunk of its own, loaded when a parent opens
// the form (the invitation itself is in ./followup-view.ts).

/** The fields that must be right before sending, in the order of the form. */
export function checkDraft(d: FollowUpDraft): string[] {
  const missing: string[] = [];
  if (!d.name.trim()) missing.push('name');
  if (d.contactBy === 'phone' && !/^\+?[\d -]{6,20}$/.test(d.phone.trim())) missing.push('phone');
  if (d.contactBy === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim())) missing.push('email');
  if (!d.consent) missing.push('consent');
  return missing;
}

/** The request for the parent's gemeente's organisation (by postcode, where the config says so). */
export function toRequest(config: ResolvedConfig, d: FollowUpDraft, lang: string): FollowUpRequest | undefined {
  const settings = config.training.followUp;
  if (!settings) return undefined;
  const gemeente = d.postcode.trim() ? gemeenteForPostcode(d.postcode, config.gemeenten) : undefined;
  const organisation = (gemeente && settings.byGemeente?.[gemeente.code]) || settings.organisation;
  const parsed = followUpRequest.safeParse({
    organisation,
    ...(gemeente ? { gemeente: gemeente.code } : {}),
    name: d.name.trim(),
    contactBy: d.contactBy,
    ...(d.contactBy === 'phone' ? { phone: d.phone.trim() } : { email: d.email.trim() }),
    ...(d.times.trim() ? { times: d.times.trim() } : {}),
    lang,
    consent: d.consent,
  });
  return parsed.success ? parsed.data : undefined;
}

export async function sendFollowUp(api: string, request: FollowUpRequest) {
  return apiRequest(apiUrl(api, 'api/followups'), { method: 'POST', body: request, schema: followUpResponse });
}

/** The form: name, how to reach the parent, postcode where it matters, times, consent; and a failed send. */
export function renderFollowUpForm(v: FollowUpView): TemplateResult {
  const { config, i18n, state, draft } = v;
  const t = i18n.t.bind(i18n);
  const org = i18n.text(config.organisation.name);
  const mailto = config.organisation.email
    ? `mailto:${config.organisation.email}?subject=${encodeURIComponent(t('followUp.mailSubject'))}&body=${encodeURIComponent(t('followUp.mailBody'))}`
    : undefined;
  const invalid = (field: string) => (state.step === 'form' && state.errors.includes(field) ? 'true' : undefined);
  const error = (field: string) =>
    state.step === 'form' && state.errors.includes(field)
      ? html`<p class="error" id=${`fu-${field}-error`}>${t(`followUp.missing.${field}`)}</p>`
      : nothing;
  return html`<form novalidate @submit=${v.onSubmit}>
              <p class="hint">${t('followUp.privacy')}</p>
              <div class="field">
                <label for="fu-name">${t('followUp.name')}</label>
                ${error('name')}
                 <input id="fu-name" autocomplete="name" maxlength="100" .value=${draft.name} aria-invalid=${ifDefined(invalid('name'))}
                  aria-describedby=${ifDefined(invalid('name') ? 'fu-name-error' : undefined)} @input=${(e: Event) => v.onInput('name', (e.target as HTMLInputElement).value)} />
              </div>
              <fieldset>
                <legend>${t('followUp.contactBy')}</legend>
                ${(['phone', 'email'] as const).map(
                  (way) => html`<label class="choice">
                    <input type="radio" name="fu-way" value=${way} .checked=${draft.contactBy === way} @change=${() => v.onInput('contactBy', way)} />
                    ${t(`followUp.way.${way}`)}
                  </label>`,
                )}
              </fieldset>
              ${
                draft.contactBy === 'phone'
                  ? html`<div class="field">
                    <label for="fu-phone">${t('followUp.phone')}</label>
                    ${error('phone')}
                     <input id="fu-phone" type="tel" autocomplete="tel" maxlength="20" .value=${draft.phone} aria-invalid=${ifDefined(invalid('phone'))}
                      aria-describedby=${ifDefined(invalid('phone') ? 'fu-phone-error' : undefined)} @input=${(e: Event) => v.onInput('phone', (e.target as HTMLInputElement).value)} />
                  </div>`
                  : html`<div class="field">
                    <label for="fu-email">${t('followUp.email')}</label>
                    ${error('email')}
                     <input id="fu-email" type="email" autocomplete="email" maxlength="200" .value=${draft.email} aria-invalid=${ifDefined(invalid('email'))}
                      aria-describedby=${ifDefined(invalid('email') ? 'fu-email-error' : undefined)} @input=${(e: Event) => v.onInput('email', (e.target as HTMLInputElement).value)} />
                  </div>`
              }
              ${
                config.training.followUp?.byGemeente
                  ? html`<div class="field">
                    <label for="fu-postcode">${t('followUp.postcode')}</label>
                    <p class="hint" id="fu-postcode-hint">${t('followUp.postcodeHint')}</p>
                    <input id="fu-postcode" autocomplete="postal-code" .value=${draft.postcode} aria-describedby="fu-postcode-hint"
                      @input=${(e: Event) => v.onInput('postcode', (e.target as HTMLInputElement).value)} />
                  </div>`
                  : nothing
              }
              <div class="field">
                <label for="fu-times">${t('followUp.times')}</label>
                <p class="hint" id="fu-times-hint">${t('followUp.timesHint')}</p>
                <textarea id="fu-times" rows="2" maxlength="300" .value=${draft.times} aria-describedby="fu-times-hint"
                  @input=${(e: Event) => v.onInput('times', (e.target as HTMLTextAreaElement).value)}></textarea>
              </div>
              ${error('consent')}
              <label class="choice">
                <input type="checkbox" id="fu-consent" .checked=${draft.consent} aria-invalid=${ifDefined(invalid('consent'))}
                  aria-describedby=${ifDefined(invalid('consent') ? 'fu-consent-error' : undefined)} @change=${(e: Event) => v.onInput('consent', (e.target as HTMLInputElement).checked)} />
                ${config.training.followUp?.consent ? i18n.text(config.training.followUp.consent) : t('followUp.consent', { name: org })}
              </label>
              ${
                state.step === 'failed'
                  ? html`<p class="error" role="alert">${t(state.offline ? 'followUp.offline' : 'followUp.failed')}
                    ${mailto ? html`<a href=${mailto}>${t('followUp.mail', { address: config.organisation.email })}</a>` : nothing}</p>`
                  : nothing
              }
              <button type="submit" class="button" ?disabled=${state.step === 'sending'}>${t(state.step === 'sending' ? 'followUp.sending' : 'followUp.send')}</button>
            </form>`;
}
