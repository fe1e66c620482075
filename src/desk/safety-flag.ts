import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { addTranslations } from '../core/i18n/index.js';
import type { I18nController, Translation } from '../core/i18n/index.js';

const nl = {
  strong: 'Signaal van gevaar',
  strongHint:
    'De ouder schreef iets dat duidelijk op gevaar wijst (geweld, bedreiging, zelfmoordgedachten). Denk aan 112, Veilig Thuis of 113.',
  possible: 'Mogelijk onveilig',
  possibleHint: 'De ouder schreef iets dat op gevaar kan wijzen. Vraag er rustig naar.',
};
const en: Translation<typeof nl> = {
  strong: 'Danger signal',
  strongHint:
    'The parent wrote something that clearly signals danger (violence, threats, suicidal thoughts). Think of 112, Veilig Thuis or 113.',
  possible: 'Possibly unsafe',
  possibleHint: 'The parent wrote something that may signal danger. Ask about it calmly.',
};

/**
 * The desk's flag on a conversation, a question or a sign-up in which the server found a danger
 * signal: text and an outline, never colour alone. Strings in the `desk-safety` namespace.
 */
export function renderSafetyFlag(i18n: I18nController, flag: 'strong' | 'possible' | undefined): TemplateResult | typeof nothing {
  if (!flag) return nothing;
  addTranslations('desk-safety', { nl, en }); // registered where used (once), like an element's
  return html`<span class="safety-flag ${flag}" title=${i18n.t(`desk-safety:${flag}Hint`)}>${i18n.t(`desk-safety:${flag}`)}</span>`;
}

export const safetyFlagStyles = css`
  .safety-flag {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    background: var(--_danger-bg);
    font-weight: 600;
  }
  .safety-flag.possible {
    border-style: dashed;
  }
`;
