import type { StepContext } from './context.js';
import { describeSlot } from './slots.js';
import { detailRows } from './summary.js';

/** A `mailto:` URL (RFC 6068): subject and body percent-encoded, lines joined with CRLF. */
export function mailtoHref(to: string, subject: string, lines: readonly string[]): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}

/** The prefilled e-mail for a config without a server: to the spreekuur's address, in the parent's language. */
export function signupMailto(ctx: Pick<StepContext, 'i18n' | 'config' | 'state' | 'current'>): string | undefined {
  const { i18n, current, state } = ctx;
  if (!current?.email) return undefined;
  const name = i18n.text(current.name);
  const lines = [i18n.t('mail.intro', { name }), ''];
  if (state.slot) {
    const when = i18n.t('check.whenValue', describeSlot(state.slot, i18n.lang));
    lines.push(i18n.t('mail.when', { when }), '');
  }
  for (const row of detailRows(ctx)) lines.push(`${row.label}: ${row.value}`);
  return mailtoHref(current.email, i18n.t('mail.subject', { name }), lines);
}
