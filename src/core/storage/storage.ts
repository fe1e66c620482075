/**
 * The one way widgets keep data in the browser. Privacy by default: nothing is written until
 * a widget calls `set` after the parent acted; every key is namespaced `digiplein:<ns>:<key>`,
 * so "wis mijn gegevens" can find and remove all of it, and nothing else on the site.
 */
export type StorageArea = 'session' | 'local';

const PREFIX = 'digiplein:';
/** Fired on window after all DigiPlein data was cleared, so every widget resets itself. */
export const DATA_CLEARED = 'digiplein-data-cleared';

function area(which: StorageArea): Storage | undefined {
  try {
    return which === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined; // blocked by the browser's privacy settings
  }
}

export interface Store<T> {
  get(): T | undefined;
  set(value: T): void;
  remove(): void;
}

/** A typed store for one key of one widget. `parse` guards against data from an older version. */
export function createStore<T>(
  ns: string,
  key: string,
  which: StorageArea,
  parse: (raw: unknown) => T | undefined = (raw) => raw as T,
): Store<T> {
  const fullKey = `${PREFIX}${ns}:${key}`;
  return {
    get() {
      const raw = area(which)?.getItem(fullKey);
      if (raw == null) return undefined;
      try {
        return parse(JSON.parse(raw));
      } catch {
        return undefined;
      }
    },
    set(value) {
      try {
        area(which)?.setItem(fullKey, JSON.stringify(value));
        written.add(`${which}|${fullKey}`);
        if (watching) listenToOtherTabs();
      } catch {
        /* full or blocked: the widget keeps working from memory */
      }
    },
    remove() {
      area(which)?.removeItem(fullKey);
      written.delete(`${which}|${fullKey}`);
    },
  };
}

/**
 * "Wis mijn gegevens": removes every DigiPlein key from session and local storage (the widgets
 * keep nothing anywhere else), then tells the widgets to reset.
 */
export function clearAllData(): void {
  for (const which of ['session', 'local'] as const) {
    const storage = area(which);
    if (!storage) continue;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    keys.forEach((k) => storage.removeItem(k));
  }
  written.clear();
  // Bubbles from document to window: the site can listen on either, the widgets listen on window.
  document.dispatchEvent(new CustomEvent(DATA_CLEARED, { detail: {}, bubbles: true }));
}

/** The keys this page stored (`area|key`): if one disappears, the parent wiped their data elsewhere. */
const written = new Set<string>();
let watching = false;
let listening = false;

/** Whether something this page stored has been removed by another page or tab (quick exit, "wis"). */
function wipedElsewhere(): boolean {
  for (const entry of written) {
    const [which, key] = entry.split('|') as [StorageArea, string];
    if (area(which)?.getItem(key) == null) return true;
  }
  return false;
}

/**
 * Resets every widget on this page when the parent wiped their data on another page: a page
 * brought back from the back/forward cache (Back after "Snel weg") and another open tab would
 * otherwise still show the name, e-mail or note typed there. Started by the widgets' listener.
 */
export function watchForWipes(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  // a clear by another copy of this module (the all-in-one script's `clearAllData`) empties this
  // list too, or keys it removed would later read as wiped elsewhere
  document.addEventListener(DATA_CLEARED, () => written.clear());
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) checkForWipes();
  });
  if (written.size) listenToOtherTabs();
}

function checkForWipes(): void {
  if (!wipedElsewhere()) return;
  written.clear();
  document.dispatchEvent(new CustomEvent(DATA_CLEARED, { detail: {}, bubbles: true }));
}

/**
 * Another tab's wipe shows in the storage event, listened for from this page's first write: a
 * wipe elsewhere can only concern what this page stored, and setting the listener up made the
 * browser load the site's storage on the way to a widget's first content (20 ms on a slow phone).
 */
function listenToOtherTabs(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key.startsWith(PREFIX)) checkForWipes();
  });
}

/** Every DigiPlein key currently stored (for tests and the privacy page). */
export function storedKeys(): string[] {
  const out: string[] = [];
  for (const which of ['session', 'local'] as const) {
    const storage = area(which);
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX)) out.push(k);
    }
  }
  return out;
}
