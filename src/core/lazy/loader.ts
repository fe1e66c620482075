import { fetchConfigEarly } from '../config/early.js';
import { LOAD_ELEMENT_EVENT } from './elements.js';
import { yieldToMain } from './yield.js';
import type { LoadElementDetail } from './elements.js';

/** A widget's module: how to load it, and its source path (`widgets/<name>/define`) for preloading. */
export type ElementModule = [load: () => Promise<unknown>, id: string];

/**
 * Filled by the build (rollup.config.mjs): for each widget module this script loads, the files
 * it imports statically and its own, relative to this script (every entry is in dist/), each
 * after the files it imports, the module's own last (`runImportsInTurn` relies on that order).
 * Outside that build it stays this string (parsed at run time, so that no bundler folds it away
 * before the build fills it in).
 */
const preloads = JSON.parse('"__DIGIPLEIN_PRELOAD__"') as Record<string, readonly string[]> | string;

/** The files this script asked for already (widgets share most of theirs). */
const asked = new Set<string>();

/** Asks for a module and everything it imports at once, rather than level by level. */
function preload(id: string): void {
  if (typeof preloads === 'string') return;
  for (const file of preloads[id] ?? []) {
    if (asked.has(file)) continue;
    asked.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

/** Shown inside an element whose code failed to load, instead of an empty box. */
const FAILED_CLASS = 'digiplein-load-failed';

function showFailure(el: Element): void {
  if (el.querySelector(`:scope > .${FAILED_CLASS}`)) return;
  const p = document.createElement('p');
  p.className = FAILED_CLASS;
  p.setAttribute('role', 'alert');
  p.textContent =
    el.closest('[lang]')?.getAttribute('lang')?.startsWith('en') === true
      ? 'This part of the page could not load. Check your connection and reload the page.'
      : 'Dit onderdeel kon niet laden. Controleer uw verbinding en laad de pagina opnieuw.';
  el.append(p);
}

/** Starts fetching the config of every element of `selector` in the page, in parallel with their code. */
function fetchConfigs(selector: string): void {
  for (const el of document.querySelectorAll(selector)) {
    const url = el.getAttribute('config');
    if (url) fetchConfigEarly(url);
  }
}

/**
 * Runs the files a module imports one by one, each in a task of its own, before the module
 * itself: run all at once (Lit, i18next, zod building the config's schema, then the widget) they
 * made the longest task on the way to a widget's first content on a slow phone (issue 17). Only
 * where the browser fetched them all at once already (modulepreload): elsewhere (Safari before
 * 17, Firefox before 115) each import would wait for its file in turn, a round trip each.
 */
async function runImportsInTurn(id: string): Promise<void> {
  if (typeof preloads === 'string' || !document.createElement('link').relList.supports('modulepreload')) return;
  for (const file of preloads[id]?.slice(0, -1) ?? []) {
    await import(new URL(file, import.meta.url).href);
    await yieldToMain();
  }
}

/**
 * The module, loaded with what it imports first, in turn (see runImportsInTurn). A file that
 * cannot load fails the module's own import next, which says so in the page.
 */
function importsInTurn([run, id]: ElementModule): ElementModule {
  return [
    () =>
      runImportsInTurn(id)
        .catch(() => undefined)
        .then(run),
    id,
  ];
}

/** Loads an element's module and everything it imports at once; on failure, says so in its elements. */
function load(tag: string, [run, id]: ElementModule): Promise<unknown> {
  preload(id);
  return run().catch((e: unknown) => {
    console.error(`DigiPlein: <${tag}> kon niet laden / could not load`, e);
    for (const el of document.querySelectorAll(tag)) showFailure(el);
    throw e;
  });
}

/**
 * One widget's own script (dist/digiplein-<name>.js): loads its module now, with the config its
 * elements name, so the element is defined whether or not its tag is in the page yet. When the
 * tag is defined already (another copy of the library), the module still loads: it keeps the
 * first definition and says in the console that this copy is not used.
 */
export function defineNow(tag: string, module: ElementModule): void {
  const defined = customElements.get(tag);
  // what it imports first, in turn; the all-in-one does so only for a page with one widget:
  // with several loading at once, one's chain of tasks held back another's first content
  // (measured on the demo's home page: its launcher 0.1 to 0.2 s later)
  load(tag, importsInTurn(module)).catch(() => undefined);
  // the config after the code: its files are larger and arrive last (asked for first, they
  // arrived 30 to 45 ms sooner on a slow phone)
  if (!defined) fetchConfigs(tag);
}

/**
 * The selector of a chat that sits in the page (not a launcher): its panel loads at once, so
 * the script asks for the panel's files with the chat's own, not once the launcher's code has
 * arrived and run (one round trip less on a slow connection; issue 17).
 */
const CHAT_IN_PAGE = 'digiplein-chat:not([mode="launcher"])';

/**
 * Whether a chat's launcher opens its panel at once: the parent had it open on the page before,
 * or is talking with a person (whose replies keep coming). Read before the launcher's code is
 * in, so that the panel's files and the config are asked for with it, one round trip sooner;
 * the launcher decides from the same session (`sessionStore` in widgets/chat/transcript-store.ts,
 * whose key this is: test/core/lazy-elements.test.ts writes it with that store).
 */
function chatResumes(): boolean {
  try {
    const saved = JSON.parse(sessionStorage.getItem('digiplein:chat:session') ?? '0') as { open?: unknown; handoff?: unknown } | 0;
    return Boolean(saved && (saved.open || saved.handoff));
  } catch {
    return false; // no storage (blocked), or not ours
  }
}

/**
 * The chat's own script (dist/digiplein-chat.js): loads the launcher's module now, with the
 * config and the panel's files when the chat sits in the page, or when a launcher reopens a
 * conversation from an earlier page. Otherwise a launcher's panel and config wait for its first
 * click.
 */
export function defineChatNow(launcher: ElementModule, panel: ElementModule): void {
  const tag = 'digiplein-chat';
  const defined = customElements.get(tag);
  const resumes = chatResumes();
  // only the panel's files: the launcher imports it (and says so in the chat if it cannot load)
  if (!defined && (resumes || document.querySelector(CHAT_IN_PAGE))) preload(panel[1]);
  load(tag, launcher).catch(() => undefined);
  // the config after the code, as in defineNow
  if (!defined) fetchConfigs(resumes ? tag : CHAT_IN_PAGE);
}

/**
 * The all-in-one script: loads each element's module when its tag is first in the document (now,
 * or added later), or when an element asks for it ({@link requestElement}). A module that fails
 * to load is tried again the next time; the elements waiting for it say that the part could not
 * load.
 */
export function defineOnDemand(modules: Record<string, ElementModule>, chatPanel?: ElementModule): void {
  const pending = new Map(Object.entries(modules).filter(([tag]) => !customElements.get(tag)));
  const loading = new Set<string>();
  // a page with one widget runs what its module imports in turn, as the widget's own script does
  // (the demo's sign-up page on a slow phone: total blocking time 289 → 161 ms, first content
  // about 0.1 s sooner in 7 of 9 paired loads); with several, each module runs whole (see defineNow)
  const selector = [...pending.keys()].join(',');
  const tagsInPage = new Set(selector ? [...document.querySelectorAll(selector)].map((el) => el.localName) : []);
  const inTurn = tagsInPage.size === 1;
  const loadOnce = (tag: string) => {
    const module = pending.get(tag);
    if (!module || loading.has(tag) || customElements.get(tag)) return;
    loading.add(tag);
    load(tag, inTurn && tagsInPage.has(tag) ? importsInTurn(module) : module).then(
      () => pending.delete(tag),
      () => loading.delete(tag),
    );
  };
  /** An element whose code is not loaded yet, now or added later: its config and code are asked for at once. */
  const found = (el: Element) => {
    // a chat in the page loads its panel at once: its files too (only the files, see defineChatNow)
    if (chatPanel && el.localName === 'digiplein-chat' && (el.matches(CHAT_IN_PAGE) || chatResumes())) preload(chatPanel[1]);
    loadOnce(el.localName);
    // the config after the code, as in defineNow
    const url = el.getAttribute('config');
    if (url) fetchConfigEarly(url);
  };
  const scan = (root: ParentNode) => {
    if (!pending.size) return;
    for (const el of root.querySelectorAll(selector)) found(el);
  };
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (pending.has(node.localName)) found(node);
        scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener(LOAD_ELEMENT_EVENT, (event) => {
    const { tag } = (event as CustomEvent<LoadElementDetail>).detail;
    if (!pending.has(tag)) return;
    event.preventDefault();
    loadOnce(tag);
  });
}
