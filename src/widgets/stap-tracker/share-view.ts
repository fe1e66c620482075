import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { I18nController } from '../../core/i18n/controller.js';
import { amsterdamFormat } from '../../core/time/amsterdam.js';
import { heading } from '../../core/ui/heading.js';
import { formatCode } from '../../core/api/routes.js';
import type { TrackedStep } from './logic.js';
import type { RouteSession, SessionError } from './sync.js';
import { renderNotice } from './phase-view.js';
import type { Notice } from './phase-view.js';

/** The stap-tracker's sharing markup: the sync line, the share panel and the join form (templates only, no state). */

/** What the sharing markup shows; the element owns all of it. */
export interface ShareView {
  i18n: I18nController;
  /** The widget's own heading's level (`heading-level`). */
  level: number;
  session: RouteSession;
  busy: boolean;
  shareNotice: Notice;
  /** The begeleider asked to close the shared route and has not answered yet. */
  confirmClose: boolean;
  joinCode: string;
  joinError?: SessionError;
}

export interface ShareHandlers {
  onJoin(e: SubmitEvent): void;
  onJoinCode(value: string): void;
  onShare(steps: TrackedStep[]): void;
  onLeave(): void;
  onClose(): void;
  onConfirmClose(ask: boolean): void;
}

export function errorText(i18n: I18nController, error: SessionError, area: 'join' | 'share'): string {
  if (error.message) return i18n.lang.startsWith('en') ? error.message.en : error.message.nl;
  if (area === 'share') return i18n.t(error.reason === 'offline' ? 'share.offlineError' : 'join.server');
  return i18n.t(`join.${error.reason}`);
}

/** The join form: on the start screen (a heading one below the widget's own), or inside the share panel (two below). */
export function renderJoin(v: ShareView, on: ShareHandlers, below: 1 | 2 = 1): TemplateResult {
  const t = (k: string) => v.i18n.t(k);
  return html`<form class="join panel" @submit=${on.onJoin} aria-labelledby="join-heading">
    ${heading(v.level + below, t('join.heading'), { id: 'join-heading' })}
    <p>${t('join.intro')}</p>
    <div class="field">
      <label for="join-code">${t('join.label')}</label>
      <span class="hint" id="join-hint">${t('join.hint')}</span>
      ${v.joinError ? html`<p class="error" id="join-error" role="alert">${errorText(v.i18n, v.joinError, 'join')}</p>` : nothing}
      <input id="join-code" name="code" autocomplete="off" spellcheck="false" .value=${v.joinCode} @input=${(e: Event) => on.onJoinCode((e.target as HTMLInputElement).value)}
        aria-describedby=${v.joinError ? 'join-hint join-error' : 'join-hint'} aria-invalid=${v.joinError ? 'true' : 'false'} />
    </div>
    ${v.session.family ? html`<p class="hint">${t('join.replaces')}</p>` : nothing}
    <button class="button secondary" type="submit" ?disabled=${v.busy}>${t('join.submit')}</button>
  </form>`;
}

/** Where the shared route stands: role, code, last sync, and a way to keep a copy once it ended. */
export function renderSync(i18n: I18nController, s: RouteSession): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  const share = s.share!;
  const time = s.lastSync ? amsterdamFormat(i18n.lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(s.lastSync) : '';
  // no answer while the device is online: the server is down, not the parent's connection
  const prefix = typeof navigator !== 'undefined' && navigator.onLine === false ? 'share.offline' : 'share.unreachable';
  const text =
    s.status === 'offline'
      ? s.pending.size
        ? t(prefix, { count: s.pending.size })
        : t(`${prefix}None`)
      : s.status === 'closed'
        ? t('share.closed')
        : s.status === 'removed'
          ? t('share.removed')
          : s.status === 'synced'
            ? t('share.synced', { time })
            : t('share.syncing');
  return html`<div class="sync panel" data-status=${s.status}>
    <p>${t('share.role', { role: t(`who.${share.role}`) })} ${t('share.code')} <span class="code">${formatCode(share.code)}</span>.</p>
    <p>${text}</p>
    ${
      (s.status === 'closed' || s.status === 'removed') && share.role !== 'begeleider'
        ? html`<button type="button" class="button secondary" @click=${() => s.detach()}>${t('share.keepCopy')}</button>`
        : nothing
    }
  </div>`;
}

/** The share panel: share or join before sharing; the link, leave or close once shared. */
export function renderShare(v: ShareView, on: ShareHandlers, steps: TrackedStep[]): TemplateResult {
  const t = (k: string) => v.i18n.t(k);
  const share = v.session.share;
  const closed = v.session.readOnly;
  return html`<section class="panel" aria-labelledby="share-heading">
    ${heading(v.level + 1, t('share.heading'), { id: 'share-heading' })}
    ${renderNotice(v.shareNotice)}
    ${
      !share
        ? html`<p>${t('share.intro')}</p>
          <button type="button" class="button" ?disabled=${v.busy} @click=${() => on.onShare(steps)}>${v.busy ? t('share.busy') : t('share.button')}</button>
          ${renderJoin(v, on, 2)}`
        : html`
          ${share.role === 'parent1' && share.link ? html`<p>${t('share.link')}: <a href=${share.link}>${share.link}</a></p>` : nothing}
          ${share.role !== 'begeleider' ? html`<p class="hint">${t('share.codeHint')}</p>` : nothing}
          ${
            share.role !== 'begeleider' && !closed
              ? html`<p class="hint" id="leave-hint">${t('share.leaveHint')}</p>
                <button type="button" class="button secondary" aria-describedby="leave-hint" @click=${on.onLeave}>${t('share.leave')}</button>`
              : nothing
          }
          ${
            share.role === 'begeleider' && !closed
              ? v.confirmClose
                ? html`<p role="alert">${t('share.closeConfirm')}</p>
                  <div class="actions"><button type="button" class="button danger" @click=${on.onClose}>${t('share.closeYes')}</button>
                  <button type="button" class="button secondary" @click=${() => on.onConfirmClose(false)}>${t('tools.wipeNo')}</button></div>`
                : html`<button type="button" class="button secondary" @click=${() => on.onConfirmClose(true)}>${t('share.close')}</button>`
              : nothing
          }
        `
    }
  </section>`;
}
