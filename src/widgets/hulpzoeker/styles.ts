import { css } from 'lit';

/** Styles of `<digiplein-hulpzoeker>`: only the private `--_…` variables of the shared tokens, logical properties, em units. */
export const hulpzoekerStyles = css`
  .hulpzoeker {
    display: grid;
    gap: var(--_space);
  }
  .safety {
    margin-block-end: var(--_space);
  }
  .modes,
  .nav,
  .actions,
  .chips,
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .question,
  .search {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .progress {
    margin: 0;
    color: var(--_color-subtle);
    font-size: 0.9375em;
  }
  fieldset {
    display: grid;
    gap: 0.5em;
  }
  fieldset:focus {
    outline: none;
  }
  fieldset:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  legend {
    font-size: 1.125em;
    margin-block-end: 0.5em;
    padding: 0;
  }
  .choice {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: var(--_target-size);
    padding-inline: 0.6em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-weight: normal;
    cursor: pointer;
  }
  /* the radio keeps its size when its label wraps to two lines */
  .choice input {
    flex: none;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field input,
  .field select,
  .search input {
    inline-size: 100%;
    max-inline-size: 24em;
  }
  .inline input {
    inline-size: 8em;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  #place-message:empty {
    display: none;
  }
  .results h3:focus {
    outline: none;
  }
  .results h3:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
  }
  .count {
    font-weight: 600;
  }
  .chip {
    font: inherit;
    min-block-size: var(--_target-size);
    padding-inline: 0.9em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .chips {
    margin-block-end: 0.75em;
  }
  .chips-label {
    font-weight: 600;
  }
  .offers {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .offer article {
    padding: var(--_space);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .offer h4 {
    font-size: 1.125em;
    margin-block: 0 0.25em;
  }
  .organisation {
    color: var(--_color-subtle);
    margin-block-end: 0.5em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .tag {
    display: inline-block;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent-subtle);
    font-size: 0.875em;
  }
  .tag.example {
    background: var(--_bg-subtle);
    border: 1px dashed var(--_border-color);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .signup {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border-color);
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
