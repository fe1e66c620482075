import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import type { I18nController } from '../../core/i18n/controller.js';
import type { Family } from '../../core/api/routes.js';
import type { Relation } from '../../core/config/schema/index.js';

/** The stap-tracker's start screen: the three questions that select the steps (template only, no state). */

export interface StartHandlers {
  onStart(e: SubmitEvent): void;
  onFocusField(e: Event, name: string): void;
}

/** `errors` names the unanswered questions; `after` comes below the form (the join form, when sharing is on). */
export function renderStart(
  i18n: I18nController,
  f: Family | undefined,
  errors: readonly string[],
  on: StartHandlers,
  after: TemplateResult | typeof nothing,
  level: number,
): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  // an unanswered question is marked invalid on its radios (screen readers say so at each one)
  const radio = (name: string, value: string, label: string, checked: boolean) =>
    html`<label class="choice"><input type="radio" name=${name} value=${value} ?checked=${checked} aria-invalid=${errors.includes(fieldOf(name)) ? 'true' : 'false'} />${label}</label>`;
  const err = (name: string) => (errors.includes(name) ? html`<p class="error" id=${`err-${name}`}>${t('start.missing')}</p>` : nothing);
  const desc = (name: string) => (errors.includes(name) ? `err-${name}` : undefined);
  return html`
    <p class="intro">${t('intro')}</p>
    <form class="start panel" novalidate @submit=${on.onStart} aria-labelledby="start-heading">
      ${heading(level + 1, t('start.heading'), { id: 'start-heading', focusable: true })}
      ${
        errors.length
          ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="start-errors-heading"><p id="start-errors-heading"><strong>${t('start.errorsHeading')}</strong></p>
            <ul>${errors.map((n) => html`<li><a href=${`#q-${n}`} @click=${(e: Event) => on.onFocusField(e, n)}>${t(n === 'relation' ? 'start.relation' : n === 'children' ? 'start.children' : 'start.help')}</a></li>`)}</ul></div>`
          : nothing
      }
      <fieldset id="q-relation" aria-describedby=${desc('relation') ?? nothing}>
        <legend>${t('start.relation')}</legend>${err('relation')}
        <div class="choices">
          ${(['getrouwd', 'geregistreerd', 'samenwonend'] as const).map((r) => radio('relation', r, t(`start.${r}`), f?.relation === r))}
        </div>
      </fieldset>
      <fieldset id="q-children" aria-describedby=${desc('children') ?? nothing}>
        <legend>${t('start.children')}</legend>${err('children')}
        <div class="choices">${radio('minorChildren', 'yes', t('start.yes'), f?.minorChildren === true)}${radio('minorChildren', 'no', t('start.no'), f?.minorChildren === false)}</div>
      </fieldset>
      <fieldset id="q-help" aria-describedby=${desc('help') ?? nothing}>
        <legend>${t('start.help')}</legend>${err('help')}
        <div class="choices">${radio('help', 'yes', t('start.yes'), f?.hasHelp === true)}${radio('help', 'no', t('start.no'), f?.hasHelp === false)}</div>
      </fieldset>
      <p class="hint">${t('start.privacy')}</p>
      <button class="button" type="submit">${t('start.submit')}</button>
    </form>
    ${after}
  `;
}

/** The answers of the start form, or the names of the questions left open. */
/**
 * The radio group of a question. Not named `children`: a control of that name would shadow
 * `form.children` for scripts and assistive extensions.
 */
function fieldOf(name: string): string {
  return name === 'minorChildren' ? 'children' : name;
}

export function readStart(form: HTMLFormElement): { missing: string[]; answers?: Family } {
  const data = new FormData(form);
  const relation = data.get('relation') as Relation | null;
  const children = data.get('minorChildren');
  const help = data.get('help');
  const missing = [relation ? '' : 'relation', children ? '' : 'children', help ? '' : 'help'].filter(Boolean);
  if (missing.length) return { missing };
  return { missing, answers: { relation: relation!, minorChildren: children === 'yes', hasHelp: help === 'yes' } };
}
