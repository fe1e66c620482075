import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-element.js';
import '../../src/widgets/provider/define.js';
import type { TestWidget } from './test-element.js';
import { ConfigLoadError, clearConfigCache, loadConfigJson, resetLoaderOptions, setLoaderOptions } from '../../src/core/config/loader.js';
import { clearConfigStates } from '../../src/core/config/controller.js';
import { fetchConfigEarly } from '../../src/core/config/early.js';

const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.trim();
const ready = (el: TestWidget) =>
  waitUntil(() => el.shadowRoot?.querySelector('.greeting, .fallback'), 'widget did not render', { timeout: 5000 });

/** Counts fetches of config files, by URL. */
function countFetches() {
  const original = window.fetch;
  const counts = new Map<string, number>();
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    counts.set(url, (counts.get(url) ?? 0) + 1);
    return original(input, init);
  };
  return { counts, restore: () => (window.fetch = original) };
}

describe('config sources', () => {
  beforeEach(() => {
    clearConfigCache();
    clearConfigStates();
    setLoaderOptions({ retryDelaysMs: [], timeoutMs: 3000 });
  });
  afterEach(() => resetLoaderOptions());

  it('loads a config from the config attribute (URL) and merges it over the national pack', async () => {
    const el = await fixture<TestWidget>(html`<test-widget config="/test/fixtures/voorbeeld.json"></test-widget>`);
    await ready(el);
    expect(text(el, '.greeting')).to.equal('Hallo Gemeente Testdorp');
    // 12 national offers − 1 hidden + 1 own
    expect(text(el, '.offers')).to.equal('12');
    await expect(el).to.be.accessible();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<TestWidget>(html`<test-widget
      ><script type="application/json">
        { "version": 1, "organisation": { "name": "Inline gemeente" } }
      </script></test-widget
    >`);
    await ready(el);
    expect(text(el, '.greeting')).to.equal('Hallo Inline gemeente');
  });

  it('takes the .config property, which wins over the attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget
      config="/test/fixtures/voorbeeld.json"
      .config=${{ version: 1, organisation: { name: 'Eigen object' } }}
    ></test-widget>`);
    await ready(el);
    expect(text(el, '.greeting')).to.equal('Hallo Eigen object');
  });

  it('fetches a config URL once for every widget on the page', async () => {
    const fetches = countFetches();
    try {
      const wrapper = await fixture(html`<div>
        <test-widget config="/test/fixtures/voorbeeld.json?once"></test-widget>
        <test-widget config="/test/fixtures/voorbeeld.json?once"></test-widget>
        <test-widget config="/test/fixtures/voorbeeld.json?once"></test-widget>
      </div>`);
      const widgets = [...wrapper.querySelectorAll('test-widget')];
      await Promise.all(widgets.map(ready));
      widgets.forEach((w) => expect(text(w, '.greeting')).to.equal('Hallo Gemeente Testdorp'));
      const hits = [...fetches.counts].filter(([url]) => url.includes('voorbeeld.json?once'));
      expect(hits).to.have.length(1);
      expect(hits[0]![1]).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('uses the fetch the page script started before its code loaded, and does not fetch again', async () => {
    const fetches = countFetches();
    try {
      fetchConfigEarly('/test/fixtures/voorbeeld.json?early'); // what dist/digiplein-<widget>.js does first
      const el = await fixture<TestWidget>(html`<test-widget config="/test/fixtures/voorbeeld.json?early"></test-widget>`);
      await ready(el);
      expect(text(el, '.greeting')).to.equal('Hallo Gemeente Testdorp');
      // a widget added later (an inline chat) asks again: the page has this config, no new request
      fetchConfigEarly('/test/fixtures/voorbeeld.json?early');
      expect(() => fetchConfigEarly('https://www.gemeente .nl/digiplein.json'), 'a URL that does not parse').not.to.throw();
      expect([...fetches.counts].filter(([url]) => url.includes('voorbeeld.json?early'))).to.deep.equal([
        [new URL('/test/fixtures/voorbeeld.json?early', location.href).href, 1],
      ]);
    } finally {
      fetches.restore();
    }
  });

  describe('the first render (issue 17: no skeleton gone a moment later)', () => {
    /** Adds a widget for `url` and notes every skeleton it ever renders, until it is ready. */
    async function rendersOf(url: string): Promise<{ el: TestWidget; skeletons: number }> {
      const el = document.createElement('test-widget') as TestWidget;
      el.setAttribute('config', url);
      let skeletons = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && (node.matches('.loading') || node.querySelector('.loading'))) skeletons++;
          }
        }
      });
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      holder.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await ready(el);
      observer.disconnect();
      return { el, skeletons };
    }

    it('shows the widget in its first render when the page script fetched the config already', async () => {
      const url = '/test/fixtures/voorbeeld.json?first-render';
      fetchConfigEarly(url); // the widget's script asks for it with the code, and it comes first
      const early = (globalThis as unknown as Record<symbol, Map<string, Promise<unknown>>>)[Symbol.for('digiplein.early-config-fetches')]!;
      await early.get(new URL(url, location.href).href);
      const { el, skeletons } = await rendersOf(url);
      expect(text(el, '.greeting')).to.equal('Hallo Gemeente Testdorp');
      expect(skeletons, 'no skeleton before the widget').to.equal(0);
    });

    it('shows the skeleton, not an empty box, while the texts that explain a config problem load', async () => {
      const url = '/test/fixtures/bad-offer.json?first-render';
      fetchConfigEarly(url);
      const early = (globalThis as unknown as Record<symbol, Map<string, Promise<unknown>>>)[Symbol.for('digiplein.early-config-fetches')]!;
      await early.get(new URL(url, location.href).href);
      const { el, skeletons } = await rendersOf(url);
      expect(skeletons, 'the skeleton first').to.equal(1);
      expect(text(el, '.greeting'), 'the widget, without the broken offers').to.equal('Hallo Gemeente Testdorp');
    });

    it('shows the skeleton at once while the config is still on its way', async () => {
      const original = window.fetch;
      const body = await (await original('/test/fixtures/voorbeeld.json')).text();
      window.fetch = () => new Promise((resolve) => setTimeout(() => resolve(new Response(body, { status: 200 })), 400));
      try {
        const { el, skeletons } = await rendersOf('/test/fixtures/voorbeeld.json?slow');
        expect(skeletons, 'the skeleton first').to.equal(1);
        expect(text(el, '.greeting')).to.equal('Hallo Gemeente Testdorp');
      } finally {
        window.fetch = original;
      }
    });
  });

  it('takes an early fetch once: after it failed, "try again" fetches anew', async () => {
    const fetches = countFetches();
    const url = '/test/fixtures/does-not-exist.json?early';
    const absolute = new URL(url, location.href).href;
    try {
      fetchConfigEarly(url);
      fetchConfigEarly(url); // a second script on the page: still one request
      const error = await loadConfigJson(url).catch((e: unknown) => e);
      expect((error as ConfigLoadError).issue.message.en).to.contain('HTTP 404');
      expect(fetches.counts.get(absolute)).to.equal(1);
      await loadConfigJson(url).catch(() => undefined);
      expect(fetches.counts.get(absolute)).to.equal(2);
    } finally {
      fetches.restore();
    }
  });

  it("shares the provider's config with the widgets inside it", async () => {
    const fetches = countFetches();
    try {
      const provider = await fixture(html`<digiplein-provider config="/test/fixtures/voorbeeld.json?provider">
        <test-widget></test-widget>
        <section><test-widget></test-widget></section>
      </digiplein-provider>`);
      const widgets = [...provider.querySelectorAll('test-widget')];
      await Promise.all(widgets.map(ready));
      widgets.forEach((w) => expect(text(w, '.greeting')).to.equal('Hallo Gemeente Testdorp'));
      expect([...fetches.counts.keys()].filter((u) => u.includes('provider'))).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('follows a change of the config attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget config="/test/fixtures/voorbeeld.json"></test-widget>`);
    await ready(el);
    el.config = { version: 1, organisation: { name: 'Nieuw' } };
    await el.updateComplete;
    expect(text(el, '.greeting')).to.equal('Hallo Nieuw');
  });
});
