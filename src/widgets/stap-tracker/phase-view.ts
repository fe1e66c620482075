import { assessSafety } from '../../core/safety/index.js';
import { renderSafetyCard, renderSafetyNotice } from '../../core/ui/parts.js';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TemplateResult } from 'lit';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { I18nController } from '../../core/i18n/controller.js';
import { safeHref, telHref } from '../../core/ui/links.js';
import { amsterdamDate, amsterdamFormat, instantAt } from '../../core/time/amsterdam.js';
import { heading } from '../../core/ui/heading.js';
import { doers, stepStatuses } from '../../core/api/routes.js';
import type { Author, Change, Doer, StepStatus } from '../../core/api/routes.js';
import { statusOf } from '../../core/api/route-state.js';
import type { RouteState } from '../../core/api/route-state.js';
import { allSteps, nextStep, progressOf } from './logic.js';
import type { TrackedPhase, TrackedStep } from './logic.js';
import type { RouteSession } from './sync.js';

/** The parts of the stap-tracker's markup that need no element state. */

export const statusLabel = (i18n: I18nController, status: StepStatus): string => i18n.t(`status.${status}`);

/** A message after an action: an error is an alert, anything else a polite status. */
export type Notice = { kind: 'ok' | 'error'; text: string } | undefined;

export function renderNotice(notice: Notice): TemplateResult | typeof nothing {
  return notice
    ? html`<p class=${notice.kind === 'error' ? 'error' : ''} role=${notice.kind === 'error' ? 'alert' : 'status'}>${notice.text}</p>`
    : nothing;
}

export interface StepHandlers {
  onStatus(value: StepStatus): void;
  onWho(value: Doer | null): void;
  onDate(value: string | null): void;
  onNotes(value: string): void;
  onComment(value: string): void;
}

