// The configurator end to end: a webmaster opens it on the reference server (strict CSP),
// starts from the demo config, adds an offer in the forms, downloads the config and copies
// the snippet; pasted into a plain page of another site, with the config next to it, the
// snippet shows the gemeente's own help.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { CSP_DIRECTIVES } from '../../server/http/csp.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { nationalIds } from '../../src/content/index.js';
import { axeViolations, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import type { TestPage } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { serveStatic } from '../helpers/static-server.js';
import type { StaticServer } from '../helpers/static-server.js';

const CONF = 'digiplein-configurator';
const inConf = (selector: string) => `${CONF} >>> ${selector}`;

/** Clicks the button or summary with exactly this text inside the configurator. */
async function clickText(page: TestPage, selector: string, text: string): Promise<void> {
  const clicked = await page.evaluate(
    (tag: string, sel: string, label: string) => {
      const target = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>(sel) ?? [])].find(
        (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
      );
      target?.click();
      return Boolean(target);
    },
    CONF,
    selector,
    text,
  );
  assert.ok(clicked, `${selector} "${text}"`);
}

/** Replaces the text of a field the way a person does: select all, then type. */
async function fill(page: TestPage, id: string, text: string): Promise<void> {
  const input = await page.waitForSelector(inConf(`#${id}`), { visible: true, timeout: 15_000 });
  await input!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input!.type(text);
}

describe('configurator (end to end)', () => {
  let server: TestServer;
  let site: StaticServer;
  const sitePages: Record<string, string | { type: string; body: string }> = {};
  let browser: Browser;

  before(async () => {
    server = await startServer({ demo: true });
    // The gemeente's own site: another origin, with the strict CSP plus the DigiPlein server
    // as a script source (what the guide tells a gemeente to allow).
    const csp = CSP_DIRECTIVES.map(([name, value]) => (name === 'script-src' ? `${name} ${value} ${server.url}` : `${name} ${value}`)).join(
      '; ',
    );
    site = await serveStatic({ mounts: {}, csp, pages: sitePages });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
  });

  it('is accessible on the demo page, also 320 px wide without scrolling sideways', async () => {
    const page = await newPage(browser);
    await page.setViewport({ width: 320, height: 800 });
    await page.goto(`${server.url}/configurator.html`);
    await waitForShadow(page, [CONF, '.message'], { contains: 'Config geladen uit /digiplein.json' });
    await page.evaluate(
      (tag: string) =>
        document
          .querySelector(tag)
          ?.shadowRoot?.querySelectorAll('details')
          .forEach((d) => (d.open = true)),
      CONF,
    );
    assert.deepEqual(await axeViolations(page), []);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `the page is ${width} px wide`);
    assert.deepEqual(page.problems, [], 'no console errors or CSP violations');
  });

  it('makes a config and a snippet that work on a fresh page', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/configurator.html`);
    await waitForShadow(page, [CONF, '.message'], { contains: 'Config geladen uit /digiplein.json' });
    const demo = JSON.parse(readFileSync('demo/digiplein.json', 'utf8')) as { offers?: unknown[]; organisation: object };
    const index = demo.offers?.length ?? 0;

    // A new offer of the gemeente's own, filled in through the forms.
    await clickText(page, 'summary', 'Hulpaanbod');
    await clickText(page, 'button', 'Aanbod toevoegen');
    await fill(page, `f-offers-${index}-name`, 'Ouderpunt Plakdorp');
    await fill(page, `f-offers-${index}-id`, 'ouderpunt-plakdorp');
    await fill(page, `f-offers-${index}-organisation`, 'Gemeente Plakdorp');
    await fill(page, `f-offers-${index}-description`, 'Een gratis gesprek voor ouders die uit elkaar gaan.');
    await (await page.waitForSelector(inConf(`#f-offers-${index}-themes-kinderen`)))!.click();
    await fill(page, `f-offers-${index}-contact-website`, 'https://www.plakdorp.example/ouderpunt');
    await waitForShadow(page, [CONF, '.ok'], { contains: 'De config is in orde.' }).catch(async (e) => {
      console.log(
        'DEBUG',
        await page.$eval(inConf('.issues'), (x) => x.textContent?.replace(/\s+/g, ' ')),
        JSON.stringify(await page.$eval(CONF, (c) => (c as unknown as { document: { offers: unknown[] } }).document.offers.slice(9))),
      );
      throw e;
    });

    // Where the webmaster will put the config: on their own site.
    await fill(page, 'config-url', `${site.url}/digiplein.json`);
    const snippet = await page.$eval(inConf('#snippet'), (el) => (el as HTMLTextAreaElement).value);
    // Download the config the way the webmaster does: click the link, a file arrives.
    const downloads = mkdtempSync(join(tmpdir(), 'digiplein-download-'));
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
      eventsEnabled: true,
      browserContextId: page.browserContext().id,
    });
    let timer: NodeJS.Timeout | undefined;
    const done = new Promise<void>((resolve, reject) => {
      cdp.on('Browser.downloadProgress', (e) =>
        e.state === 'completed' ? resolve() : e.state === 'canceled' && reject(new Error('download canceled')),
      );
      timer = setTimeout(() => reject(new Error('no download within 15 s')), 15_000);
    });
    await (await page.waitForSelector(inConf('#download')))!.click();
    await done.finally(() => clearTimeout(timer));
    await cdp.detach();
    assert.deepEqual(readdirSync(downloads), ['digiplein.json']);
    const configText = readFileSync(join(downloads, 'digiplein.json'), 'utf8');
    rmSync(downloads, { recursive: true, force: true });
    assert.deepEqual(
      page.problems.filter((p) => !p.includes('DigiPlein: de configuratie')),
      [],
      'no console errors or CSP violations in the configurator',
    );

    const config = JSON.parse(configText) as { offers: { id: string }[] };
    assert.deepEqual(validateConfig(config, nationalIds).issues, [], 'the downloaded config validates');
    assert.deepEqual(
      { ...config, offers: config.offers.slice(0, index) },
      { ...demo, offers: demo.offers ?? [] },
      'everything of the demo config is kept',
    );
    assert.equal(config.offers[index]!.id, 'ouderpunt-plakdorp');
    assert.equal(
      snippet,
      `<script type="module" src="${server.url}/dist/digiplein.js"></script>\n<digiplein-hulpzoeker config="${site.url}/digiplein.json"></digiplein-hulpzoeker>\n`,
    );

    // Pasted into a plain page, with the downloaded config beside it.
    sitePages['/digiplein.json'] = { type: 'application/json; charset=utf-8', body: configText };
    sitePages['/'] =
      `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>Gemeente Plakdorp</title></head>\n<body>\n<main>\n<h1>Scheiden en hulp</h1>\n${snippet}</main>\n</body>\n</html>\n`;
    const plain = await newPage(browser);
    await plain.goto(`${site.url}/`);
    await waitForShadow(plain, ['digiplein-hulpzoeker', 'legend'], { contains: 'Voor wie zoekt u hulp?' });
    const search = await plain.evaluate(() => {
      const button = [...(document.querySelector('digiplein-hulpzoeker')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Zelf zoeken',
      );
      button?.click();
      return Boolean(button);
    });
    assert.ok(search, 'the "Zelf zoeken" button');
    const query = await plain.waitForSelector('digiplein-hulpzoeker >>> input#query');
    await query!.type('Ouderpunt');
    await waitForShadow(plain, ['digiplein-hulpzoeker', '.offer h4'], { contains: 'Ouderpunt Plakdorp' });
    assert.deepEqual(plain.problems, [], 'no console errors or CSP violations on the plain page');
  });
});
