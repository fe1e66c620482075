import i18next from 'i18next';
import type { BackendModule, ReadCallback, i18n as I18n } from 'i18next';
import type { Text } from '../config/schema/index.js';

/** Makes a translation of another language's resource: same keys, any strings. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** Resources of one namespace in one language: the strings, or how to load them. */
export type Resources = object | (() => Promise<object>);

let instance: I18n | undefined;
/** Loaders of the languages that load on demand, by `lang|ns`. */
const loaders = new Map<string, () => Promise<object>>();
const key = (lang: string, ns: string) => `${lang}|${ns}`;

/** i18next's resource loading, over the loaders the widgets registered (dynamic imports). */
const onDemand: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders.get(key(language, namespace));
    if (!load) return callback(null, false);
    load().then(
      (resources) => callback(null, resources as Parameters<ReadCallback>[1]),
      (e: unknown) => callback(e as Error, false),
    );
  },
};

/**
 * The library's own i18next instance: never the global one, so a host page that uses
 * i18next itself is not disturbed. Dutch (the fallback) is bundled, so it initialises
 * synchronously; other languages load when an element first needs them ({@link loadTranslations}).
 */
export function getI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance().use(onDemand);
    void instance.init({
      resources: {},
      lng: 'nl',
      fallbackLng: 'nl',
      defaultNS: 'core',
      initAsync: false,
      interpolation: { escapeValue: false }, // Lit escapes everything it renders
      returnNull: false,
    });
  }
  return instance;
}

/**
 * Registers a namespace's resources per language (each widget module registers its own): the
 * strings themselves (Dutch, the fallback), or a function that loads them (the other languages).
 */
export function addTranslations(ns: string, byLanguage: Record<string, Resources>): void {
  const i18n = getI18n();
  for (const [lang, resources] of Object.entries(byLanguage)) {
    if (typeof resources === 'function') {
      if (!i18n.hasResourceBundle(lang, ns)) loaders.set(key(lang, ns), resources as () => Promise<object>);
    } else if (!i18n.hasResourceBundle(lang, ns)) {
      i18n.addResourceBundle(lang, ns, resources, true, true);
    }
  }
}

/** The languages `lang` reads strings from: itself, then its base language (`en-GB` → `en`). */
const chain = (lang: string) => [...new Set([lang, lang.split('-')[0]!])];

/** Loads under way or done, by `lang|ns` (a failed one is not tried again: Dutch stays). */
const loads = new Map<string, Promise<void> & { settled: boolean }>();

/**
 * Loads the strings of `namespaces` in `lang` that load on demand and are not there yet, through
 * i18next's backend; undefined when there is nothing to load. If they fail to load, the
 * Dutch fallback stays for that page view.
 */
export function loadTranslations(lang: string, namespaces: readonly string[]): Promise<void> | undefined {
  const i18n = getI18n();
  const connector = i18n.services.backendConnector as { load(languages: string[], namespaces: string[], callback: () => void): void };
  const waits: Promise<void>[] = [];
  for (const l of chain(lang)) {
    for (const ns of namespaces) {
      const k = key(l, ns);
      if (!loaders.has(k) || i18n.hasResourceBundle(l, ns)) continue;
      let load = loads.get(k);
      if (load?.settled) continue;
      if (!load) {
        load = Object.assign(new Promise<void>((resolve) => connector.load([l], [ns], () => resolve())), { settled: false });
        void load.then(() => (load!.settled = true));
        loads.set(k, load);
      }
      waits.push(load);
    }
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

/** Picks the text for a language from config text: the language, then Dutch, English, any. */
export function localize(value: Text | undefined, lang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const base = lang.split('-')[0]!;
  return value[lang] ?? value[base] ?? value.nl ?? value.en ?? Object.values(value)[0] ?? '';
}

/**
 * The language of the text `localize` gives, when that is not `lang` (a Dutch-only offer name on
 * an English page): for its element's `lang`, so a screen reader reads it as Dutch. A plain
 * string in a config is Dutch.
 */
export function fallbackLang(value: Text | undefined, lang: string): string | undefined {
  if (value === undefined || lang.split('-')[0] === 'nl') return undefined;
  if (typeof value === 'string') return 'nl';
  const base = lang.split('-')[0]!;
  if (value[lang] !== undefined || value[base] !== undefined) return undefined;
  return value.nl !== undefined ? 'nl' : value.en !== undefined ? 'en' : Object.keys(value)[0];
}

export { languageOf } from './lang.js';
