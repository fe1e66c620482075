import { css } from 'lit';

/** Styles of the chat panel (on top of the shared base styles). */
export const panelStyles = css`
  :host {
    display: block;
  }
  .root,
  .chat {
    block-size: 100%;
  }
  /*
   * Header, body, composer and foot each have a place; only the body (the log with the open
   * pane under it) takes the free space and scrolls, so nothing is drawn outside the panel.
   */
  .chat {
    display: flex;
    flex-direction: column;
    min-block-size: 20em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  .chat > * {
    flex: none;
  }
  :host([mode='launcher']) .chat {
    min-block-size: 0;
  }
  .body {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    display: flex;
    flex-direction: column;
  }
  :host(:not([mode='launcher'])) .body {
    max-block-size: 32em;
    min-block-size: 12em;
  }
  /* A very low viewport (400 % zoom, a phone on its side): the whole panel scrolls as one. */
  @media (max-height: 28em) {
    :host([mode='launcher']) .chat {
      overflow-y: auto;
    }
    :host([mode='launcher']) .body {
      flex: none;
      overflow: visible;
    }
  }
  .new-below {
    position: sticky;
    inset-block-end: 0.5em;
    align-self: center;
    margin-block: 0.5em;
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 0.25);
  }
  .head {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.5em;
    padding-inline: var(--_space) 0.5em;
    border-block-end: 1px solid var(--_border-color);
    background: var(--_accent-subtle);
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .title {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125em;
  }
  .head h2 {
    margin: 0;
    font-size: 1.125em;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .tools {
    display: flex;
    flex-wrap: nowrap;
    white-space: nowrap;
    align-items: center;
    gap: 0.25em;
    margin-inline-start: auto;
  }
  /* During a handoff the header stays one row on a phone: the log keeps the screen. */
  .handoff .head h2 {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .handoff .tools .button {
    padding-inline: 0.5em;
  }

  .badge {
    white-space: nowrap;
    padding-inline: 0.5em;
    border-radius: 1em;
    background: var(--_success);
    color: #fff;
    font-size: 0.875em;
    font-weight: 600;
  }
  .close {
    padding-inline: 0.6em;
    font-size: 1.25em;
    line-height: 1;
  }
  .banner {
    margin: 0;
    padding: 0.5em var(--_space);
    background: var(--_bg-subtle);
    border-block-end: 1px solid var(--_border-color);
  }
  .log {
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .msg {
    max-inline-size: 90%;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-radius: var(--_radius);
    /* long words, links and e-mail addresses wrap instead of widening the bubble */
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
  .msg a {
    overflow-wrap: anywhere;
  }
  .msg > :last-child,
  .msg .answer > :last-child {
    margin-block-end: 0;
  }
  .msg ul {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .bot {
    align-self: flex-start;
    background: var(--_bg-subtle);
  }
  .parent {
    align-self: flex-end;
    background: var(--_accent);
    color: var(--_on-accent);
    white-space: pre-wrap;
  }
  .parent.pending {
    opacity: 0.75;
  }
  .parent .hint {
    color: inherit;
  }
  .person {
    align-self: flex-start;
    background: var(--_accent-subtle);
    border-inline-start: 4px solid var(--_success);
    white-space: pre-wrap;
  }
  .who {
    font-weight: 600;
  }
  .notice {
    align-self: center;
    max-inline-size: 100%;
    text-align: center;
    color: var(--_color-subtle);
    font-style: italic;
  }
  .widget,
  .safety-msg {
    align-self: stretch;
    max-inline-size: 100%;
  }
  .suggestions {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .suggestions .button {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .links {
    margin-block-start: 0;
  }
  .links li p {
    margin: 0;
  }
  .links-label {
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  .pane {
    padding-block: 0.5em;
    padding-inline: var(--_space);
    border-block-start: 1px solid var(--_border-color);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .pane h3,
  .pane p {
    margin: 0;
  }
  .choices,
  .starters {
    flex-direction: row;
    flex-wrap: wrap;
  }
  .leave label {
    display: block;
  }
  .leave textarea,
  .leave input:not([type='checkbox']) {
    inline-size: 100%;
  }
  .pane.leave [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .leave fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: inherit;
  }
  .leave legend {
    font-weight: 600;
    padding: 0;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .check input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }
  .check label {
    font-weight: normal;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .typing {
    margin: 0;
    min-block-size: 1.5em;
    padding-inline: var(--_space);
    color: var(--_color-subtle);
    font-size: 0.9375em;
  }
  .composer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding-block: 0.5em;
    padding-inline: var(--_space);
    border-block-start: 1px solid var(--_border-color);
    background: var(--_bg);
  }
  .composer input {
    flex: 1 1 10em;
    min-inline-size: 0;
  }
  .composer .error {
    flex-basis: 100%;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.5em;
    padding-block: 0 0.5em;
    padding-inline: var(--_space);
  }
  .foot .hint {
    margin: 0;
    flex: 1 1 14em;
    font-size: 0.875em;
  }
  .vh {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .msg,
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