/** A step's date (`2027-03-01`) as the printout says it: "1 maart 2027" (noon, so no time zone shifts the day). */
const printDate = (i18n: I18nController, date: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? amsterdamFormat(i18n.lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(instantAt(date, 12 * 60))
    : date;

/** When a change was made, in Amsterdam time as every widget shows times (the day only when not today). */
function time(i18n: I18nController, at: number): string {
  const sameDay = amsterdamDate(at) === amsterdamDate(Date.now());
  return amsterdamFormat(
    i18n.lang,
    sameDay
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  ).format(at);
}

/** "changed by parent 2 at 14:05" (or "changed at 14:05" before sharing). */
export function changedBy(i18n: I18nController, by: Author, at: number): string {
  return by === 'self'
    ? i18n.t('history.self', { time: time(i18n, at) })
    : i18n.t('history.by', { who: i18n.t(`who.${by}`), time: time(i18n, at) });
}

function valueText(i18n: I18nController, c: Change): string {
  switch (c.field) {
    case 'status':
      return statusLabel(i18n, c.value);
    case 'who':
      return c.value ? i18n.t(`who.${c.value}`) : i18n.t('who.none');
    case 'date':
      return c.value ?? i18n.t('history.empty');
    case 'notes':
      return i18n.t('history.noteChanged');
    default:
      return '';
  }
}

function renderHistory(
  i18n: I18nController,
  history: readonly Change[],
  current: RouteState['steps'] extends Map<string, infer S> ? S | undefined : never,
  level: number,
): TemplateResult | typeof nothing {
  if (!history.length) return nothing;
  const newest = [...history].reverse().slice(0, 8);
  return html`${heading(level + 2, i18n.t('history.heading'))}
    <ul class="history">
      ${newest.map((c) => {
        const field = c.field as 'status' | 'who' | 'date' | 'notes';
        const replaced =
          current?.[field]?.id !== c.id && history.some((o) => o.field === c.field && o.by !== c.by && o.at >= c.at && o.id !== c.id);
        return html`<li>
          <span class=${replaced ? 'replaced' : ''}>${i18n.t(`history.field.${field}`)}: ${valueText(i18n, c)}</span>
          — ${changedBy(i18n, c.by, c.at)}${replaced ? html` <em>(${i18n.t('history.replaced')})</em>` : nothing}
        </li>`;
      })}
    </ul>`;
}

function renderOffers(step: TrackedStep, config: ResolvedConfig, i18n: I18nController, level: number): TemplateResult | typeof nothing {
  const offers = (step.offers ?? []).map((id) => config.offers.find((o) => o.id === id)).filter((o) => o !== undefined);
  const links = step.links ?? [];
  if (!offers.length && !links.length) return nothing;
  return html`${heading(level + 2, i18n.t('help'))}
    <ul>
      ${offers.map((o) => {
        const href = safeHref(o.contact.website) ?? (o.contact.phone ? telHref(o.contact.phone) : undefined);
        const name = i18n.text(o.name);
        return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${name}<span class="visually-hidden"> ${i18n.t('external')}</span></a>` : name}${o.contact.phone && href !== telHref(o.contact.phone) ? html` (<a href=${telHref(o.contact.phone)}>${o.contact.phone}</a>)` : nothing}: ${i18n.text(o.description)}</li>`;
      })}
      ${links.map((l) => html`<li><a href=${safeHref(l.url) ?? '#'} target="_blank" rel="noopener noreferrer">${i18n.text(l.label)}<span class="visually-hidden"> ${i18n.t('external')}</span></a></li>`)}
    </ul>`;
}

/**
 * The safety help under a note or the comments of a step when what was written signals danger:
 * the card for a strong signal, the calm notice for a possible one (the same detector as every
 * free-text field).
 */
function renderFreeTextSafety(
  config: ResolvedConfig,
  i18n: I18nController,
  text: string | undefined,
  field: FreeTextField,
  stepId: string,
): TemplateResult | typeof nothing {
  const safety = text ? assessSafety(config, text) : undefined;
  if (!safety) return nothing;
  const idPrefix = `${field}-${stepId}-`; // one card per field of a step, each with its own heading id
  return html`<div class="free-text-safety" data-field=${field}>
    ${safety.strength === 'strong' ? renderSafetyCard(config, i18n, 4, safety, idPrefix) : renderSafetyNotice(config, i18n, safety, idPrefix)}
  </div>`;
}

/** The free-text fields of a step that are checked for danger. */
export type FreeTextField = 'notes' | 'comments';

/** Selector of the safety help under one free-text field of a step (to bring it into view). */
export const freeTextSafetySelector = (stepId: string, field: FreeTextField): string =>
  `#step-${CSS.escape(stepId)} .free-text-safety[data-field="${field}"] .safety`;

/** The open step: information, the controls, history and comments (headings two below the widget's own, at `level`). */
export function renderStepBody(
  step: TrackedStep,
  config: ResolvedConfig,
  session: RouteSession,
  i18n: I18nController,
  on: StepHandlers,
  level: number,
): TemplateResult {
  const t = (k: string) => i18n.t(k);
  const s = session.state.steps.get(step.id);
  const status = statusOf(session.state, step.id);
  const id = (name: string) => `${name}-${step.id}`;
  const disabled = session.readOnly;
  const comments = session.state.comments.get(step.id) ?? [];
  const isBegeleider = session.share?.role === 'begeleider';
  return html`<div class="step-body">
    ${step.added ? html`<p><span class="tag">${t('added')}</span></p>` : nothing}
    ${step.required && step.requiredNote ? html`<p><strong>${i18n.text(step.requiredNote)}</strong></p>` : nothing}
    ${step.why ? html`${heading(level + 2, t('why'))}<p>${i18n.text(step.why)}</p>` : nothing}
    ${step.todo ? html`${heading(level + 2, t('todo'))}<p>${i18n.text(step.todo)}</p>` : nothing}
    ${renderOffers(step, config, i18n, level)}
    ${
      step.source
        ? html`<p class="hint"><a href=${safeHref(step.source) ?? '#'} target="_blank" rel="noopener noreferrer">${t('source')}<span class="visually-hidden"> ${t('external')}</span></a></p>`
        : nothing
    }
    <div class="controls">
      <div class="field">
        <label for=${id('status')}>${t('status.label')}</label>
        <select id=${id('status')} ?disabled=${disabled} .value=${live(status)} @change=${(e: Event) => on.onStatus((e.target as HTMLSelectElement).value as StepStatus)}>
          ${stepStatuses.map((v) => html`<option value=${v} ?selected=${v === status}>${statusLabel(i18n, v)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${id('who')}>${t('who.label')}</label>
        <select id=${id('who')} ?disabled=${disabled} .value=${live(s?.who?.value ?? '')} @change=${(e: Event) => on.onWho(((e.target as HTMLSelectElement).value || null) as Doer | null)}>
          <option value="" ?selected=${!s?.who?.value}>${t('who.none')}</option>
          ${doers.map((v) => html`<option value=${v} ?selected=${v === s?.who?.value}>${t(`who.${v}`)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${id('date')}>${t('date.label')}</label>
        <input type="date" id=${id('date')} ?disabled=${disabled} .value=${s?.date?.value ?? ''} @change=${(e: Event) => on.onDate((e.target as HTMLInputElement).value || null)} />
      </div>
      <div class="field wide">
        <label for=${id('notes')}>${t('notes.label')}</label>
        <span class="hint" id=${id('notes-hint')}>${t('notes.hint')}</span>
        <textarea id=${id('notes')} maxlength="2000" ?disabled=${disabled} aria-describedby=${id('notes-hint')} .value=${s?.notes?.value ?? ''}
          @change=${(e: Event) => {
            const value = (e.target as HTMLTextAreaElement).value;
            if (value !== (s?.notes?.value ?? '')) on.onNotes(value);
          }}></textarea>
        ${renderFreeTextSafety(config, i18n, s?.notes?.value, 'notes', step.id)}
      </div>
    </div>
    ${renderHistory(i18n, session.state.history.get(step.id) ?? [], s, level)}
    ${
      comments.length || isBegeleider
        ? html`${heading(level + 2, t('comments.heading'))}
          ${comments.length ? html`<ul>${comments.map((c) => html`<li>${c.value as string} <span class="hint">— ${changedBy(i18n, c.by, c.at)}</span></li>`)}</ul>` : nothing}
          ${renderFreeTextSafety(config, i18n, comments.map((c) => String(c.value)).join('\n'), 'comments', step.id)}
          ${
            isBegeleider && !disabled
              ? html`<form class="row" @submit=${(e: SubmitEvent) => {
                  e.preventDefault();
                  const area = (e.target as HTMLFormElement).querySelector('textarea')!;
                  if (area.value.trim()) on.onComment(area.value.trim());
                  area.value = '';
                }}>
                <div class="field wide"><label for=${id('comment')}>${t('comments.label')}</label><textarea id=${id('comment')} maxlength="2000"></textarea></div>
                <button class="button secondary" type="submit">${t('comments.save')}</button>
              </form>`
              : nothing
          }`
        : nothing
    }
  </div>`;
}

/** Progress over the whole route, and what is next (a button that opens that step). */
export function renderProgress(
  route: readonly TrackedPhase[],
  state: RouteState,
  i18n: I18nController,
  onOpen: (id: string) => void,
  level: number,
): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  const steps = allSteps(route);
  const total = progressOf(steps, state);
  const next = nextStep(route, state);
  return html`<div class="progress">
      <p id="progress-label"><strong>${t('progress.label')}:</strong> ${t('progress.total', { count: total.total, finished: total.finished, total: total.total })}</p>
      <progress aria-labelledby="progress-label" max=${total.total} .value=${total.finished}></progress>
    </div>
    <section class="next panel" part="next" aria-labelledby="next-heading">
      ${heading(level + 1, t('next.heading'), { id: 'next-heading', focusable: true })}
      ${
        next
          ? html`<p><button type="button" class="button link" @click=${() => onOpen(next.step.id)}>${t(`next.${next.reason}`, { title: i18n.text(next.step.title) })}</button></p>`
          : html`<p>${steps.some((s) => statusOf(state, s.id) === 'waiting') ? t('next.waiting') : t('next.done')}</p>`
      }
    </section>`;
}

/** What a phase of the route needs from the element: the open steps, and what to do on a toggle or a status change. */
export interface PhaseContext {
  config: ResolvedConfig;
  session: RouteSession;
  i18n: I18nController;
  /** The widget's own heading's level (`heading-level`): a phase's heading is one below it. */
  level: number;
  openSteps: ReadonlySet<string>;
  /** Step numbers over the whole route, 1-based. */
  numbers: ReadonlyMap<string, number>;
  onToggle(id: string, open: boolean): void;
  onStatus(step: TrackedStep, status: StepStatus): void;
  /** A note or comment was saved: the element checks it for danger and brings the help into view. */
  onFreeText(step: TrackedStep, field: 'notes' | 'comment', value: string): void;
}

/**
 * One phase of the route: its progress and its steps, each a `<details>` that renders its body
 * only while open. A closed step keeps its markup of the last render while what it shows is the
 * same (its status, its number, the language): Lit then finds nothing to change in it, so a
 * status change costs one step, not the whole route. An open step, whose body shows much more,
 * renders every time.
 */
export function renderPhase(phase: TrackedPhase, n: number, c: PhaseContext): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => c.i18n.t(k, o);
  const p = progressOf(phase.steps, c.session.state);
  return html`<li>
    <span class="phase-number" aria-hidden="true">${n}</span>
    ${heading(c.level + 1, html`<span class="visually-hidden">${t('phase', { n })}: </span>${c.i18n.text(phase.title)}`, { className: 'phase-title' })}
    <p class="phase-progress">${t('progress.phase', { finished: p.finished, total: p.total })}</p>
    <ol class="steps">
      ${phase.steps.map((step) => renderStepOnce(step, c.numbers.get(step.id)!, c))}
    </ol>
  </li>`;
}

/** The markup each closed step got last, and what it showed (each element builds its own steps). */
const rendered = new WeakMap<TrackedStep, [shown: string | undefined, markup: TemplateResult]>();

/**
 * A closed step's markup of the last render when it shows the same number, status (by the id of
 * the change that set it) and language; an open step's always anew.
 */
function renderStepOnce(step: TrackedStep, n: number, c: PhaseContext): TemplateResult {
  const shown = c.openSteps.has(step.id) ? undefined : `${n} ${c.session.state.steps.get(step.id)?.status?.id} ${c.i18n.lang}`;
  const last = rendered.get(step);
  if (shown && last?.[0] === shown) return last[1];
  const markup = renderStep(step, n, c);
  rendered.set(step, [shown, markup]);
  return markup;
}

function renderStep(step: TrackedStep, n: number, c: PhaseContext): TemplateResult {
  const t = (k: string) => c.i18n.t(k);
  const session = c.session;
  const status = statusOf(session.state, step.id);
  const open = c.openSteps.has(step.id);
  return html`<li>
    <details part="step" id=${`step-${step.id}`} ?open=${open} @toggle=${(e: Event) => c.onToggle(step.id, (e.target as HTMLDetailsElement).open)}>
      <summary>
        <span class="step-title"><span class="step-number">${c.i18n.t('stepNumber', { n })}: </span>${c.i18n.text(step.title)}</span>
        ${step.required ? html`<span class="tag required">${t('required')}</span>` : nothing}
        <span class="tag" data-status=${status}><span class="visually-hidden">${t('status.label')}: </span>${statusLabel(c.i18n, status)}</span>
      </summary>
      ${
        open
          ? renderStepBody(
              step,
              c.config,
              session,
              c.i18n,
              {
                onStatus: (value) => c.onStatus(step, value),
                onWho: (value) => session.change(step.id, 'who', value),
                onDate: (value) => session.change(step.id, 'date', value),
                onNotes: (value) => c.onFreeText(step, 'notes', value),
                onComment: (value) => c.onFreeText(step, 'comment', value),
              },
              c.level,
            )
          : nothing
      }
    </details>
  </li>`;
}

/** The one-page overview for print: every step with its status, who and date. */
export function renderPrintSummary(
  route: readonly TrackedPhase[],
  state: RouteState,
  i18n: I18nController,
  family: string,
): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  let n = 0;
  return html`<section class="print-only" part="print">
    <p>${family}. ${t('print.printed', { date: amsterdamFormat(i18n.lang, { dateStyle: 'long' }).format(new Date()) })}</p>
    <table>
      <thead><tr><th scope="col">${t('print.step')}</th><th scope="col">${t('print.status')}</th><th scope="col">${t('print.who')}</th><th scope="col">${t('print.date')}</th></tr></thead>
      ${route.map(
        (phase) => html`<tbody>
          <tr><th scope="rowgroup" colspan="4">${i18n.text(phase.title)}</th></tr>
          ${phase.steps.map((step) => {
            const s = state.steps.get(step.id);
            n++;
            return html`<tr>
              <td>${n}. ${i18n.text(step.title)}${step.required ? ` (${t('required')})` : ''}${
                s?.notes?.value ? html`<div class="print-notes">${t('print.notes')}: ${s.notes.value}</div>` : nothing
              }</td>
              <td>${statusLabel(i18n, statusOf(state, step.id))}</td>
              <td>${s?.who?.value ? t(`who.${s.who.value}`) : ''}</td>
              <td>${s?.date?.value ? printDate(i18n, s.date.value) : ''}</td>
            </tr>`;
          })}
        </tbody>`,
      )}
    </table>
  </section>`;
}
