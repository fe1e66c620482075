import { css } from 'lit';

import { tokens } from './variables.js';

// The custom properties live in their own module, so the chat's launcher can take them alone.
export { tokens };

/**
 * Resets what a host page could leak in through inheritance, then sets the widget's own
 * typography. Sizes inside widgets are in em, so a site's odd root font size cannot distort them.
 */
export const hostReset = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_line-height);
    color: var(--_color);
    /* Blend into the page by default; surfaces inside (cards, panels) use --_bg. */
    background: var(--digiplein-host-background-color, transparent);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box everywhere: inherit would leave form controls (whose parents vary) at content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
`;

/** Shared building blocks: buttons, links, fields, focus, motion and forced-colors behaviour. */
export const controls = css`
  a {
    color: var(--_link-color);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_link-hover-color);
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin-block: 0 0.5em;
  }
  /* with heading-level a widget's sub-headings may sit at h5 or h6: not smaller than the text */
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin-block: 0 0.75em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* break words only when one cannot fit: an address wraps at its marked points, not mid-word */
    overflow-wrap: break-word;
    gap: 0.4em;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding-block: var(--_button-padding-block);
    padding-inline: var(--_button-padding-inline);
    border: 2px solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-bg);
    color: var(--_button-color);
    font: inherit;
    font-weight: var(--_button-weight);
    text-decoration: none;
    cursor: pointer;
  }
  .button:not(.secondary, .link, .danger):hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_button-hover-bg);
    color: var(--_button-hover-color);
  }
  .button.secondary {
    border-color: var(--_button-secondary-border);
    background: var(--_button-secondary-bg);
    color: var(--_button-secondary-color);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_link-color);
    text-decoration: underline;
    font-weight: normal;
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-danger);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_color);
    background: var(--_field-bg);
    border: var(--_field-border-width) solid var(--_field-border);
    border-radius: var(--_field-radius);
    min-block-size: var(--_target-size);
    padding-block: 0.4em;
    padding-inline: 0.6em;
    max-inline-size: 100%;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint {
    color: var(--_color-subtle);
    font-size: 0.9375em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Everything a widget's `static styles` starts with. */
export const baseStyles = [tokens, hostReset, controls];
