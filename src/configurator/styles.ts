import { css } from 'lit';

/** The configurator's layout: forms on the left, the live widgets beside them on wide screens. */
export const configuratorStyles = css`
  :host {
    max-inline-size: none;
  }
  /* Not inherited from the host: a page (or Storybook) may give the host another box-sizing. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2em;
  }
  pre {
    white-space: pre-wrap;
  }
  @media (min-width: 70em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .step {
    margin-block-end: 2em;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin-block: 0 1em;
  }
  .field.checkbox {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .field.checkbox .field-errors {
    flex-basis: 100%;
  }
  .field input:not([type='checkbox']),
  .field select,
  .field textarea {
    inline-size: 100%;
  }
  .field.invalid input,
  .field.invalid select,
  .field.invalid textarea {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .lang-inputs {
    display: grid;
    gap: 0.5em;
  }
  @media (min-width: 40em) {
    .lang-inputs {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .lang-input {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  .lang-input label {
    font-weight: normal;
  }
  .required {
    font-weight: normal;
    color: var(--_color-subtle);
  }
  .field-errors,
  .issue-list {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    color: var(--_danger);
  }
  .issues {
    border-inline-start: 6px solid var(--_danger);
    background: var(--_danger-bg);
    padding: var(--_space);
    margin-block-end: 1em;
  }
  .ok {
    border-inline-start: 6px solid var(--_success);
    background: var(--_bg-subtle);
    padding: 0.75em var(--_space);
  }
  .message:empty {
    display: none;
  }
  .message {
    padding: 0.75em var(--_space);
    background: var(--_accent-subtle);
  }
  .message.error {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  details.section,
  details.item {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin-block-end: 0.75em;
  }
  details.item {
    background: var(--_bg-subtle);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: var(--_target-size);
    display: list-item;
    padding-block: 0.5em;
  }
  details.section > summary {
    font-size: 1.125em;
  }
  .section-body {
    padding-block: 0.5em;
  }
  fieldset.group,
  fieldset.text-field,
  fieldset.choices {
    border: 0;
    padding: 0;
  }
  fieldset.group {
    margin-block: 1em;
  }
  .choice-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .choice,
  .widget-choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
  }
  .choice input {
    /* a long label wraps; the box keeps its size */
    flex: none;
  }
  .widget-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    margin-block-end: 0.75em;
  }
  .widget-choice .hint {
    grid-column: 2;
  }
  .choice label,
  .widget-choice label {
    font-weight: normal;
  }
  .widget-choice label {
    font-weight: 600;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .inline input {
    flex: 1 1 16em;
  }
  .actions {
    margin-block: 0.5em;
  }
  .token-grid {
    display: grid;
    gap: 0 1em;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
  }
  .token-grid .hint {
    display: block;
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  .token-color {
    display: flex;
    align-items: end;
    gap: 0.5em;
  }
  .token-color > .field {
    flex: 1;
    min-inline-size: 0;
  }
  .token-color input[type='color'] {
    inline-size: 44px;
    block-size: 44px;
    padding: 2px;
    margin-block-end: 0.75em;
  }
  pre.json,
  textarea.snippet {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  pre.json {
    max-block-size: 30em;
    overflow: auto;
    background: var(--_bg-subtle);
    padding: var(--_space);
  }
  figure.live {
    margin: 0 0 1.5em;
  }
  figcaption {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .button.remove {
    margin-block-start: 0.5em;
  }
`;
