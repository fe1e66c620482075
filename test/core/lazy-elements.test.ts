// The all-in-one script's loader (src/core/lazy/loader.ts): a widget's module loads when its tag
// is in the page, or added later, or asked for from a shadow root; a failed load says so.
import { expect, waitUntil } from '@open-wc/testing';
import { defineChatNow, defineNow, defineOnDemand } from '../../src/core/lazy/loader.js';
import { requestElement } from '../../src/core/lazy/elements.js';
import { sessionStore } from '../../src/widgets/chat/transcript-store.js';

class LazyOne extends HTMLElement {}
class LazyTwo extends HTMLElement {}
const loads: string[] = [];

describe('defining elements on demand (digiplein.js)', () => {
  before(() => {
    document.body.append(document.createElement('lazy-one'));
    defineOnDemand({
      'lazy-one': [async () => (loads.push('one'), customElements.define('lazy-one', LazyOne)), 'widgets/one/define'],
      'lazy-two': [async () => (loads.push('two'), customElements.define('lazy-two', LazyTwo)), 'widgets/two/define'],
      'lazy-never': [() => Promise.reject(new Error('offline')), 'widgets/never/define'],
      'lazy-unused': [async () => loads.push('unused'), 'widgets/unused/define'],
    });
  });

  it('loads the module of a tag that is in the page, and only that one', async () => {
    await waitUntil(() => customElements.get('lazy-one'), 'lazy-one is defined');
    expect(document.querySelector('lazy-one')).to.be.instanceOf(LazyOne);
    expect(loads).to.deep.equal(['one']);
  });

  it('loads a module when its tag is added later, and when an element asks for it from a shadow root', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    expect(requestElement('lazy-two'), 'the loader takes the request').to.equal(true);
    await waitUntil(() => customElements.get('lazy-two'), 'lazy-two is defined');
    expect(requestElement('not-a-digiplein-tag'), 'nobody loads an unknown tag').to.equal(false);
    expect(loads).to.not.include('unused');
  });

  it('says in the element that it could not load, instead of leaving an empty box', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = document.createElement('lazy-never');
      document.body.append(el);
      await waitUntil(() => el.querySelector('.digiplein-load-failed'), 'a message shows');
      const message = el.querySelector('.digiplein-load-failed')!;
      expect(message.textContent).to.contain('kon niet laden');
      expect(message.getAttribute('role')).to.equal('alert');
    } finally {
      console.error = original;
    }
  });
});

describe("one widget's own script (digiplein-<widget>.js)", () => {
  it('loads its module at once, whether or not its tag is in the page yet', async () => {
    class NowOne extends HTMLElement {}
    let loaded = 0;
    defineNow('now-one', [async () => (loaded++, customElements.define('now-one', NowOne)), 'widgets/now/define']);
    await waitUntil(() => customElements.get('now-one'), 'now-one is defined');
    expect(loaded).to.equal(1);
    // a second copy of the script loads its own module, which keeps the first definition (and warns)
    defineNow('now-one', [
      async () => (loaded++, customElements.get('now-one') ?? customElements.define('now-one', class extends HTMLElement {})),
      'widgets/now/define',
    ]);
    await waitUntil(() => loaded === 2, 'the second copy loaded');
    expect(customElements.get('now-one')).to.equal(NowOne);
  });

  it('says in its elements that it could not load', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = document.createElement('now-never');
      document.body.lang = 'en';
      document.body.append(el);
      defineNow('now-never', [() => Promise.reject(new Error('offline')), 'widgets/never/define']);
      await waitUntil(() => el.querySelector('.digiplein-load-failed'), 'a message shows');
      expect(el.querySelector('.digiplein-load-failed')!.textContent).to.contain('could not load');
    } finally {
      console.error = original;
      document.body.removeAttribute('lang');
    }
  });
});

describe("the chat's own script (digiplein-chat.js)", () => {
  it("says in the chat that it could not load when the launcher's code cannot load", async () => {
    const original = console.error;
    const errors: unknown[][] = [];
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const chat = document.createElement('digiplein-chat');
      chat.setAttribute('mode', 'inline');
      document.body.append(chat);
      defineChatNow(
        [() => Promise.reject(new Error('offline')), 'widgets/chat/define'],
        [() => Promise.reject(new Error('offline')), 'widgets/chat/panel-define'],
      );
      await waitUntil(() => chat.querySelector('.digiplein-load-failed'), 'a message shows in the chat');
      const message = chat.querySelector('.digiplein-load-failed')!;
      expect(message.textContent).to.contain('kon niet laden');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(errors.flat().join(' '), 'and the console says which element').to.contain('<digiplein-chat> kon niet laden');
    } finally {
      console.error = original;
    }
  });

  /** The config URLs this page's scripts asked for ahead (core/config/early.ts). */
  const askedAhead = () =>
    (globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('digiplein.early-config-fetches')];

  /** A launcher in the page, and the chat's script run for it. */
  function launcherOnAPage(config: string): HTMLElement {
    const launcher = document.createElement('digiplein-chat');
    launcher.setAttribute('mode', 'launcher');
    launcher.setAttribute('config', config);
    document.body.append(launcher);
    defineChatNow([async () => undefined, 'widgets/chat/define'], [async () => undefined, 'widgets/chat/panel-define']);
    return launcher;
  }

  it("asks for a launcher's config with its code when it reopens a conversation from an earlier page", () => {
    sessionStore.set({ v: 1, items: [], open: true });
    try {
      const launcher = launcherOnAPage('/no-such-config-reopened.json');
      expect(askedAhead()?.has(new URL('/no-such-config-reopened.json', document.baseURI).href)).to.equal(true);
      launcher.remove();
    } finally {
      sessionStore.remove();
    }
  });

  it("leaves a launcher's config for its first click when there is nothing to reopen", () => {
    const launcher = launcherOnAPage('/no-such-config-closed.json');
    expect(askedAhead()?.has(new URL('/no-such-config-closed.json', document.baseURI).href) ?? false).to.equal(false);
    launcher.remove();
  });
});
