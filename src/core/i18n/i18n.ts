import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import type { Text } from '../config/schema/index.js';

/** Makes a translation of another language's resource: same keys, any strings. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

let instance: I18n | undefined;

/**
 * The library's own i18next instance: never the global one, so a host page that uses
 * i18next itself is not disturbed. Resources are bundled, so it initialises synchronously.
 */
export function getI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
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

/** Registers a namespace's resources per language (each widget module registers its own). */
export function addTranslations(ns: string, byLanguage: Record<string, object>): void {
  const i18n = getI18n();
  for (const [lang, resources] of Object.entries(byLanguage)) {
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, resources, true, true);
  }
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
