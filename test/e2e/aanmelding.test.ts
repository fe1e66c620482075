import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { clickText, deep, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const W = 'digiplein-spreekuur-aanmelding';
const inW = (selector: string) => `${W} >>> ${selector}`;

const T = { timeout: 30_000 }; // a loaded 2-core machine

/** Runs one step; on failure says which, with what the element showed. */
async function step<R>(page: Page, name: string, host: string, fn: () => Promise<R>): Promise<R> {
  try {
    return await fn();
  } catch (error) {
    const shown = await page
      .evaluate((h: string) => {
        let el: Element | null | undefined = document.querySelector(h.split(' >>> ')[0]!);
        for (const part of h.split(' >>> ').slice(1)) el = el?.shadowRoot?.querySelector(part);
        return (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ').trim();
      }, host)
      .catch(() => '?');
    const problems = (page as Page & { problems?: string[] }).problems ?? [];
    throw new Error(`step "${name}" failed: ${(error as Error).message}\nshown: ${shown}\nproblems: ${problems.join(' | ')}`, {
      cause: error,
    });
  }
}

describe('spreekuur-aanmelding (end to end)', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startServer({ demo: true, siteConfigFile: resolve(import.meta.dirname, '../../demo/digiplein.json') });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up on the demo page, sees the confirmation, and the desk shows the sign-up', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/aanmelden.html`);
    await step(page, 'open', W, () => waitForShadow(page, [W, '#step-heading'], { ...T, contains: 'Waarvoor wilt u zich aanmelden?' }));

    await (await deep(page, inW('#spreekuur-wijkteam-voorbeeld'))).click();
    await clickText(page, W, 'Verder');

    // The seeded demo has the first time taken: it shows as full and cannot be chosen.
    await step(page, 'times', W, () => deep(page, inW('#slot-first')));
    assert.ok(await page.$eval(inW('input[name=slot]'), (input) => (input as HTMLInputElement).disabled), 'the first demo time is full');
    await (await page.$(inW('#slot-first')))!.click();
    await clickText(page, W, 'Verder');

    await deep(page, inW('#name'));
    await page.type(inW('#name'), 'Eefje Test');
    await page.type(inW('#email'), 'eefje@test.example');
    await page.type(inW('#phone'), '06 12345678');
    await page.select(inW('#theme'), 'kinderen');
    await page.type(inW('#question'), 'Hoe maken we een ouderschapsplan?');
    await (await page.$(inW('#contactBy-phone')))!.click();
    await (await page.$(inW('#consent')))!.click();
    // A person takes more than the minimum fill time (3 s) to read and fill the form.
    await new Promise((r) => setTimeout(r, 3200));
    await clickText(page, W, 'Verder');

    await step(page, 'check', W, () => waitForShadow(page, [W, '#step-heading'], { ...T, contains: 'Controleer uw aanmelding' }));
    await clickText(page, W, 'Aanmelding versturen');
    await step(page, 'confirmation', W, () => waitForShadow(page, [W, '#step-heading'], { ...T, contains: 'U bent aangemeld' }));
    const reference = await waitForShadow(page, [W, '.reference']);
    assert.match(reference, /^DP-[A-Z2-9]{6}$/);
    const ics = await page.$eval(inW('a[download]'), (a) => a.getAttribute('href')!);
    assert.ok(decodeURIComponent(ics).includes(`UID:${reference}@digiplein`));
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage)
        .concat(Object.keys(localStorage))
        .filter((k) => k.startsWith('digiplein:aanmelding')),
    );
    assert.deepEqual(
      stored,
      ['digiplein:aanmelding:confirmation'],
      'the draft is gone after success; only the booking is kept for a reload',
    );
    const kept = await page.evaluate(() => sessionStorage.getItem('digiplein:aanmelding:confirmation')!);
    assert.ok(kept.includes(reference) && !kept.includes('eefje@test.example'), 'no personal details are kept');
    assert.deepEqual(page.problems, []);

    // The desk of the organisation that runs this spreekuur.
    const desk = await newPage(browser);
    await desk.goto(`${server.url}/desk#signups`);
    await step(desk, 'desk login', 'digiplein-desk', () => waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-login', 'form'], T));
    const login = 'digiplein-desk >>> digiplein-desk-login >>> ';
    await desk.type(`${login}#email`, 'balie@voorbeeld.example');
    await desk.type(`${login}#password`, 'demo-balie-2026');
    await (await desk.$(`${login}button[type=submit]`))!.click();
    const row = await step(desk, 'desk list', 'digiplein-desk', () =>
      waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-signups', 'section'], { ...T, contains: reference }),
    );
    assert.match(row, /Eefje Test/);
    assert.match(row, /Spreekuur wijkteam Voorbeeld/);

    const box = `digiplein-desk >>> digiplein-desk-signups >>> input[aria-label="Afgehandeld: ${reference}"]`;
    await (await deep(desk, box)).click();
    await step(desk, 'handled', 'digiplein-desk >>> digiplein-desk-signups', () =>
      waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-signups', '[role=status]'], {
        ...T,
        contains: `Aanmelding ${reference} is afgehandeld.`,
      }),
    );
  });
});
