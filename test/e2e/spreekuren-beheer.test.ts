/**
 * A coordinator adds a spreekuur (its code starts with the organisation's) and a time to the demo
 * spreekuur in the desk; a parent then books exactly that time in `<digiplein-spreekuur-aanmelding>`
 * on the demo page, and the desk shows it taken.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { addDays, amsterdamDate, weekdayOf } from '../../src/core/time/amsterdam.js';
import { clickText, deep, deskLogin, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const T = { timeout: 30_000 }; // a loaded 2-core machine
const VIEW = 'digiplein-desk >>> digiplein-desk-spreekuren >>> ';
const W = 'digiplein-spreekuur-aanmelding';

/** Sets a form control's value the way typing would (date and time inputs are awkward to type into). */
async function fill(page: Page, selector: string, value: string) {
  await (
    await deep(page, selector)
  ).evaluate((input, v) => {
    (input as HTMLInputElement).value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('spreekuren managed in the desk (end to end)', () => {
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

  it('a coordinator adds a time, and a parent books that time on the demo page', async () => {
    // a Saturday a few days ahead: the demo's own wijkteam times are on Tuesdays and Thursdays
    let date = addDays(amsterdamDate(Date.now()), 3);
    while (weekdayOf(date) !== 'za') date = addDays(date, 1);

    const desk = await newPage(browser);
    await desk.goto(`${server.url}/desk#spreekuren`, { waitUntil: 'domcontentloaded' });
    await deskLogin(desk, 'coordinator@voorbeeld.example', 'demo-coordinator-2026');
    await waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-spreekuren', 'ul.spreekuren'], {
      ...T,
      contains: 'Spreekuur wijkteam Voorbeeld',
    });
    // a new spreekuur gets a code that starts with the organisation's, so no other organisation
    // can take a code a gemeente's config names; the desk shows the code to put in the config
    await clickText(desk, 'digiplein-desk', 'Nieuw spreekuur of bijeenkomst');
    await fill(desk, `${VIEW}#field-name`, 'Inloop op zaterdag');
    await fill(desk, `${VIEW}#field-location`, 'Wijkcentrum De Brug');
    await (await deep(desk, `${VIEW}form.panel button[type=submit]`)).click();
    const created = await waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-spreekuren', 'ul.spreekuren'], {
      ...T,
      contains: 'Inloop op zaterdag',
    });
    assert.match(created, /Code in de configuratie: gemeente-voorbeeld-inloop-op-zaterdag/);
    assert.match(created, /Code in de configuratie: wijkteam-voorbeeld/, 'a code from before the rule stays');

    await clickText(desk, 'digiplein-desk', 'Tijd toevoegen (Spreekuur wijkteam Voorbeeld)');
    await fill(desk, `${VIEW}#field-date`, date);
    await fill(desk, `${VIEW}#field-start`, '16:15');
    await fill(desk, `${VIEW}#field-minutes`, '45');
    await fill(desk, `${VIEW}#field-capacity`, '1');
    await (await deep(desk, `${VIEW}form.panel button[type=submit]`)).click();
    await waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-spreekuren', '[role=status][aria-live]'], {
      ...T,
      contains: '1 tijd toegevoegd.',
    });
    const listed = await waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-spreekuren', 'ul.spreekuren'], {
      ...T,
      contains: '16:15–17:00',
    });
    assert.match(listed, /16:15–17:00 0 van 1 plaats bezet/);

    // the parent, on the gemeente's page
    const page = await newPage(browser);
    await page.goto(`${server.url}/aanmelden.html`);
    await waitForShadow(page, [W, '#step-heading'], { ...T, contains: 'Waarvoor wilt u zich aanmelden?' });
    await (await deep(page, `${W} >>> #spreekuur-wijkteam-voorbeeld`)).click();
    await clickText(page, W, 'Verder');
    await deep(page, `${W} >>> input[name=day]`);
    const picked = await page.$$eval(
      `${W} >>> input[name=day]`,
      (inputs, wanted) => {
        const input = inputs.find((i) => (i as HTMLInputElement).value === wanted) as HTMLInputElement | undefined;
        input?.click();
        return !!input;
      },
      date,
    );
    assert.ok(picked, `the widget offers ${date}`);
    const times = await waitForShadow(page, [W, 'fieldset.day'], { ...T, contains: '16:15' });
    assert.match(times, /16:15/);
    await (await deep(page, `${W} >>> #slot-first`)).click();
    await clickText(page, W, 'Verder');

    await deep(page, `${W} >>> #name`);
    await page.type(`${W} >>> #name`, 'Ouder Zaterdag');
    await page.type(`${W} >>> #email`, 'zaterdag@test.example');
    await page.select(`${W} >>> #theme`, 'kinderen');
    await (await page.$(`${W} >>> #contactBy-email`))!.click();
    await (await page.$(`${W} >>> #consent`))!.click();
    await new Promise((r) => setTimeout(r, 3200)); // the minimum fill time
    await clickText(page, W, 'Verder');
    await waitForShadow(page, [W, '#step-heading'], { ...T, contains: 'Controleer uw aanmelding' });
    await clickText(page, W, 'Aanmelding versturen');
    await waitForShadow(page, [W, '#step-heading'], { ...T, contains: 'U bent aangemeld' });
    assert.deepEqual(page.problems, []);

    // the coordinator sees who signed up for the new time
    await clickText(desk, 'digiplein-desk', 'Vernieuwen');
    // (not "1 van 1 plaats bezet": the demo's own booking shows that before the list reloads)
    const after = await waitForShadow(desk, ['digiplein-desk', 'digiplein-desk-spreekuren', 'ul.spreekuren'], {
      ...T,
      contains: 'Ouder Zaterdag',
    });
    assert.match(after, /16:15–17:00 1 van 1 plaats bezet/);
    assert.match(after, /Ouder Zaterdag/);
    assert.deepEqual(desk.problems, []);
  });
});
