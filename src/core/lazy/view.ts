import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { I18nController } from '../i18n/controller.js';
import { lazyContent } from './content.js';

/** Where the parent may be about to need a lazy view: the first touch, key, focus or click in the widget. */
// (a click too: assistive technology and scripts may click without a pointer or focus first)
const INTERACTIONS = ['pointerdown', 'keydown', 'focusin', 'click'] as const;

/**
 * A part of a widget that its first screen does not need (the sign-up's steps after a time is
 * chosen, the stap-tracker's share view, the training's follow-up): its code is a chunk of its
 * own, imported when the view is about to show. One way for every widget:
 *
 * - `prefetch: 'interaction'` starts the import on the parent's first touch, key or focus in the
 *   widget, so the view is usually there before it is asked for;
 * - `render()` shows the view, or while it loads a calm line, or when it could not load a clear
 *   message with a button that tries again (the widget keeps everything the parent did).
 */
export class LazyView<M> implements ReactiveController {
  private loading?: Promise<M | undefined>;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly code: LazyModule<M>,
    private readonly options: { prefetch?: 'interaction' } = {},
  ) {
    host.addController(this);
  }

  private readonly onInteraction = () => {
    this.removeListeners();
    void this.load();
  };

  private removeListeners(): void {
    for (const type of INTERACTIONS) this.host.removeEventListener(type, this.onInteraction);
  }

  hostConnected(): void {
    if (this.options.prefetch === 'interaction' && !this.code.module) {
      for (const type of INTERACTIONS) this.host.addEventListener(type, this.onInteraction);
    }
  }

  hostDisconnected(): void {
    this.removeListeners();
  }

  /** The view's module once it has loaded. */
  get ready(): M | undefined {
    return this.code.module;
  }

  /** Starts the import (once; again after a failure); resolves with the module, or undefined when it failed. */
  load(): Promise<M | undefined> {
    if (this.code.module) return Promise.resolve(this.code.module);
    if (this.loading) return this.loading;
    if (this.failed) this.host.requestUpdate(); // from the failure back to the loading line
    this.loading = this.code.load().then(
      (module) => {
        this.failed = false;
        this.removeListeners();
        this.host.requestUpdate();
        return module;
      },
      (e: unknown) => {
        console.error('DigiPlein: een onderdeel kon niet laden / a part could not load', e);
        this.loading = undefined; // "try again" imports anew
        this.failed = true;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }

  /**
   * The view (`view` with the loaded module), its loading line, or its failure with a retry and
   * `otherWay` under it (another way to get what the view was for: the organisation's phone
   * number where the chat could not reach a person).
   */
  render(i18n: I18nController, view: (module: M) => unknown, { otherWay }: { otherWay?: unknown } = {}): unknown {
    if (this.code.module) return view(this.code.module);
    if (this.failed && !this.loading) return renderLazyFailure(i18n, () => void this.load(), otherWay);
    void this.load();
    return html`<p class="loading lazy-loading" role="status">${i18n.t('core:view.loading')}</p>`;
  }
}

/** A module that loads on demand, once for the page (every element shares it). */
export interface LazyModule<M> {
  /** The module, once it has loaded. */
  readonly module: M | undefined;
  /** Imports it (once; again after a failure). */
  load(): Promise<M>;
}

/**
 * Wraps a dynamic import for {@link LazyView}: `lazyModule(() => import('./later.js'))` at module
 * level. Built on the one lazy loader (`lazyContent`), imported again after a failure.
 */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  const content = lazyContent(importer, (m) => (module = m), { retry: true });
  return {
    get module() {
      return module;
    },
    load: () => content.load().then(() => module!),
  };
}

/**
 * A part of a widget could not load: say so plainly, with a button that tries again; `otherWay`,
 * when given, under it and outside the alert (a screen reader announces the failure, not every
 * phone number and address with it).
 */
export function renderLazyFailure(i18n: I18nController, retry: () => void, otherWay: unknown = nothing): TemplateResult {
  return html`<div class="lazy-failed" role="alert">
      <p>${i18n.t('core:view.failed')}</p>
      <button type="button" class="button secondary" @click=${retry}>${i18n.t('core:view.retry')}</button>
    </div>
    ${otherWay}`;
}
