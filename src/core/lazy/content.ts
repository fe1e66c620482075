/**
 * National content that loads on a parent's action rather than with the page: the safety lexicon
 * (first input), the chat's knowledge base (first question), the training's chapter bodies (a
 * chapter opened). One module, imported once; its content handed to `use`; and whether waiting
 * for it still makes sense.
 *
 * After a failed import the content is either given up for the page view (`retry: false`: a
 * browser does not fetch a failed module again, and the widget goes on without it) or tried again
 * on the next `load()` (`retry: true`: the parent pressed "try again").
 */
export interface LazyContent {
  /** Starts the import (once); resolves when `use` has run, rejects when the import failed. */
  load(): Promise<void>;
  /** The content is there, or failed for good: waiting longer helps nobody. */
  readonly settled: boolean;
}

export interface LazyContentOptions {
  /** Import again after a failure (default: give up for the page view). */
  retry?: boolean;
  /** After the import succeeded or failed (for elements that render again either way). */
  settle?: () => void;
}

export function lazyContent<M>(
  importer: () => Promise<M>,
  use: (module: M) => void,
  { retry, settle }: LazyContentOptions = {},
): LazyContent {
  let loading: Promise<void> | undefined;
  let settled = false;
  const done = (ok: boolean) => {
    settled = ok || !retry;
    if (!settled) loading = undefined; // the next load() imports again
    settle?.();
  };
  return {
    load: () =>
      (loading ??= importer().then(
        (module) => {
          use(module);
          done(true);
        },
        (e: unknown) => {
          done(false);
          throw e;
        },
      )),
    get settled() {
      return settled;
    },
  };
}
