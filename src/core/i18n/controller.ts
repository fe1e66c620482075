import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import type { Text } from '../config/schema/index.js';
import { addTranslations, fallbackLang, getI18n, languageOf, loadTranslations, localize } from './i18n.js';
import type { Resources } from './i18n.js';
import { nl as coreNl } from './locales/nl.js';

/** The shared strings: Dutch bundled (the fallback), English on demand. */
const coreTranslations = { nl: coreNl, en: () => import('./locales/en.js').then((m) => m.en) };

/**
 * Gives an element its language and translations, and re-renders it when the `lang` of the
 * element or any ancestor changes. Call `t()` inside `render()`, never in field initialisers.
 */
export class I18nController implements ReactiveController {
  lang = 'nl';
  private observer?: MutationObserver;

  /**
   * The one way to register translations: the element passes its namespace's resources here
   * (`{ nl, en }` from its `locales/`), and they are added when the first element is made, never
   * when a module is imported. The shared `core` strings come along with every controller.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ns: string,
    translations?: Record<string, Resources>,
  ) {
    addTranslations('core', coreTranslations);
    if (translations) addTranslations(ns, translations);
    host.addController(this);
  }

  hostConnected(): void {
    this.lang = languageOf(this.host);
    this.observer = new MutationObserver(() => {
      const next = languageOf(this.host);
      if (next !== this.lang) {
        this.lang = next;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    this.lang = languageOf(this.host);
    // strings of a language that loads on demand: render again when they are there (a
    // DigipleinElement waits for them before it renders: see `loadStrings`)
    void this.loadStrings()?.then(() => this.host.requestUpdate());
  }

  /**
   * Loads the strings of the element's current language if they load on demand and are not
   * there yet (the first render in English, a switch to English); undefined when all are there.
   */
  loadStrings(): Promise<void> | undefined {
    return loadTranslations(languageOf(this.host), ['core', this.ns]);
  }

  /** The translate function of the current language, made once per language (a long list calls `t` for every row). */
  private fixed?: { lang: string; t: ReturnType<ReturnType<typeof getI18n>['getFixedT']> };

  /** A string of this element's namespace (or `core:key` for a shared one). */
  t(key: string, options?: TOptions): string {
    if (this.fixed?.lang !== this.lang) this.fixed = { lang: this.lang, t: getI18n().getFixedT(this.lang, this.ns) };
    return this.fixed.t(key, options) as string;
  }

  /** Config text in the element's language. */
  text(value: Text | undefined): string {
    return localize(value, this.lang);
  }

  /** The `lang` for an element showing `text(value)` when it falls back to another language, else undefined. */
  textLang(value: Text | undefined): string | undefined {
    return fallbackLang(value, this.lang);
  }

  /** `ltr` or `rtl` for the current language. */
  get dir(): 'ltr' | 'rtl' {
    return getI18n().dir(this.lang) === 'rtl' ? 'rtl' : 'ltr';
  }

  /** The language i18next actually serves strings in (for the `lang` of rendered text). */
  get servedLang(): string {
    const i18n = getI18n();
    const base = this.lang.split('-')[0]!;
    return i18n.hasResourceBundle(this.lang, this.ns) ? this.lang : i18n.hasResourceBundle(base, this.ns) ? base : 'nl';
  }
}
