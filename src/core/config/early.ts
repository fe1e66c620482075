/**
 * The config fetch a script-tag entry starts in its first lines, before any of its chunks has
 * arrived (issue 17: no waterfall). Without it the config is asked for only after every chunk
 * has loaded and run, one more round trip (over half a second on a slow phone connection).
 *
 * Every entry carries its own copy of this module (rollup.config.mjs, `entryCopies`), so the
 * fetches are handed to the config loader (`./loader.ts`) through one global map, not a module
 * variable. The loader takes each URL's early fetch once, and marks every URL it fetches
 * itself, so that no later early fetch of it starts (it would never be used).
 */

/** How every config is fetched: no cookies, no referrer, so the fetch does not identify the visitor. */
export const CONFIG_REQUEST: RequestInit = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  headers: { accept: 'application/json' },
};

/** Time allowed for one attempt at fetching a config. */
export const CONFIG_TIMEOUT_MS = 10_000;

/**
 * A config's answer with its body read: the loader takes an early fetch's without another read
 * of a body (reading a made-up Response's body again took some tasks, on a slow phone 50 to
 * 80 ms, in which the skeleton rendered for a config that was there already).
 */
export interface ConfigAnswer {
  status: number;
  ok: boolean;
  /** The body when `ok`, else empty. */
  text: string;
}

/** Reads a config's answer, within its fetch's time limit (a body cut off fails like the fetch). */
export const readAnswer = async (r: Response): Promise<ConfigAnswer> => ({ status: r.status, ok: r.ok, text: r.ok ? await r.text() : '' });

const EARLY = Symbol.for('digiplein.early-config-fetches');
/** A waiting early fetch, or `taken`: the loader has (or had) this URL itself. */
type Early = Promise<ConfigAnswer> | 'taken';

function earlyFetches(): Map<string, Early> {
  const holder = globalThis as { [EARLY]?: Map<string, Early> };
  return (holder[EARLY] ??= new Map());
}

/**
 * Starts fetching the config at `url` (relative to the page), unless it is already being
 * fetched. Never throws: a URL that cannot be fetched is for the widget to report.
 */
export function fetchConfigEarly(url: string): void {
  try {
    const key = new URL(url, document.baseURI).href;
    const fetches = earlyFetches();
    if (fetches.has(key)) return;
    // the body is read at once: the loader may take it much later (a chat's launcher reads its
    // config when it opens), and a timeout must not cut off a body that was fetched in time
    const response = fetch(key, { ...CONFIG_REQUEST, signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) }).then(readAnswer);
    response.catch(() => undefined); // the loader reports a failure, when it takes this fetch
    fetches.set(key, response);
  } catch {
    /* a URL that does not parse: the widget explains it when it loads its config */
  }
}

/** The waiting early fetch of an absolute config URL, if any; the URL counts as taken from now on. */
export function takeEarlyFetch(key: string): Promise<ConfigAnswer> | undefined {
  const fetches = earlyFetches();
  const early = fetches.get(key);
  fetches.set(key, 'taken');
  return early === 'taken' ? undefined : early;
}
