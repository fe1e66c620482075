import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { deskLogin, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { ProfessionalInput, TestServer } from '../helpers/server.js';

const LOGIN = ['digiplein-desk', 'digiplein-desk-login'];

describe('desk login (end to end)', () => {
  let server: TestServer;
  let browser: Browser;
  let professional: ProfessionalInput;

  before(async () => {
    server = await startServer({ demo: true });
    professional = await server.createProfessional({ organisationId: 'gemeente-voorbeeld', name: 'Test Balie' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a wrong password with a message in Dutch, then accepts the right one', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/desk`);

    await deskLogin(page, professional.email, 'niet-het-wachtwoord');
    assert.equal(await waitForShadow(page, [...LOGIN, '.error']), 'Het e-mailadres of het wachtwoord klopt niet.');
    assert.equal(await waitForShadow(page, ['digiplein-desk', 'nav'], { timeout: 500 }).catch(() => 'no nav'), 'no nav');

    await deskLogin(page, professional.email, professional.password);
    await waitForShadow(page, ['digiplein-desk', 'nav']);
    // focus goes to the new view's heading, not <body> (and again after choosing another view)
    const focusedHeading = () =>
      page
        .waitForFunction(
          () => {
            let el: Element | null = document.activeElement;
            while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            return el?.tagName === 'H2' ? el.textContent : false;
          },
          { timeout: 5000 },
        )
        .then((h) => h.jsonValue() as Promise<unknown>);
    assert.ok(await focusedHeading(), 'a heading has focus after login');
    assert.match(
      await waitForShadow(page, ['digiplein-desk', 'header'], { contains: 'Ingelogd' }),
      /Ingelogd als Test Balie, Gemeente Voorbeeld \(fictief\)/,
    );
    await (await page.$('digiplein-desk >>> nav a[href="#account"]'))!.click();
    assert.equal(await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-account', 'h2']), 'Uw account');
    assert.equal(await focusedHeading(), 'Uw account');
    assert.match(await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-account', 'dl']), /Rol\s*Medewerker/);
    // the refused login's 401 is the only console message
    assert.deepEqual(page.problems, ['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
  });

  it('refuses a seeded demo account with a wrong password in English, then logs it in and out', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/desk`);
    await waitForShadow(page, [...LOGIN, 'form']);
    await (await page.$('digiplein-desk >>> header button'))!.click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    await deskLogin(page, 'balie@voorbeeld.example', 'wrong-password-123');
    assert.equal(await waitForShadow(page, [...LOGIN, '.error']), 'The e-mail address or the password is not right.');

    await deskLogin(page, 'balie@voorbeeld.example', 'demo-balie-2026');
    assert.match(
      await waitForShadow(page, ['digiplein-desk', 'header'], { contains: 'Logged in' }),
      /Logged in as Sanne de Balie \(fictief\)/,
    );

    await (await page.$('digiplein-desk >>> header .button.secondary'))!.click();
    assert.equal(await waitForShadow(page, [...LOGIN, '.status']), 'You have logged out.');
    const session = await page.evaluate(async () => (await fetch('/api/desk/session')).status);
    assert.equal(session, 401);
  });
});
