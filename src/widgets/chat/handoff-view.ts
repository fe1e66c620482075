import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { I18nController } from '../../core/i18n/controller.js';
import type { Availability } from './availability.js';
import { availability } from './availability.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';

/** The parts of the handoff the chat panel shows under the log (templates only, no state). */
type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * What the area under the log shows besides the composer. `asking`: the parent asked for a
 * person and the handoff's code is still loading (or could not load); the panel turns it into
 * the first pane of the handoff (`firstPane`) once the code is there.
 */
export type Pane = 'none' | 'asking' | 'consent' | 'starting' | 'failed' | 'closed-hours' | 'no-server' | 'leave';

/** The first pane when the parent asks for a person: no server, outside opening hours, or the consent question. */
export function firstPane(config: ResolvedConfig, at: Date): Pane {
  if (!config.endpoints.api || !config.chat.organisation) return 'no-server';
  return availability(config.chat, at).open ? 'consent' : 'closed-hours';
}

export interface LeaveForm {
  question: string;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  /** i18n keys of problems per field. */
  errors: Partial<Record<'question' | 'contact' | 'email' | 'phone' | 'consent', string>>;
  failed?: boolean;
}

export function renderConsent(t: T, onShare: (share: boolean) => void, onCancel: () => void): TemplateResult {
  return html`<div class="pane consent" role="group" aria-labelledby="consent-q">
    <p>${t('handoff.open')}</p>
    <p id="consent-q"><strong>${t('handoff.consentQuestion')}</strong></p>
    <div class="actions">
      <button type="button" class="button" @click=${() => onShare(true)}>${t('handoff.consentYes')}</button>
      <button type="button" class="button secondary" @click=${() => onShare(false)}>${t('handoff.consentNo')}</button>
      <button type="button" class="button link" @click=${onCancel}>${t('handoff.cancel')}</button>
    </div>
  </div>`;
}

/**
 * While the parent waits for a person: a way not to wait, which the server's message in the log
 * offers ("end the conversation and leave a question"), also within opening hours.
 */
export function renderLeaveInstead(i18n: I18nController, onLeave: () => void): TemplateResult {
  return html`<div class="pane leave-instead">
    <button type="button" class="button secondary" @click=${onLeave}>${i18n.t('handoff.leaveInstead')}</button>
  </div>`;
}

function renderStarting(t: T): TemplateResult {
  return html`<div class="pane"><p role="status">${t('handoff.starting')}</p></div>`;
}

function renderFailed(t: T, onRetry: () => void): TemplateResult {
  return html`<div class="pane"><p role="alert">${t('handoff.failed')}</p>
    <button type="button" class="button" @click=${onRetry}>${t('handoff.retry')}</button></div>`;
}

export function renderNoServer(i18n: I18nController, on: Pick<PaneHandlers, 'contact' | 'cancel'>): TemplateResult {
  return html`<div class="pane" role="group" aria-labelledby="noserver-h">
    <h3 id="noserver-h">${i18n.t('handoff.heading')}</h3>
    <p>${i18n.t('handoff.noServer')}</p>
    ${on.contact()}
    <button type="button" class="button link" @click=${on.cancel}>${i18n.t('handoff.cancel')}</button>
  </div>`;
}

