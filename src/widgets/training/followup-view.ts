import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { I18nController } from '../../core/i18n/index.js';
import { heading } from '../../core/ui/heading.js';

/** What the parent filled in (kept in memory only: it is sent, never stored on the device). */
export interface FollowUpDraft {
  name: string;
  contactBy: 'phone' | 'email';
  phone: string;
  email: string;
  postcode: string;
  times: string;
  consent: boolean;
}
export const emptyDraft = (): FollowUpDraft => ({
  name: '',
  contactBy: 'phone',
  phone: '',
  email: '',
  postcode: '',
  times: '',
  consent: false,
});

export type FollowUpState =
  { step: 'closed' } | { step: 'form'; errors: string[] } | { step: 'sending' } | { step: 'sent' } | { step: 'failed'; offline: boolean };

export interface FollowUpView {
  config: ResolvedConfig;
  i18n: I18nController;
  level: number;
  state: FollowUpState;
  draft: FollowUpDraft;
  onOpen(): void;
  onInput(field: keyof FollowUpDraft, value: string | boolean): void;
  onSubmit(e: SubmitEvent): void;
  /** The form (and sending, and its failure): a chunk of its own, ./followup-form.ts. */
  form(): unknown;
}

/** "Mag het wijkteam contact met u opnemen?": the invitation, the form, and what happened. */
export function renderFollowUp(v: FollowUpView): TemplateResult | typeof nothing {
  const { config, i18n, state } = v;
  const t = i18n.t.bind(i18n);
  const org = i18n.text(config.organisation.name);
  const api = config.endpoints.api;
  const canSend = Boolean(api && config.training.followUp);
  if (!canSend && !config.organisation.email) return nothing;
  const mailto = config.organisation.email
    ? `mailto:${config.organisation.email}?subject=${encodeURIComponent(t('followUp.mailSubject'))}&body=${encodeURIComponent(t('followUp.mailBody'))}`
    : undefined;
  return html`<section class="panel followup" aria-labelledby="followup-heading">
    ${heading(v.level, t('followUp.heading'), { id: 'followup-heading', focusable: true })}
    <p>${t('followUp.intro', { name: org })}</p>
    ${
      !canSend
        ? html`<p><a class="button secondary" href=${ifDefined(mailto)}>${t('followUp.mail', { address: config.organisation.email })}</a></p>`
        : state.step === 'closed'
          ? html`<button type="button" class="button secondary" @click=${v.onOpen}>${t('followUp.open')}</button>`
          : state.step === 'sent'
            ? html`<p role="status" class="ok">${t('followUp.sent', { name: org })}</p>`
            : v.form()
    }
  </section>`;
}
