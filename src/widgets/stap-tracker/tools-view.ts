import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { I18nController } from '../../core/i18n/controller.js';

/** The stap-tracker's panels under the route: adding a step (begeleider) and keep, print, wipe (templates only, no state). */

export interface ToolsView {
  i18n: I18nController;
  /** The widget's own heading's level (`heading-level`). */
  level: number;
  /** Keep nothing on this device: no import, no wipe. */
  ephemeral: boolean;
  /** The person asked to wipe and has not answered yet. */
  confirmWipe: boolean;
  /** The route is shared: wiping here does not wipe it for the others. */
  shared: boolean;
  /** The result of the last import, shown right under the file field. */
  importNotice?: { kind: 'ok' | 'error'; text: string };
}

/**
 * The file field to put a saved route back, with its result right under it (not at the top of
 * the widget, out of sight). Also on the start screen: a new device can restore without first
 * making a plan.
 */
export function renderImportField(
  i18n: I18nController,
  id: string,
  notice: ToolsView['importNotice'],
  onImport: (e: Event) => void,
): TemplateResult {
  const t = (k: string) => i18n.t(k);
  const messageId = `${id}-message`;
  return html`<div class="field">
    <label for=${id}>${t('tools.import')}</label>
    <span class="hint" id=${`${id}-hint`}>${t('tools.importHint')}</span>
    <input type="file" id=${id} accept="application/json,.json" aria-describedby=${notice ? `${id}-hint ${messageId}` : `${id}-hint`} @change=${onImport} />
    ${
      notice
        ? html`<p id=${messageId} class=${notice.kind === 'error' ? 'error' : 'hint'} role=${notice.kind === 'error' ? 'alert' : 'status'}>${notice.text}</p>`
        : nothing
    }
  </div>`;
}

export interface ToolsHandlers {
  onExport(): void;
  onImport(e: Event): void;
  onWipe(): void;
  onConfirmWipe(ask: boolean): void;
}

/** The begeleider's form to add a step of their own to a phase. */
export function renderAddStep(
  config: ResolvedConfig,
  i18n: I18nController,
  onSubmit: (e: SubmitEvent) => void,
  level: number,
): TemplateResult {
  const t = (k: string) => i18n.t(k);
  return html`<form class="panel" @submit=${onSubmit} aria-labelledby="add-heading">
    ${heading(level + 1, t('addStep.heading'), { id: 'add-heading' })}
    <div class="field">
      <label for="add-phase">${t('addStep.phase')}</label>
      <select id="add-phase" name="phase">${config.route.phases.map((p) => html`<option value=${p.id}>${i18n.text(p.title)}</option>`)}</select>
    </div>
    <div class="field">
      <label for="add-title">${t('addStep.title')}</label>
      <input id="add-title" name="title" maxlength="200" />
    </div>
    <div class="field">
      <label for="add-todo">${t('addStep.todo')}</label>
      <textarea id="add-todo" name="todo" maxlength="2000"></textarea>
    </div>
    <button class="button secondary" type="submit">${t('addStep.submit')}</button>
  </form>`;
}

/** Export, print, import and wipe. */
export function renderTools(v: ToolsView, on: ToolsHandlers): TemplateResult {
  const t = (k: string) => v.i18n.t(k);
  const desk = v.ephemeral;
  return html`<section class="tools panel" aria-labelledby="tools-heading">
    ${heading(v.level + 1, t('tools.heading'), { id: 'tools-heading' })}
    <div class="actions">
      <button type="button" class="button secondary" @click=${on.onExport}>${t('tools.export')}</button>
      <button type="button" class="button secondary" @click=${() => window.print()}>${t('tools.print')}</button>
    </div>
    ${
      desk
        ? nothing
        : html`${renderImportField(v.i18n, 'import', v.importNotice, on.onImport)}
          ${
            v.confirmWipe
              ? html`<p role="alert">${t('tools.wipeConfirm')} ${v.shared ? t('tools.wipeShared') : ''}</p>
                <div class="actions">
                  <button type="button" class="button danger" @click=${on.onWipe}>${t('tools.wipeYes')}</button>
                  <button type="button" class="button secondary" @click=${() => on.onConfirmWipe(false)}>${t('tools.wipeNo')}</button>
                </div>`
              : html`<button type="button" class="button secondary" @click=${() => on.onConfirmWipe(true)}>${t('tools.wipe')}</button>`
          }`
    }
  </section>`;
}
