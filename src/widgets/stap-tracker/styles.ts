import { css } from 'lit';

/** Styles of `<digiplein-stap-tracker>`: the step-by-step navigation pattern, status tags, print. */
export const stapTrackerStyles = css`
  :host {
    --_tag-bg: var(--digiplein-stap-tag-background-color, var(--_bg-subtle));
    --_line: var(--digiplein-stap-line-color, var(--_border-color));
  }
  .root > * + * {
    margin-block-start: var(--_space);
  }
  .intro,
  .family {
    color: var(--_color-subtle);
  }
  .panel {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .start fieldset {
    margin-block-end: var(--_space);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin-block-start: 0.4em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
    font-weight: normal;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-summary {
    border: 3px solid var(--_danger);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin-block-end: 0.75em;
    min-inline-size: 0;
  }
  .field textarea {
    min-block-size: 5em;
    inline-size: 100%;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  progress {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
  .next {
    border-inline-start: 6px solid var(--_accent);
    background: var(--_accent-subtle);
  }
  .sync {
    border-inline-start: 6px solid var(--_border-color);
  }
  .sync[data-status='offline'],
  .sync[data-status='closed'],
  .sync[data-status='removed'] {
    border-inline-start-color: var(--_danger);
  }
  .code {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.1em;
  }
  ol.phases,
  ol.steps,
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.phases > li {
    position: relative;
    padding-inline-start: 2.75em;
    padding-block-end: var(--_space);
  }
  ol.phases > li::before {
    content: '';
    position: absolute;
    inset-inline-start: 1em;
    inset-block: 2em 0;
    border-inline-start: 2px solid var(--_line);
  }
  .phase-number {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    display: inline-grid;
    place-items: center;
    inline-size: 2.1em;
    block-size: 2.1em;
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: var(--_bg);
    font-weight: 700;
  }
  .phase-progress {
    margin-block: -0.25em 0.5em;
    color: var(--_color-subtle);
  }
  ol.steps > li {
    border-block-start: 1px solid var(--_line);
  }
  details > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: var(--_target-size);
    padding-block: 0.5em;
    cursor: pointer;
    list-style-position: outside;
  }
  .step-title {
    flex: 1 1 12em;
    font-weight: 600;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .step-number {
    color: var(--_color-subtle);
    font-weight: normal;
  }
  .tag {
    display: inline-block;
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border-color);
    border-radius: 0.25em;
    background: var(--_tag-bg);
    font-size: 0.9375em;
    white-space: nowrap;
  }
  .tag[data-status='done'] {
    border-color: var(--_success);
    color: var(--_success);
    font-weight: 600;
  }
  .tag[data-status='busy'] {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .tag[data-status='waiting'] {
    border-style: dashed;
  }
  .tag.required {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  /* The children of <details> inherit through its built-in slot, which does not take :host's box-sizing. */
  details > * {
    box-sizing: border-box;
  }
  .step-body {
    padding-block: 0 var(--_space);
  }
  .step-body :is(h3, h4, h5, h6) {
    font-size: 1em;
    margin-block: 0.75em 0.25em;
  }
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0 1em;
    padding: 0.75em;
    margin-block: 0.75em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .controls .wide {
    grid-column: 1 / -1;
  }
  .history {
    font-size: 0.9375em;
    color: var(--_color-subtle);
  }
  .history .replaced {
    text-decoration: line-through;
  }
  .tools .actions {
    margin-block-end: 0.75em;
  }
  input[type='file'] {
    max-inline-size: 100%;
  }
  .print-only {
    display: none;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 10pt;
  }
  th,
  td {
    text-align: start;
    padding: 2pt 4pt;
    border-block-end: 1px solid #999;
    vertical-align: top;
  }
  @media print {
    :host {
      background: #fff;
      color: #000;
    }
    .screen-only {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    #title {
      font-size: 14pt;
    }
    .print-only th[scope='rowgroup'] {
      padding-block-start: 6pt;
      font-size: 11pt;
    }
  }
  /* The print overview on screen (a print preview, also for Storybook). */
  :host([print-preview]) .screen-only {
    display: none !important;
  }
  :host([print-preview]) .print-only {
    display: block;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;
