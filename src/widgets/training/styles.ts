import { css } from 'lit';

/** Styles of `<digiplein-training>`: the chapter list, one part at a time, questions, print. */
export const trainingStyles = css`
  :host {
    --_tag-bg: var(--digiplein-training-tag-background-color, var(--_bg-subtle));
  }
  .root > * + * {
    margin-block-start: var(--_space);
  }
  .intro,
  .where {
    color: var(--_color-subtle);
  }
  .chapters {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .chapters li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .chapters .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    color: var(--_color-subtle);
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    background: var(--_tag-bg);
    color: var(--_color);
    font-size: 0.9em;
  }
  .tag[data-status='done'] {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .body p {
    max-inline-size: 65ch;
  }
  .sources {
    font-size: 0.9em;
    color: var(--_color-subtle);
  }
  .sources ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .sources a {
    overflow-wrap: anywhere;
    /* WCAG 2.2 target size: links in a list need 24 px */
    display: inline-block;
    min-block-size: 24px;
    padding-block: 2px;
  }
  .panel {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  .field textarea {
    min-block-size: 5em;
    inline-size: 100%;
  }
  fieldset {
    margin: 0 0 var(--_space);
    min-inline-size: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
    font-weight: normal;
  }
  .feedback {
    margin-block-start: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }
  .step {
    padding: var(--_space);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .step > * + * {
    margin-block-start: 0.5em;
  }
  .confirm {
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .ok {
    font-weight: 600;
  }
  .followup form {
    margin-block-start: 0.5em;
  }
  .print-summary {
    display: none;
  }
  .print-summary p {
    white-space: pre-line; /* an answer typed as a list keeps its lines */
  }
  @media print {
    .screen {
      display: none;
    }
    .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .ok {
    font-weight: 600;
  }
  .followup form {
    margin-block-start: 0.5em;
  }
  .print-summary {
      display: block;
    }
  }
`;
