import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { Conversation } from '../../core/config/schema/index.js';
import type { I18nController } from '../../core/i18n/controller.js';
import type { FlowWait } from './flow.js';
import { renderItem } from './items.js';
import type { ItemContext } from './items.js';
import type { ChatItem } from './transcript-store.js';

/** The chat panel's own markup around the handoff panes (templates only, no state). */
type T = (key: string, options?: Record<string, unknown>) => string;

export interface HeadView {
  title: string;
  /** A person has joined: the badge shows. */
  person: boolean;
  /** A handoff is under way (or asked for): it can be ended. */
  handoff: boolean;
  /** Nothing written yet: there is nothing to clear. */
  fresh: boolean;
  /** Launcher mode shows a close button. */
  launcher: boolean;
}

export function renderHead(t: T, view: HeadView, on: { end: () => void; clear: () => void; close: () => void }): TemplateResult {
  return html`<header class="head">
    <div class="title">
      <h2 id="chat-title">${view.title}</h2>
      ${view.person ? html`<span class="badge" part="person-badge">${t('handoff.person')}</span>` : nothing}
    </div>
    <div class="tools">
      ${
        view.handoff
          ? html`<button type="button" class="button secondary end" @click=${on.end}>${t('handoff.endShort')}<span class="vh"> ${t('handoff.endContext')}</span></button>`
          : nothing
      }
      ${view.fresh ? nothing : html`<button type="button" class="button link" @click=${on.clear}>${t('clearShort')}<span class="vh"> ${t('clearContext')}</span></button>`}
      ${
        view.launcher
          ? html`<button type="button" class="button secondary close" aria-label=${t('close')} @click=${on.close}>
            <span aria-hidden="true">×</span>
          </button>`
          : nothing
      }
    </div>
  </header>`;
}

/** Offline, and a lost connection to the person while it is restored. */
export function renderBanners(t: T, offline: boolean, reconnecting: boolean): TemplateResult {
  return html`${offline ? html`<p class="banner" role="status">${t('offline')}</p>` : nothing}
    ${reconnecting ? html`<p class="banner" role="status">${t('handoff.reconnecting')}</p>` : nothing}`;
}

/**
 * The message list; items keep their elements across renders (keyed by id). `after`: what
 * follows the messages without being one (the bot's search loading again, or its failure).
 */
export function renderLog(t: T, items: ChatItem[], context: ItemContext, after: unknown = nothing): TemplateResult {
  return html`<div class="log" part="log" role="log" aria-label=${t('log')} tabindex="0">
    ${repeat(
      items,
      (i) => i.id,
      (i) => renderItem(i, context),
    )}
    ${after}
  </div>`;
}

/** The guided conversations offered before the parent has written anything (`chat.starters`, or all). */
export function renderStarters(
  config: ResolvedConfig,
  i18n: I18nController,
  start: (conv: Conversation) => void,
): TemplateResult | typeof nothing {
  const starterIds = config.chat.starters;
  const starters = starterIds ? config.conversations.filter((c) => starterIds.includes(c.id)) : config.conversations;
  if (!starters.length) return nothing;
  return html`<div class="pane starters" role="group" aria-label=${i18n.t('starters')}>
    ${starters.map((c) => html`<button type="button" class="button secondary" @click=${() => start(c)}>${i18n.text(c.title)}</button>`)}
  </div>`;
}

/** The answers to a guided conversation's choice. */
export function renderChoices(
  i18n: I18nController,
  wait: Extract<FlowWait, { kind: 'choice' }>,
  choose: (index: number) => void,
): TemplateResult {
  return html`<div class="pane choices" role="group" aria-label=${i18n.text(wait.text)}>
    ${wait.choices.map((c, i) => html`<button type="button" class="button secondary" @click=${() => choose(i)}>${i18n.text(c.label)}</button>`)}
  </div>`;
}

/** The line that says the professional is typing (kept in place, hidden when not). */
export function renderTyping(t: T, typing: boolean, name: string | undefined): TemplateResult {
  return html`<p class="typing" aria-hidden=${typing ? 'false' : 'true'}>${typing ? t('handoff.typing', { name: name ?? t('professional') }) : ''}</p>`;
}

export interface ComposerView {
  label: string;
  /** The problem with what was typed, already translated; empty when none. */
  error: string;
}

export function renderComposer(
  t: T,
  view: ComposerView,
  on: { submit: (e: Event) => void; focus: () => void; input: () => void },
): TemplateResult {
  return html`<form class="composer" part="composer" @submit=${on.submit} novalidate>
    <label for="input" class="vh">${view.label}</label>
    <input
      id="input"
      type="text"
      autocomplete="off"
      enterkeyhint="send"
      maxlength="2000"
      aria-invalid=${view.error ? 'true' : 'false'}
      aria-describedby=${view.error ? 'input-error' : 'privacy'}
      @focus=${on.focus}
      @input=${on.input}
    />
    <button type="submit" class="button">${t('send')}</button>
    ${view.error ? html`<p id="input-error" class="error" role="alert">${view.error}</p>` : nothing}
  </form>`;
}

/** The privacy hint for the state the chat is in, and the way to ask for a person while nothing else is open. */
export function renderFoot(privacy: string, askPerson: (() => void) | undefined, askLabel: string): TemplateResult {
  return html`<div class="foot">
    <p id="privacy" class="hint">${privacy}</p>
    ${askPerson ? html`<button type="button" class="button link" @click=${askPerson}>${askLabel}</button>` : nothing}
  </div>`;
}
