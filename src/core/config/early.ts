/**
 * The config fetch a script-tag entry starts in its first lines, before any of its chunks has
 * arrived (issue 17: no waterfall). Without it the config is asked for only after every chunk
 * has loaded and run, one more round trip (over half a second on a slow phone connection).
 *
 * Every entry carries its own copy of this module (rollup.config.mjs, `entryCopies`), so the
 * fetches are handed to the config loader (`./loader.ts`) through one global map, not a module
 * variable. The loader takes each fetch once; a retry fetches anew.
 */

/** How every config is fetched: no cookies, no referrer, so the fetch does not identify the visitor. */
export const CONFIG_REQUEST: RequestInit = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  headers: { accept: 'application/json' },
};

/** Time allowed for one attempt at fetching a config. */
export const CONFIG_TIMEOUT_MS = 10_000;

const EARLY = Symbol.for('digiplein.early-config-fetches');

function earlyFetches(): Map<string, Promise<Response>> {
  const holder = globalThis as { [EARLY]?: Map<string, Promise<Response>> };
  return (holder[EARLY] ??= new Map());
}

/** Starts fetching the config at `url` (relative to the page) unless a fetch of it is already waiting. */
export function fetchConfigEarly(url: string): void {
  const key = new URL(url, document.baseURI).href;
  const fetches = earlyFetches();
  if (fetches.has(key)) return;
  const response = fetch(key, { ...CONFIG_REQUEST, signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) });
  response.catch(() => undefined); // the loader reports a failure, when it takes this fetch
  fetches.set(key, response);
}

/** The waiting early fetch of an absolute config URL, if any; taken once. */
export function takeEarlyFetch(key: string): Promise<Response> | undefined {
  const fetches = earlyFetches();
  const response = fetches.get(key);
  fetches.delete(key);
  return response;
}
