import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { fire } from '../../core/events/fire.js';
import '../../core/events/chat-open.js';
import { languageOf } from '../../core/i18n/lang.js';
import { tokens } from '../../core/theme/variables.js';
import { launcherEn, launcherNl } from './locales/launcher.js';
import { sessionStore } from './transcript-store.js';
import type { DigipleinChatPanel } from './panel.js';

type PanelModule = typeof import('./panel-define.js');
type InertModule = typeof import('../../core/ui/inert-outside.js');
let panelModule: Promise<PanelModule> | undefined;
/**
 * The panel's code, loaded once on first need (a separate chunk in the per-widget build). The
 * element and config modules it builds on are asked for in the same moment: otherwise the
 * browser learns that it needs their chunks only when the panel's has arrived, one more round
 * trip on a slow connection (issue 17).
 */
function loadPanel(): Promise<PanelModule> {
  panelModule ??= Promise.all([
    import('./panel-define.js'),
    import('../../core/element.js'),
    import('../../core/config/controller.js'),
  ]).then(
    ([panel]) => panel,
    (e: unknown) => {
      panelModule = undefined; // a later click tries again
      throw e;
    },
  );
  return panelModule;
}

/**
 * What keeps the page behind the launcher's open panel out of reach on a phone: loaded when the
 * launcher first opens, with the panel (not with the launcher, which must stay within 12 KB; a
 * chat in the page never needs it).
 */
let inertOutside: InertModule['inertOutside'] | undefined;
let inertModule: Promise<void> | undefined;
function loadInert(): Promise<void> {
  inertModule ??= import('../../core/ui/inert-outside.js').then(
    (m) => {
      inertOutside = m.inertOutside;
    },
    (e: unknown) => {
      inertModule = undefined;
      throw e;
    },
  );
  return inertModule;
}

/**
 * The DigiBegeleider: a chat that answers from the gemeente's own content and the national
 * pack, walks through guided conversations, puts safety first and hands over to a person.
 *
 * In `launcher` mode only a small button loads with the page; the chat itself loads on the
 * first click (or at once when a conversation with a person is still going on).
 *
 * @tagname digiplein-chat
 * @summary Chat that answers from vetted content and hands over to a professional.
 * @slot - An optional `<script type="application/json">` with the config.
 * @csspart launcher - The launcher button (launcher mode).
 * @csspart unread - The unread marker on the launcher.
 * @csspart panel - The chat panel container.
 * A page can keep the launcher from covering its end: `reserve-space` makes the element a
 * spacer as tall as the launcher where it stands (put it last in the page), `placement="start"`
 * moves launcher and panel to the other corner, and `hidden` hides it on a page. On a narrow
 * screen the launcher is an icon button, and the open panel covers the screen as a modal dialog
 * (the page beneath is inert).
 *
 * @cssprop --digiplein-chat-launcher-inset - Distance of the launcher from the window's corner (default 1em).
 * @cssprop --digiplein-chat-panel-inline-size - Width of the launcher's panel (default 24em).
 * @cssprop --digiplein-chat-panel-block-size - Maximum height of the launcher's panel (default 40em).
 * @cssprop --digiplein-chat-z-index - Stacking order of launcher and panel (default 2147483000).
 * @fires digiplein-chat-open - The parent opened the chat. Detail: `{ mode }`.
 * @fires digiplein-chat-handoff - A step of the handoff to a person. Detail: `{ stage, sharedHistory? }`.
 */
