import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, newPage, shadowText, waitForShadow } from '../helpers/browser.js';
import type { TestPage } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const HZ = 'digiplein-hulpzoeker';
const inHz = (selector: string) => `${HZ} >>> ${selector}`;

/** Clicks an element inside the hulpzoeker's shadow root. */
async function click(page: TestPage, selector: string): Promise<void> {
  const handle = await page.waitForSelector(inHz(selector), { timeout: 15_000 });
  await handle!.click();
}

/** Clicks the button with this text inside the hulpzoeker. */
async function clickButton(page: TestPage, label: string): Promise<void> {
  const clicked = await page.evaluate(
    (tag: string, text: string) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
      button?.click();
      return Boolean(button);
    },
    HZ,
    label,
  );
  assert.ok(clicked, `button "${label}"`);
}

const legend = (page: TestPage) => shadowText(page, [HZ, 'legend']);
const offerNames = (page: TestPage) =>
  page.evaluate(
    (tag: string) =>
      [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('.offer :is(h3, h4, h5, h6)') ?? [])].map((h) =>
        h.textContent?.trim(),
      ),
    HZ,
  );
const failedUrls = new WeakMap<TestPage, string[]>();

/** A fresh page that also records which requests failed (4xx/5xx). */
async function open(browser: Browser): Promise<TestPage> {
  const page = await newPage(browser);
  const failed: string[] = [];
  failedUrls.set(page, failed);
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(new URL(response.url()).pathname);
  });
  return page;
}

/**
 * Console errors, page errors and CSP violations. The browser's own request for /favicon.ico
 * (the demo site has none) logs a "Failed to load resource" that is not the widget's: that
 * message is left out only when every failed request was the favicon.
 */
function problems(page: TestPage): string[] {
  const onlyFavicon = (failedUrls.get(page) ?? []).every((path) => path === '/favicon.ico');
  return page.problems.filter((p) => !(onlyFavicon && p.startsWith('console: Failed to load resource')));
}

const storedKeys = (page: TestPage) => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('digiplein:')));

