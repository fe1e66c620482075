import { css } from 'lit';
import { baseStyles } from '../core/theme/tokens.js';
import { safetyFlagStyles } from './safety-flag.js';

/** The desk's shared styles: the widgets' tokens and controls plus a few layout rules. */
export const deskStyles = [
  ...baseStyles,
  safetyFlagStyles,
  css`
    .field {
      display: grid;
      gap: 0.25em;
      margin-block-end: 1em;
    }
    .error {
      color: var(--_danger);
      background: var(--_danger-bg);
      border-inline-start: 4px solid var(--_danger);
      padding: 0.5em 0.75em;
      margin-block: 0 1em;
    }
    .status {
      color: var(--_color-subtle);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin: 0 0 1em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
];
