import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { configContext } from './context.js';
import { ConfigLoadError, absoluteUrl, loadConfigJson, parseConfigText, rememberConfig, rememberedConfig } from './loader.js';
import { processConfig, unavailable } from './process.js';
import type { ConfigState } from './state.js';
import { yieldToMain } from '../lazy/yield.js';

/** What a config-reading element exposes (see DigipleinElement). */
export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  /** The config as an object (`.config` property). Wins over every other source. */
  config?: unknown;
  /** The config URL (`config` attribute). */
  configSrc?: string;
  /** Keep the last good config for the next visit (`remember-config` attribute). */
  rememberConfig?: boolean;
}

/** A config URL's load, step by step (see `ConfigController.beforeFirstRender`). */
interface UrlLoad {
  /** True once its JSON is in, or failed to come. */
  arrived: Promise<true>;
  /**
   * Once it was checked: true when its state follows at once, false when it waits for the texts
   * that explain its problems (a chunk of their own, maybe a round trip away).
   */
  checked: Promise<boolean>;
  state: Promise<ConfigState>;
}

// One validated state per source, so a page with five widgets fetches, validates and reports once.
const byUrl = new Map<string, UrlLoad>();
// (a state still being explained is a promise: see processConfig)
const byObject = new WeakMap<object, ConfigState | Promise<ConfigState>>();
const byText = new Map<string, ConfigState | Promise<ConfigState>>();

function loadForUrl(url: string, remember: boolean): UrlLoad {
  // One validated state per URL and remember setting; the loader still fetches each URL once.
  const cacheKey = `${remember ? 'remember' : 'plain'}|${absoluteUrl(url)}`;
  const key = absoluteUrl(url);
  let load = byUrl.get(cacheKey);
  if (!load) {
    let checked!: (atOnce: boolean) => void;
    const data = loadConfigJson(key);
    const state = data.then(
      async (data) => {
        // the skeleton paints first; validation and the first real render are tasks of their own
        await yieldToMain();
        let processed: ConfigState | Promise<ConfigState> | undefined;
        try {
          processed = processConfig(data, key);
        } finally {
          checked(processed !== undefined && !(processed instanceof Promise));
        }
        const state = await processed;
        if (remember && state.status === 'ready') rememberConfig(key, data);
        await yieldToMain();
        return state;
      },
      (error: unknown) => {
        byUrl.delete(cacheKey); // a later "try again" fetches anew
        const kept = remember ? rememberedConfig(key) : undefined;
        const processed =
          kept !== undefined
            ? processConfig(kept, `${key} (bewaarde kopie / remembered copy)`)
            : unavailable(
                error instanceof ConfigLoadError
                  ? error.issue
                  : { path: '', message: { nl: String(error), en: String(error) }, fatal: true },
                key,
              );
        checked(!(processed instanceof Promise));
        return processed;
      },
    );
    const arrived = () => true as const;
    load = { arrived: data.then(arrived, arrived), checked: new Promise((resolve) => (checked = resolve)), state };
    byUrl.set(cacheKey, load);
  }
  return load;
}

let contextRoot: ContextRoot | undefined;
/**
 * With per-widget scripts, a widget may ask for its provider's config before the provider's
 * script has run. A ContextRoot keeps such requests and answers them once a provider appears,
 * instead of leaving the widget on "loading".
 */
