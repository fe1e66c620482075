/**
 * Stories must not need the network. Two made-up config URLs on the reserved `.invalid` domain
 * stand for the two ways a config URL can behave while a widget waits; every other request
 * goes to the real `fetch`.
 */
export const PENDING_CONFIG_URL = 'https://config.digiplein.invalid/laden.json';
export const UNREACHABLE_CONFIG_URL = 'https://config.digiplein.invalid/onbereikbaar.json';

const realFetch = window.fetch.bind(window);
let installed = false;

/** Installs the stand-in once per page (a docs page renders several stories). */
export function installOfflineFetch(): void {
  if (installed) return;
  installed = true;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === PENDING_CONFIG_URL) return new Promise<Response>(() => {}); // the server never answers
    if (url === UNREACHABLE_CONFIG_URL) return Promise.reject(new TypeError('Failed to fetch'));
    return realFetch(input, init);
  };
}
