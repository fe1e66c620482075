// The built bundles embedded as a webmaster would, under the strict CSP: the demo site, the
// script loaded twice (and next to a second copy of Lit), and a config with mistakes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { clickText, deep, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { serveStatic } from '../helpers/static-server.js';
import type { StaticServer } from '../helpers/static-server.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { CSP } from '../../server/http/csp.js';

assert.ok(existsSync('dist/digiplein.js'), 'dist/ is missing: run npm run build first');

const page = (head: string, body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>embed</title>${head}</head><body>${body}</body></html>`;

describe('embedding the built library', () => {
  let browser: Browser;
  let server: TestServer;
  let plain: StaticServer;
  before(async () => {
    browser = await launchBrowser();
    server = await startServer({ demo: true });
    plain = await serveStatic({
      // /copy/: the same build at a second address, as a site with two copies of the library has
      // (each with its own Lit and its own classes)
      mounts: { '/dist/': 'dist', '/copy/': 'dist', '/fixtures/': 'test/fixtures' },
      csp: CSP,
      pages: {
        '/twice.html': page(
          '<script type="module" src="/dist/digiplein.js"></script><script type="module" src="/dist/digiplein-hulpzoeker.js"></script><script type="module" src="/dist/digiplein.js?again"></script><script type="module" src="/copy/digiplein-hulpzoeker.js"></script>',
          '<digiplein-hulpzoeker config="/fixtures/voorbeeld.json"></digiplein-hulpzoeker>',
        ),
        '/chat-inline.html': page(
          '<script type="module" src="/dist/digiplein-chat.js"></script>',
          '<digiplein-chat config="/fixtures/voorbeeld.json"></digiplein-chat>',
        ),
        '/chat-inline-all.html': page(
          '<script type="module" src="/dist/digiplein.js"></script>',
          '<digiplein-chat config="/fixtures/voorbeeld.json"></digiplein-chat>',
        ),
        '/all-only.html': page('<script type="module" src="/dist/digiplein.js"></script>', '<main><h1>Een pagina</h1></main>'),
        '/chat-launcher.html': page(
          '<script type="module" src="/dist/digiplein-chat.js"></script>',
          '<p>Een pagina van de gemeente.</p><digiplein-chat mode="launcher" config="/fixtures/voorbeeld.json"></digiplein-chat>',
        ),
        '/hulpzoeker-alone.html': page(
          '<script type="module" src="/dist/digiplein-hulpzoeker.js"></script>',
          '<digiplein-hulpzoeker config="/fixtures/voorbeeld.json"></digiplein-hulpzoeker>',
        ),
        '/mistakes.html': page(
          '<script type="module" src="/dist/digiplein.js"></script>',
          '<digiplein-hulpzoeker debug config="/fixtures/mistakes.json"></digiplein-hulpzoeker>',
        ),
      },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await plain?.close();
  });

  test('the demo home page works under the strict CSP, with no console error', async () => {
    const tab = await newPage(browser);
    const response = await tab.goto(`${server.url}/`);
    assert.equal(response?.headers()['content-security-policy'], CSP);
    // the page's own h2 ("Zoek hulp bij u in de buurt") stands above it: heading-level="3"
    await waitForShadow(tab, ['digiplein-hulpzoeker', 'h3']);
    await waitForShadow(tab, ['digiplein-chat', 'button']);
    assert.deepEqual(tab.problems, []);
  });

  test('the parts that load on demand work under the strict CSP too', async () => {
    const tab = await newPage(browser);
    const chunks: string[] = [];
    tab.on('response', (r) => r.url().includes('/chunks/') && chunks.push(`${r.status()} ${r.url().split('/').pop()}`));
    const loaded = (name: string) => chunks.some((c) => c.startsWith('200 ') && c.includes(` ${name}-`));
    await tab.goto(`${server.url}/`);
    // the hulpzoeker's search (catalogue chunk) with search mode, and its results
    await clickText(tab, 'digiplein-hulpzoeker', 'Zelf zoeken');
    await (await deep(tab, 'digiplein-hulpzoeker >>> input#query')).type('alimentatie');
    await waitForShadow(tab, ['digiplein-hulpzoeker', '.offers li']);
    // the chat's panel, then its search over the knowledge base (answer-search) on the first question
    await (await tab.waitForSelector('digiplein-chat >>> .launcher'))!.evaluate((b) => (b as HTMLButtonElement).click());
    await waitForShadow(tab, ['digiplein-chat', 'digiplein-chat-panel', 'form.composer']);
    await (await tab.$('digiplein-chat >>> digiplein-chat-panel >>> #input'))!.type('Wie betaalt de alimentatie?');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => {
      const panel = document.querySelector('digiplein-chat')?.shadowRoot?.querySelector('digiplein-chat-panel');
      return (panel?.shadowRoot?.querySelectorAll('.log .msg.bot').length ?? 0) > 1;
    });
    // the sign-up's later steps load on the first touch in the widget
    await tab.goto(`${server.url}/aanmelden.html`);
    await waitForShadow(tab, ['digiplein-spreekuur-aanmelding', '.step h3']);
    await (await deep(tab, 'digiplein-spreekuur-aanmelding >>> .step h3')).click();
    await tab.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/later-steps-')));
    // the training's follow-up form
    await tab.goto(`${server.url}/training.html`);
    await clickText(tab, 'digiplein-training', 'Ja, neem contact met mij op');
    await waitForShadow(tab, ['digiplein-training', '.followup form']); // (an empty field has no text to wait for)
    for (const name of ['catalogue', 'answer-search', 'later-steps', 'followup-form'])
      assert.ok(loaded(name), `${name}: ${chunks.join(', ')}`);
    assert.deepEqual(tab.problems, []);
  });

  test('loading the script twice and next to another copy of Lit does not throw, and warns', async () => {
    const tab = await newPage(browser);
    const warnings: string[] = [];
    const failed: string[] = [];
    tab.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
    tab.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await tab.goto(`${plain.url}/twice.html`);
    await waitForShadow(tab, ['digiplein-hulpzoeker', 'h2']);
    // the second copy runs its files in turn after the first has rendered: wait for its word
    const warned = () => warnings.some((w) => w.includes('<digiplein-hulpzoeker> is al gedefinieerd'));
    for (let waited = 0; !warned() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    assert.ok(warned(), `expected a warning about the second definition, got: ${warnings.join(' | ')}`);
    assert.deepEqual(tab.problems, [], failed.join('\n'));
  });

  for (const [script, path, later] of [
    ["the chat's own script", '/chat-inline.html', false],
    ['the all-in-one script', '/chat-inline-all.html', false],
    ['the all-in-one script', '/all-only.html', true],
  ] as const) {
    test(`${script} asks for a chat in the page's panel and config at once${later ? ', also when the chat is added later' : ''}`, async () => {
      const tab = await newPage(browser);
      // a slow connection, so that what is asked for after the launcher's code arrived shows as later
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: -1, uploadThroughput: -1 });
      const asked = new Map<string, number>();
      const arrived = new Map<string, number>();
      const name = (url: string) =>
        url
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.js$/, '');
      tab.on('request', (r) => asked.set(name(r.url()), Date.now()));
      tab.on('requestfinished', (r) => arrived.set(name(r.url()), Date.now()));
      await tab.goto(`${plain.url}${path}`);
      if (later) {
        // as a site's own script (a framework) adds it, once the page has loaded
        await tab.evaluate(() => {
          const chat = document.createElement('digiplein-chat');
          chat.setAttribute('config', '/fixtures/voorbeeld.json');
          document.body.append(chat);
        });
      }
      await waitForShadow(tab, ['digiplein-chat', 'digiplein-chat-panel', 'form.composer']);
      assert.deepEqual(tab.problems, []);
      const launcherArrived = arrived.get('launcher')!;
      for (const file of ['panel-define', 'core', 'config', 'voorbeeld.json']) {
        assert.ok(asked.has(file), `${file} was not asked for: ${[...asked.keys()].join(', ')}`);
        assert.ok(asked.get(file)! < launcherArrived, `${file} was asked for only after the launcher's code had arrived`);
      }
      // what keeps the page inert behind a launcher's open panel: a chat in the page never waits for it
      assert.equal(asked.has('inert-outside'), false);
    });
  }

  test("the chat's own script loads no panel and no config for a launcher until it is opened", async () => {
    const tab = await newPage(browser);
    const asked: string[] = [];
    tab.on('request', (r) => asked.push(r.url()));
    await tab.goto(`${plain.url}/chat-launcher.html`);
    await waitForShadow(tab, ['digiplein-chat', '.launcher']);
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything asked for late
    assert.deepEqual(
      asked.filter((url) => /panel-define-|core-|config-|voorbeeld\.json/.test(url)),
      [],
    );
    await (await tab.waitForSelector('digiplein-chat >>> .launcher'))!.evaluate((b) => (b as HTMLButtonElement).click());
    await waitForShadow(tab, ['digiplein-chat', 'digiplein-chat-panel', 'form.composer']);
    assert.ok(asked.some((url) => url.endsWith('/voorbeeld.json')));
    assert.deepEqual(tab.problems, []);
  });

  test("a widget's own script says in the page when a shared file cannot load", async () => {
    const tab = await newPage(browser);
    await tab.setRequestInterception(true);
    tab.on('request', (r) => void (r.url().includes('/chunks/core-') ? r.abort() : r.continue()));
    await tab.goto(`${plain.url}/hulpzoeker-alone.html`);
    const alert = await tab.waitForSelector('digiplein-hulpzoeker > .digiplein-load-failed[role="alert"]');
    assert.equal(
      await alert!.evaluate((p) => p.textContent),
      'Dit onderdeel kon niet laden. Controleer uw verbinding en laad de pagina opnieuw.',
    );
    assert.ok(
      tab.problems.some((p) => p.includes('<digiplein-hulpzoeker> kon niet laden / could not load')),
      tab.problems.join('\n'),
    );
  });

  test('a config with mistakes is named in the console and, with debug, inside the widget', async () => {
    const tab = await newPage(browser);
    await tab.goto(`${plain.url}/mistakes.html`);
    const shown = await waitForShadow(tab, ['digiplein-hulpzoeker', '.debug'], { contains: 'hulpzoekr' });
    assert.match(shown, /hulpzoekr: onbekend veld "hulpzoekr"; bedoelt u "hulpzoeker"\?/);
    assert.match(shown, /organisation\.website: verwacht een volledig webadres dat begint met https:\/\//);
    const fallback = await waitForShadow(tab, ['digiplein-hulpzoeker', '.fallback']);
    assert.match(fallback, /Veilig Thuis/);
    const errors = tab.problems.filter((p) => p.includes('DigiPlein: de configuratie'));
    assert.equal(errors.length, 1, tab.problems.join('\n'));
    assert.match(errors[0]!, /hulpzoekr: onbekend veld/);
    assert.match(errors[0]!, /unknown field "hulpzoekr"; did you mean "hulpzoeker"\?/);
  });
});