function ensureContextRoot(): void {
  if (contextRoot) return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

/** Forgets validated configs (tests, and "try again"). */
export function clearConfigStates(): void {
  byUrl.clear();
  byText.clear();
}

/** How long a widget waits for its `<digiplein-provider>` before it shows the fallback. */
export const PROVIDER_WAIT_MS = 4000;

/**
 * Finds, loads, validates and merges the config of one element, from (in this order) its
 * `.config` property, an inline `<script type="application/json">` child, its `config`
 * attribute, or the nearest `<digiplein-provider>`.
 */
export class ConfigController implements ReactiveController {
  state: ConfigState = { status: 'pending' };
  private sourceKey: unknown;
  private fromContext?: ConfigState;
  private loadToken = 0;
  private providerTimer?: ReturnType<typeof setTimeout>;
  private providerSilent?: ConfigState;
  /** The URL load under way for this element, while its state is pending. */
  private urlLoad?: UrlLoad;

  /**
   * A provider that never answers (its script is not on the page, or the site defined an element
   * of that name itself) must not leave the parent with "loading" for ever: after a while the
   * calm national fallback shows, and the console says why.
   */
  private waitForProvider(): void {
    if (this.providerTimer || this.providerSilent) return;
    this.providerTimer = setTimeout(() => {
      this.providerTimer = undefined;
      if (this.fromContext || this.state.status !== 'pending' || this.sourceKey !== undefined) return;
      this.state = this.providerSilent = unavailable(
        {
          path: '',
          message: {
            nl: 'de <digiplein-provider> om deze widget gaf geen config: staat het script van de provider (digiplein-provider.js of digiplein.js) op de pagina?',
            en: "the <digiplein-provider> around this widget gave no config: is the provider's script (digiplein-provider.js or digiplein.js) on the page?",
          },
          fatal: true,
        },
        '<digiplein-provider>',
      );
      this.host.requestUpdate();
    }, PROVIDER_WAIT_MS);
  }

  constructor(
    private readonly host: ConfigHost,
    { consumeProvider = true } = {},
  ) {
    host.addController(this);
    if (consumeProvider) {
      ensureContextRoot();
      new ContextConsumer(host, {
        context: configContext,
        subscribe: true,
        callback: (value) => {
          this.fromContext = value;
          host.requestUpdate();
        },
      });
    }
  }

  hostConnected(): void {
    // a config URL starts loading at once, so that its JSON may be in by the first render (see
    // beforeFirstRender); every other source waits for the first update, when properties set
    // right after the element was added (or before it was defined) are there
    if (this.host.config === undefined && this.host.configSrc && this.inlineJson() === undefined) this.sync();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Before the element's first render: when its config URL's JSON is in already (the page's
   * script asked for it with the code, and being small it nearly always comes first), waits for
   * its validation, so that the first render is the widget itself, not a skeleton gone a moment
   * later (a render and a layout less before first content on a slow phone: issue 17). A config
   * still on its way, or with problems whose texts must load first, gets the skeleton at once;
   * other sources are read in the first update, as ever (a property set before the element was
   * defined is there only then).
   */
  async beforeFirstRender(): Promise<void> {
    const load = this.urlLoad;
    if (this.state.status !== 'pending' || !load) return;
    const inAlready = await Promise.race([load.arrived, yieldToMain().then(() => false)]);
    if (inAlready && (await load.checked)) await load.state;
  }

  /** Loads the config again (the fallback's "try again" button). */
  retry(): void {
    this.sourceKey = undefined;
    this.host.requestUpdate();
  }

  private inlineJson(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  /** Takes a state, or waits for one that is still being explained (a config with problems). */
  private adopt(state: ConfigState | Promise<ConfigState>): void {
    this.urlLoad = undefined;
    const token = ++this.loadToken;
    if (!(state instanceof Promise)) {
      this.state = state;
      return;
    }
    this.state = { status: 'pending' };
    void state.then((s) => {
      if (token !== this.loadToken) return; // the source changed meanwhile
      this.state = s;
      this.host.requestUpdate();
    });
  }

  private sync(): void {
    const { config, configSrc } = this.host;
    if (config !== undefined) {
      if (this.sourceKey === config) return;
      this.sourceKey = config;
      if (typeof config === 'object' && config !== null) {
        let state = byObject.get(config);
        if (!state) byObject.set(config, (state = processConfig(config, '.config')));
        this.adopt(state);
      } else {
        this.adopt(processConfig(config, '.config'));
      }
      return;
    }
    const inline = this.inlineJson();
    if (inline !== undefined) {
      if (this.sourceKey === `inline:${inline}`) return;
      this.sourceKey = `inline:${inline}`;
      let state = byText.get(inline);
      if (!state) {
        try {
          state = processConfig(parseConfigText(inline), '<script type="application/json">');
        } catch (e) {
          state = unavailable((e as ConfigLoadError).issue, '<script type="application/json">', 'invalid');
        }
        byText.set(inline, state);
      }
      this.adopt(state);
      return;
    }
    if (configSrc) {
      const key = `url:${absoluteUrl(configSrc)}`;
      if (this.sourceKey === key) return;
      this.sourceKey = key;
      this.state = { status: 'pending' };
      const token = ++this.loadToken;
      const load = (this.urlLoad = loadForUrl(configSrc, Boolean(this.host.rememberConfig)));
      void load.state.then((state) => {
        if (token !== this.loadToken) return; // the source changed meanwhile
        this.urlLoad = undefined;
        this.state = state;
        this.host.requestUpdate();
      });
      return;
    }
    this.urlLoad = undefined;
    this.loadToken++;
    this.sourceKey = undefined;
    if (this.fromContext) {
      this.state = this.fromContext;
    } else if (this.host.closest('digiplein-provider')) {
      // the provider has not answered yet (or, after the wait, the fallback stays until it does)
      this.state = this.providerSilent ?? { status: 'pending' };
      this.waitForProvider();
    } else {
      this.adopt(processConfig(undefined, `<${this.host.localName}> zonder config / without config`));
    }
  }
}
