import { css } from 'lit';

/** Styles of `<digiplein-spreekuur-aanmelding>`; theming goes through the shared `--_…` tokens. */
export const aanmeldingStyles = css`
  .aanmelding {
    display: grid;
    gap: var(--_space);
  }
  .step {
    display: grid;
    gap: var(--_space);
  }
  .step > * {
    margin-block: 0;
  }
  /* Headings and notices get focus only so screen readers start there: no focus ring. */
  h3[tabindex='-1']:focus,
  .notice:focus {
    outline: none;
  }
  .steps .progress {
    margin: 0 0 0.25em;
    color: var(--_color-subtle);
  }
  .steps ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .steps li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_color-subtle);
  }
  .steps .marker {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.875em;
    font-weight: 600;
  }
  .steps li.current {
    color: var(--_color);
    font-weight: 600;
  }
  .steps li.current .marker {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .steps li.completed .marker {
    border-color: var(--_success);
    color: var(--_success);
  }
  .lead {
    font-weight: 600;
  }
  .choices,
  .days-list,
  .slots,
  .radios,
  form.details {
    display: grid;
    gap: 0.75em;
  }
  .slots,
  .days-list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: 0.5em;
  }
  .day-choice {
    margin-block-end: 1em;
  }
  fieldset > legend {
    margin-block-end: 0.5em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    font-weight: normal;
    cursor: pointer;
    min-block-size: var(--_target-size);
  }
  .choice input {
    margin-block-start: 0.2em;
    flex: none;
  }
  .card,
  .day-option,
  .slot {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 0.6em 0.75em;
  }
  .card:has(input:checked),
  .day-option:has(input:checked),
  .slot:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_accent-subtle);
  }
  .choice-text {
    display: grid;
    gap: 0.15em;
  }
  .choice-title {
    font-weight: 600;
  }
  .day-option,
  .slot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.6em;
    font-weight: normal;
    cursor: pointer;
    min-block-size: var(--_target-size);
  }
  /* the radio beside the day, the number of free times under the day: the same in every tile,
     however the day wraps (the radio was on a line of its own when the day did not fit beside it) */
  .day-option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: baseline;
    align-content: start;
  }
  .day-option .slot-note {
    grid-column: 2;
  }
  .day-option.full,
  .slot.full {
    cursor: not-allowed;
    color: var(--_color-subtle);
    background: var(--_bg-subtle);
    border-style: dashed;
  }
  .slot.full span:first-of-type {
    text-decoration: line-through;
  }
  .slot-note {
    font-size: 0.875em;
    color: var(--_color-subtle);
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  .field .hint,
  .group .hint {
    margin: 0;
  }
  .group {
    display: grid;
    gap: 0.75em;
  }
  .optional {
    font-weight: normal;
    color: var(--_color-subtle);
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
    max-inline-size: 30em;
  }
  textarea {
    max-inline-size: 40em;
    resize: vertical;
  }
  #postcode {
    max-inline-size: 10em;
  }
  .has-error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  .has-error input:not([type='radio']):not([type='checkbox']),
  .has-error select,
  .has-error textarea {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error-message {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-summary {
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .error-summary:focus {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice,
  .problem {
    border-inline-start: 6px solid var(--_danger);
    background: var(--_danger-bg);
    padding: 0.75em var(--_space);
    margin: 0;
  }
  .notice {
    border-inline-start-color: var(--_accent);
    background: var(--_accent-subtle);
  }
  .status:empty {
    display: none;
  }
  .status {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }
  .summary {
    margin: 0;
    display: grid;
    gap: 0;
  }
  .summary > div {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border-color);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
  }
  .summary .pre {
    white-space: pre-wrap;
  }
  .summary .button.link {
    min-block-size: auto;
    padding: 0;
  }
  @media (max-width: 30em) {
    .summary > div {
      grid-template-columns: 1fr;
    }
  }
  .reference {
    font-size: 1.25em;
    letter-spacing: 0.05em;
    /* one number to read out on the phone: never "DP-" on one line and the rest on the next */
    white-space: nowrap;
  }
  .confirmation {
    border-inline-start: 6px solid var(--_success);
    background: var(--_bg-subtle);
    padding: var(--_space);
  }
  .cancel-confirm {
    padding: var(--_space);
    background: var(--_bg-subtle);
    border-radius: var(--_radius);
  }
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .loading {
    color: var(--_color-subtle);
  }
`;
