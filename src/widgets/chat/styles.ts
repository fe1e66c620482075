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
  .chat {
    display: flex;
    flex-direction: column;
    min-block-size: 20em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  :host([mode='launcher']) .chat {
    min-block-size: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.5em;
    padding-inline: var(--_space) 0.5em;
    border-block-end: 1px solid var(--_border-color);
    background: var(--_accent-subtle);
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .head h2 {
    margin: 0;
    font-size: 1.125em;
    flex: 1 1 auto;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .badge {
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
    flex: 1 1 auto;
    min-block-size: 8em;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  :host(:not([mode='launcher'])) .log {
    max-block-size: 32em;
  }
  .msg {
    max-inline-size: 90%;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-radius: var(--_radius);
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
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
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
    position: sticky;
    inset-block-end: 0;
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