export function renderClosedHours(
  config: ResolvedConfig,
  i18n: I18nController,
  when: Availability,
  on: Pick<PaneHandlers, 'leave' | 'spreekuur' | 'cancel' | 'contact'>,
): TemplateResult {
  const next =
    !when.open && when.nextOpen
      ? amsterdamFormat(i18n.lang, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(
          when.nextOpen,
        )
      : undefined;
  return html`<div class="pane closed-hours" role="group" aria-labelledby="closed-h">
    <h3 id="closed-h">${i18n.t('closedHours.heading')}</h3>
    <p>${next ? i18n.t('closedHours.next', { when: next }) : i18n.t('closedHours.noHours')}</p>
    <p>${i18n.t('closedHours.options')}</p>
    <div class="actions">
      <button type="button" class="button" @click=${on.leave}>${i18n.t('closedHours.leave')}</button>
      ${config.spreekuren.length ? html`<button type="button" class="button secondary" @click=${on.spreekuur}>${i18n.t('closedHours.spreekuur')}</button>` : nothing}
      <button type="button" class="button link" @click=${on.cancel}>${i18n.t('handoff.cancel')}</button>
    </div>
    ${on.contact(i18n.t('closedHours.contact'))}
  </div>`;
}

export function renderLeaveForm(
  i18n: I18nController,
  form: LeaveForm,
  change: (patch: Partial<LeaveForm>) => void,
  submit: () => void,
  cancel: () => void,
): TemplateResult {
  const t = (k: string) => i18n.t(k);
  const err = (field: keyof LeaveForm['errors'], id: string) =>
    form.errors[field] ? html`<p class="error" id=${id}>${t(form.errors[field]!)}</p>` : nothing;
  const contactError = form.errors.contact;
  // only ids that are on the page: an error's id exists only while the error shows
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;
  return html`<form class="pane leave" aria-labelledby="leave-h" novalidate @submit=${(e: Event) => {
    e.preventDefault();
    submit();
  }}>
    <h3 id="leave-h">${t('leave.heading')}</h3>
    <p>${t('leave.intro')}</p>
    <label for="leave-q">${t('leave.question')}</label>
    <textarea id="leave-q" rows="3" maxlength="2000" .value=${form.question}
      aria-invalid=${form.errors.question ? 'true' : 'false'} aria-describedby=${describedBy(form.errors.question && 'leave-q-err')}
      @input=${(e: Event) => change({ question: (e.target as HTMLTextAreaElement).value })}></textarea>
    ${err('question', 'leave-q-err')}
    <label for="leave-name">${t('leave.name')} <span class="hint">${t('leave.optional')}</span></label>
    <input id="leave-name" autocomplete="given-name" .value=${form.name} @input=${(e: Event) => change({ name: (e.target as HTMLInputElement).value })} />
    <fieldset class="contact">
      <legend>${t('leave.contactLegend')}</legend>
      ${contactError ? html`<p class="error" id="leave-contact-err">${t(contactError)}</p>` : nothing}
      <label for="leave-email">${t('leave.email')}</label>
      <input id="leave-email" type="email" autocomplete="email" .value=${form.email}
        aria-invalid=${form.errors.email || contactError ? 'true' : 'false'} aria-describedby=${describedBy(form.errors.email && 'leave-email-err', contactError && 'leave-contact-err')}
        @input=${(e: Event) => change({ email: (e.target as HTMLInputElement).value })} />
      ${err('email', 'leave-email-err')}
      <label for="leave-phone">${t('leave.phone')}</label>
      <input id="leave-phone" type="tel" autocomplete="tel" .value=${form.phone}
        aria-invalid=${form.errors.phone || contactError ? 'true' : 'false'} aria-describedby=${describedBy(form.errors.phone && 'leave-phone-err', contactError && 'leave-contact-err')}
        @input=${(e: Event) => change({ phone: (e.target as HTMLInputElement).value })} />
      ${err('phone', 'leave-phone-err')}
    </fieldset>
    <div class="check">
      <input id="leave-consent" type="checkbox" .checked=${form.consent}
        aria-invalid=${form.errors.consent ? 'true' : 'false'} aria-describedby=${describedBy(form.errors.consent && 'leave-consent-err')}
        @change=${(e: Event) => change({ consent: (e.target as HTMLInputElement).checked })} />
      <label for="leave-consent">${t('leave.consent')}</label>
    </div>
    ${err('consent', 'leave-consent-err')}
    ${form.failed ? html`<p class="error" role="alert">${t('leave.failed')}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="button">${t('leave.submit')}</button>
      <button type="button" class="button link" @click=${cancel}>${t('handoff.cancel')}</button>
    </div>
  </form>`;
}

export interface PaneHandlers {
  share: (share: boolean) => void;
  retry: () => void;
  leave: () => void;
  spreekuur: () => void;
  change: (patch: Partial<LeaveForm>) => void;
  submit: () => void;
  cancel: () => void;
  /**
   * The organisation's own phone, e-mail and website after `intro` (nothing when it gave none):
   * rendered by the panel, which shows them also when this chunk cannot load, so that this chunk
   * imports nothing from the panel's (a cycle between the two delays the config's fetch).
   */
  contact: (intro?: string) => unknown;
}

/** The handoff pane that is open, if any. */
export function renderHandoffPane(
  pane: Pane,
  config: ResolvedConfig,
  i18n: I18nController,
  form: LeaveForm,
  on: PaneHandlers,
): TemplateResult | typeof nothing {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  switch (pane) {
    case 'consent':
      return renderConsent(t, on.share, on.cancel);
    case 'starting':
      return renderStarting(t);
    case 'failed':
      return renderFailed(t, on.retry);
    case 'closed-hours':
      return renderClosedHours(config, i18n, availability(config.chat, new Date()), on);
    case 'no-server':
      return renderNoServer(i18n, on);
    case 'leave':
      return renderLeaveForm(i18n, form, on.change, on.submit, on.cancel);
    default:
      return nothing;
  }
}
