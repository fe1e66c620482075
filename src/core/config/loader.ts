import { CONFIG_REQUEST, CONFIG_TIMEOUT_MS, readAnswer, takeEarlyFetch } from './early.js';
import type { ConfigAnswer } from './early.js';
import type { ConfigIssue } from './issues.js';

/** Why a config could not be loaded, explained like a config issue (path ''). */
export class ConfigLoadError extends Error {
  constructor(
    readonly issue: ConfigIssue,
    readonly retryable: boolean,
  ) {
    super(issue.message.en);
  }
}

export interface LoaderOptions {
  /** Pause before each retry; the number of entries is the number of retries. */
  retryDelaysMs: number[];
  /** Time allowed for one attempt. */
  timeoutMs: number;
}

const defaults: LoaderOptions = { retryDelaysMs: [500, 1500], timeoutMs: CONFIG_TIMEOUT_MS };
let options: LoaderOptions = { ...defaults };

/** For tests and unusual sites: change the retry schedule. */
export function setLoaderOptions(next: Partial<LoaderOptions>): void {
  options = { ...options, ...next };
}
export function resetLoaderOptions(): void {
  options = { ...defaults };
}

const fail = (nl: string, en: string, found?: string, retryable = true) =>
  new ConfigLoadError({ path: '', found, message: { nl, en }, fatal: true }, retryable);

/** Parses JSON text; a syntax error becomes an issue that names the line and column. */
export function parseConfigText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(detail);
    let where = '';
    if (pos) {
      const before = body.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (regel ${line}, kolom ${column} / line ${line}, column ${column})`;
    }
    throw fail(`het bestand is geen geldige JSON${where}: ${detail}`, `the file is not valid JSON${where}: ${detail}`, undefined, false);
  }
}

async function fetchOnce(url: string): Promise<unknown> {
  let response: ConfigAnswer;
  try {
    // the fetch the page's script started before its chunks loaded (./early.ts), or a new one;
    // a body cut off (a timeout, a lost connection) is a failed fetch like any other
    response = await (takeEarlyFetch(url) ??
      fetch(url, { ...CONFIG_REQUEST, signal: AbortSignal.timeout(options.timeoutMs) }).then(readAnswer));
  } catch (e) {
    if (e instanceof DOMException && e.name === 'TimeoutError') {
      throw fail(
        `het ophalen duurde langer dan ${options.timeoutMs / 1000} seconden`,
        `fetching took longer than ${options.timeoutMs / 1000} seconds`,
      );
    }
    throw fail(
      'kon het bestand niet ophalen: geen netwerk, of de server staat ophalen vanaf deze site niet toe (CORS)',
      'could not fetch the file: no network, or the server does not allow fetching from this site (CORS)',
    );
  }
  if (!response.ok) {
    // a missing file or a refusal stays so: only a busy or failing server is worth asking again
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    throw fail(
      `de server antwoordde met HTTP ${response.status}${response.status === 404 ? ': het bestand bestaat niet op dit adres' : ''}`,
      `the server answered HTTP ${response.status}${response.status === 404 ? ': there is no file at this address' : ''}`,
      undefined,
      retryable,
    );
  }
  return parseConfigText(response.text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Fetches with retries and backoff, only for what may pass (no network, a busy server): a
 * config that can never succeed (a 404, broken JSON) fails at once, so the page shows its
 * fallback without waiting. The last error explains what went wrong.
 */
async function fetchWithRetry(url: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url);
    } catch (e) {
      const delay = options.retryDelaysMs[attempt];
      if (delay === undefined || !(e instanceof ConfigLoadError && e.retryable)) throw e;
      await sleep(delay);
    }
  }
}

const inFlight = new Map<string, Promise<unknown>>();

/** Absolute URL of a config reference, resolved against the page. */
export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * The parsed JSON behind a config URL. Every widget on the page shares one request per URL.
 * A failed load is forgotten, so a later "try again" fetches anew.
 */
export function loadConfigJson(url: string): Promise<unknown> {
  const key = absoluteUrl(url);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchWithRetry(key);
    inFlight.set(key, pending);
    pending.catch(() => inFlight.delete(key));
  }
  return pending;
}

/** Forgets every loaded config (tests, and the configurator's "reload"). */
export function clearConfigCache(): void {
  inFlight.clear();
}

const rememberKey = (url: string) => `digiplein:config:${absoluteUrl(url)}`;

/**
 * Keeps the last good config for the next visit. Only when the site opts in with the
 * `remember-config` attribute: a config holds no personal data, but writing to storage at all
 * is the site's choice.
 */
export function rememberConfig(url: string, data: unknown): void {
  try {
    localStorage.setItem(rememberKey(url), JSON.stringify(data));
  } catch {
    /* storage full or blocked: remembering is a nicety */
  }
}

export function rememberedConfig(url: string): unknown | undefined {
  try {
    const raw = localStorage.getItem(rememberKey(url));
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}