describe('hulpzoeker on the demo page (end to end)', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    // as `npm start` runs it: the demo site, its seed data, and the demo config the features read
    server = await startServer({ demo: true, siteConfigFile: 'demo/digiplein.json' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('leads a parent from the questions to local help, under the strict CSP', async () => {
    const page = await open(browser);
    await page.goto(`${server.url}/`);
    assert.equal(await waitForShadow(page, [HZ, 'legend']), 'Voor wie zoekt u hulp?');
    assert.deepEqual(await storedKeys(page), [], 'nothing stored before the first answer');

    await click(page, 'input[value="ouder"]');
    assert.deepEqual(await storedKeys(page), ['digiplein:hulpzoeker:answers']);
    await clickButton(page, 'Volgende');
    assert.equal(await legend(page), 'Waar denkt u aan?');
    await click(page, 'input[value="kinderen"]');
    await clickButton(page, 'Volgende');
    await click(page, 'input[value="goed"]');
    await clickButton(page, 'Volgende');
    assert.equal(await legend(page), 'Waar woont u?');

    const postcode = await page.waitForSelector(inHz('#postcode'));
    await postcode!.type('9992 AB');
    await page.keyboard.press('Enter'); // submits the question: the postcode is looked up in the config, then the results show
    assert.equal(await waitForShadow(page, [HZ, '#results-heading']), 'Hulp die bij u past');
    const focused = await page.evaluate((tag: string) => document.querySelector(tag)?.shadowRoot?.activeElement?.id, HZ);
    assert.equal(focused, 'results-heading');
    assert.match((await shadowText(page, [HZ, '.results .count'])) ?? '', /^\d+ plekken waar u terecht kunt$/);

    assert.ok((await offerNames(page)).length <= 10, 'the best 10 first');
    // then every offer, as "Toon meer hulp (nog …)" brings them
    const showMore = (tag: string) => {
      const more = [
        ...(document.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.results .actions button') ?? []),
      ].find((b) => b.textContent!.trim().startsWith('Toon meer hulp'));
      more?.click();
      return Boolean(more);
    };
    while (await page.evaluate(showMore, HZ)) await new Promise((r) => setTimeout(r, 50));
    const names = await offerNames(page);
    assert.equal(names[0], 'Wijkteam Voorbeeld', 'light help of the own gemeente first');
    assert.ok(!names.includes('Sociaal team Proefdorp'), 'no offers of another gemeente');
    assert.ok(names.includes('Cursus Samen ouder blijven'), 'regional offers');
    assert.ok(names.includes('Checklist ouderschapsplan'), 'national offers');
    assert.ok(names.indexOf('Cursus Samen ouder blijven') < names.indexOf('Traject bij een vechtscheiding'), 'light before heavy');
    const stored = await page.evaluate(() => sessionStorage.getItem('digiplein:hulpzoeker:answers') ?? '');
    assert.ok(!stored.includes('9992'), 'the postcode is not kept');

    // "Meld u aan" opens the page's own sign-up widget inline (the demo loads every element)
    await page.evaluate((tag: string) => {
      const card = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('.offer') ?? [])].find(
        (o) => o.querySelector(':is(h3, h4, h5, h6)')?.textContent?.trim() === 'Wijkteam Voorbeeld',
      );
      [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Meld u aan')?.click();
    }, HZ);
    await page.waitForSelector(inHz('digiplein-spreekuur-aanmelding[spreekuur="wijkteam-voorbeeld"]'));
    await page.waitForFunction(
      (tag: string) =>
        (document.querySelector(tag)?.shadowRoot?.querySelector('digiplein-spreekuur-aanmelding')?.shadowRoot?.textContent?.trim().length ??
          0) > 0,
      { timeout: 15_000 },
      HZ,
    );

    await clickButton(page, 'Wis mijn gegevens');
    assert.deepEqual(await storedKeys(page), []);
    assert.equal(await legend(page), 'Voor wie zoekt u hulp?');
    assert.deepEqual(problems(page), [], `no console errors or CSP violations (failed: ${failedUrls.get(page)?.join(', ')})`);
  });

  it('shows the safety help at once and searches with synonyms and typos', async () => {
    const page = await open(browser);
    await page.goto(`${server.url}/`);
    await waitForShadow(page, [HZ, 'legend']);
    await clickButton(page, 'Overslaan');
    await clickButton(page, 'Overslaan');
    await click(page, 'input[value="onveilig"]');
    const safety = await waitForShadow(page, [HZ, 'section.safety']);
    assert.match(safety, /0800-2000/);
    const underAnswer = await page.evaluate(
      (tag: string) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('form.question fieldset + section.safety')),
      HZ,
    );
    assert.equal(underAnswer, true, 'the safety card stands right under the answer, where the parent looks');

    await clickButton(page, 'Zelf zoeken');
    const query = await page.waitForSelector(inHz('input#query'));
    await query!.type('zorgregeling');
    await page.waitForFunction(
      (tag: string) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('.offer').length ?? 0) > 0,
      {},
      HZ,
    );
    assert.ok((await offerNames(page)).includes('Begeleide omgang'), 'synonym omgang ↔ zorgregeling from the demo config');
    await query!.click({ count: 3 });
    await query!.type('mediaton'); // a typo
    await page.waitForFunction(
      (tag: string) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('input#query')?.matches('[aria-describedby]') &&
        !document.querySelector(tag)?.shadowRoot?.textContent?.includes('Begeleide omgang'),
      {},
      HZ,
    );
    const names = await offerNames(page);
    assert.ok(names.slice(0, 3).includes('Mediation via de gemeente'), `mediation among the first: ${names.join(', ')}`);
    assert.deepEqual(problems(page), []);
  });

  it('when the safety check cannot load (the network is gone), a search shows the calm line with 112 and Veilig Thuis above its results', async () => {
    const page = await open(browser);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // the matcher's and the national lexicon's chunks, which load on the first input
      if (/\/chunks\/(detect|safety-data)-[^/]*\.js$/.test(request.url())) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await page.goto(`${server.url}/`);
    await waitForShadow(page, [HZ, 'legend']);
    await clickButton(page, 'Zelf zoeken');
    const query = await page.waitForSelector(inHz('input#query'));
    await query!.type('mediation');
    const notice = await waitForShadow(page, [HZ, 'section.safety.possible']);
    assert.match(notice, /112/);
    assert.match(notice, /0800-2000/);
    assert.equal(await shadowText(page, [HZ, 'section.safety:not(.possible)']), undefined, 'the calm line, not the full card');
    assert.ok((await offerNames(page)).includes('Mediation via de gemeente'), 'the results stay');
    const said = page.problems.filter((p) => p.includes('the safety check could not load'));
    assert.equal(said.length, 1, `the console says so, once: ${page.problems.join(' | ')}`);
  });
});