export class DigipleinChat extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        font-family: var(--_font-family);
        font-size: var(--_font-size);
        line-height: var(--_line-height);
        color: var(--_color);
        --_inset: var(--digiplein-chat-launcher-inset, 1em);
        --_z: var(--digiplein-chat-z-index, 2147483000);
      }
      :host([hidden]) {
        display: none !important;
      }
      :host([mode='launcher']) {
        display: contents;
      }
      /* the page opts in to room for the launcher at its end */
      :host([mode='launcher'][reserve-space]) {
        display: block;
        block-size: calc(3.5em + 2 * var(--_inset));
      }
      .launcher {
        position: fixed;
        inset-block-end: var(--_inset);
        inset-inline-end: var(--_inset);
        z-index: var(--_z);
        display: inline-flex;
        align-items: center;
        gap: 0.5em;
        min-block-size: 3.5em;
        padding-block: 0.5em;
        padding-inline: 1em 1.25em;
        border: 2px solid var(--_on-accent);
        border-radius: 2em;
        background: var(--_accent);
        color: var(--_on-accent);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
        box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
      }
      :host([placement='start']) .launcher,
      :host([placement='start']) .panel {
        inset-inline-end: auto;
        inset-inline-start: var(--_inset);
      }
      .launcher:focus-visible {
        outline: var(--_focus-width) solid var(--_focus-color);
        outline-offset: var(--_focus-offset);
      }
      .launcher svg {
        inline-size: 1.5em;
        block-size: 1.5em;
        fill: currentColor;
      }
      .unread {
        inline-size: 0.9em;
        block-size: 0.9em;
        border-radius: 50%;
        background: var(--_danger);
        border: 2px solid var(--_on-accent);
      }
      .panel {
        position: fixed;
        inset-block-end: calc(var(--_inset) + 4.5em);
        inset-inline-end: var(--_inset);
        z-index: var(--_z);
        inline-size: min(var(--digiplein-chat-panel-inline-size, 24em), calc(100vw - 2 * var(--_inset)));
        block-size: min(var(--digiplein-chat-panel-block-size, 40em), calc(var(--_vvh, 100dvh) - 6.5em));
        box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .panel[hidden] {
        display: none;
      }
      .panel > digiplein-chat-panel {
        block-size: 100%;
      }
      /*
       * Phones (and 320 px), and short screens (200 % zoom of 1280×900, a phone on its side): the
       * panel takes the visible part of the screen, above the keyboard. Beside the launcher, at
       * 450 px high, the conversation kept about 130 px between the header and the input.
       */
      @media (max-width: 30em), (max-height: 32em) {
        .panel {
          inset: 0;
          inset-block-start: var(--_vvtop, 0);
          inline-size: 100%;
          block-size: var(--_vvh, 100dvh);
          border-radius: 0;
        }
        :host([open]) .launcher {
          display: none;
        }
      }
      /* an icon button on a phone or a short screen (200 % zoom): it covers less of the page */
      @media (max-width: 30em), (max-height: 32em) {
        .launcher {
          padding: 0;
          inline-size: 3.5em;
          justify-content: center;
        }
        /* the hidden name (.vh) still says what it does: "Stel uw vraag aan de DigiBegeleider" */
        .launcher .label {
          display: none;
        }
      }
      .status {
        padding: var(--_space);
      }
      .vh {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      @media (prefers-reduced-motion: no-preference) {
        .panel {
          animation: rise 0.15s ease-out;
        }
        @keyframes rise {
          from {
            transform: translateY(0.5em);
          }
        }
      }
      @media (forced-colors: active) {
        .launcher,
        .unread {
          border-color: ButtonText;
        }
      }
    `,
  ];

  // Declared in `properties` below, not with decorators: the launcher is the one element a page
  // loads without the shared core chunk, and Lit's decorators (with their helper) would add
  // about 0.7 KB gzip to its 12 KB budget (issue 17).
  static override properties = {
    mode: { reflect: true },
    open: { type: Boolean, reflect: true },
    config: { attribute: false },
    configSrc: { attribute: 'config' },
    debug: { type: Boolean, reflect: true },
    rememberConfig: { type: Boolean, attribute: 'remember-config' },
    placement: { reflect: true },
    reserveSpace: { type: Boolean, reflect: true, attribute: 'reserve-space' },
    loaded: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
    unread: { state: true, attribute: false },
    modal: { state: true, attribute: false },
  };

  /** `inline`: the chat in the page. `launcher`: a button in the corner that opens the chat. */
  mode: 'inline' | 'launcher' = 'inline';

  /** Whether the launcher's panel is open. */
  open = false;

  /** The config as an object. */
  config?: unknown;

  /** URL of the config JSON. */
  configSrc?: string;

  /** Shows config problems inside the chat. */
  debug = false;

  /** Keeps the last good config for the next visit. */
  rememberConfig = false;

  /** The corner of the launcher and its panel: `end` (default, bottom right in a left-to-right page) or `start`. */
  placement: 'start' | 'end' = 'end';

  /** Makes the element a spacer as tall as the launcher, so the end of the page can be scrolled clear of it. */
  reserveSpace = false;

  private loaded = false;
  private loadFailed = false;
  private unread = false;
  // (the render root exists from the first connection; before that there is nothing to find)
  private get launcherButton(): HTMLButtonElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('.launcher') ?? null;
  }
  private get panel(): DigipleinChatPanel | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('digiplein-chat-panel') ?? null;
  }

  private readonly onViewport = () => this.fitViewport();
  /** Where the open panel covers the whole screen (the same media query as the CSS above). */
  private readonly phone = typeof matchMedia === 'function' ? matchMedia('(max-width: 30em), (max-height: 32em)') : undefined;
  private readonly onPhoneChange = () => this.syncModal();
  private undoInert?: () => void;
  private modal = false;
  /** The launcher's own label follows a change of `lang` in the page (the panel has i18n for that). */
  private langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = sessionStore.get();
    this.unread = Boolean(saved?.unread);
    if (this.mode !== 'launcher') {
      // the chat in the page needs its config at once. The script-tag entries ask for it before
      // any of this loads (digiplein.js also for a chat added later); else it is asked for as
      // soon as the config's code is there, with the panel's (the fetch, in the base chunk, would
      // not fit the launcher's 12 KB)
      const url = this.getAttribute('config');
      if (url)
        void import('../../core/config/early.js').then(
          (m) => m.fetchConfigEarly(url),
          () => undefined,
        );
      void this.load();
    } else if (saved?.open) this.show(false);
    else if (saved?.handoff) void this.load(); // keep listening for the professional's replies
    window.visualViewport?.addEventListener('resize', this.onViewport);
    window.visualViewport?.addEventListener('scroll', this.onViewport);
    this.phone?.addEventListener('change', this.onPhoneChange);
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.visualViewport?.removeEventListener('resize', this.onViewport);
    window.visualViewport?.removeEventListener('scroll', this.onViewport);
    this.langObserver?.disconnect();
    this.phone?.removeEventListener('change', this.onPhoneChange);
    this.undoInert?.();
    this.undoInert = undefined;
  }

  /** On a phone the open panel is modal: the page beneath is inert until it closes. */
  private syncModal(): void {
    const modal = this.mode === 'launcher' && this.open && Boolean(this.phone?.matches);
    this.modal = modal;
    if (modal && !this.undoInert) {
      if (inertOutside) this.undoInert = inertOutside(this);
      else
        void loadInert().then(
          () => this.syncModal(),
          () => undefined,
        );
    }
    if (!modal && this.undoInert) {
      this.undoInert();
      this.undoInert = undefined;
    }
  }

  private strings() {
    return languageOf(this).startsWith('en') ? launcherEn : launcherNl;
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    try {
      await loadPanel();
      this.loadFailed = false;
      this.loaded = true;
    } catch {
      this.loadFailed = true;
    }
  }

  /** Opens the launcher's panel and moves focus into it. */
  async show(byUser = true): Promise<void> {
    if (this.mode !== 'launcher') return;
    this.open = true;
    if (byUser) fire(this, 'digiplein-chat-open', { mode: 'launcher' });
    // (on a phone the page goes inert as soon as its code is there, asked for with the panel's)
    await Promise.all([this.load(), loadInert().catch(() => undefined)]);
    await this.updateComplete;
    const panel = this.panel;
    if (!panel) return;
    await panel.updateComplete;
    if (byUser) panel.focusInput();
  }

  /** Closes the launcher's panel; focus returns to the launcher. */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    void this.updateComplete.then(() => this.launcherButton?.focus());
  }

  private toggle = () => (this.open ? this.hide() : void this.show());

  /** Escape on the launcher closes the open panel too (inside the panel, the panel handles it). */
  private onLauncherKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.hide();
    }
  };

  private fitViewport(): void {
    const vv = window.visualViewport;
    if (!vv || !this.open) return;
    this.style.setProperty('--_vvh', `${vv.height}px`);
    this.style.setProperty('--_vvtop', `${vv.offsetTop}px`);
  }

  protected override updated(changed: PropertyValues): void {
    const panel = this.panel;
    if (panel) {
      // The panel reads an inline config from its own children: give it a copy of ours.
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script && !panel.querySelector(':scope > script')) panel.append(script.cloneNode(true));
    }
    if (changed.has('open')) {
      this.fitViewport();
      this.syncModal();
    }
  }

  private onPanelClose = () => this.hide();
  private onUnread = (e: Event) => {
    this.unread = (e as CustomEvent<boolean>).detail;
  };

  private renderPanel() {
    if (this.loadFailed) {
      return html`<p class="status" role="alert">${this.strings().loadFailed}
        <button type="button" @click=${() => void this.load()}>${this.strings().label}</button></p>`;
    }
    if (!this.loaded) return html`<p class="status" role="status">${this.strings().loading}</p>`;
    const active = this.mode !== 'launcher' || this.open;
    return html`<digiplein-chat-panel
      .config=${this.config}
      .configSrc=${this.configSrc}
      .debug=${this.debug}
      .rememberConfig=${this.rememberConfig}
      .mode=${this.mode}
      .active=${active}
      @chat-close=${this.onPanelClose}
      @chat-unread=${this.onUnread}
    ></digiplein-chat-panel>`;
  }

  protected override render() {
    if (this.mode !== 'launcher') return html`<div part="panel">${this.renderPanel()}</div>`;
    const s = this.strings();
    return html`<button
        type="button"
        class="launcher"
        part="launcher"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
        @keydown=${this.onLauncherKey}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" /></svg>
        <span class="label">${s.label}</span><span class="vh"> ${s.open}</span>
        ${this.unread ? html`<span class="unread" part="unread"></span><span class="vh"> (${s.unread})</span>` : nothing}
      </button>
      <div id="panel" class="panel" part="panel" role="dialog" aria-modal=${this.modal ? 'true' : 'false'} aria-label=${s.open} ?hidden=${!this.open}>
        ${this.open || this.loaded ? this.renderPanel() : nothing}
      </div>`;
  }
}
