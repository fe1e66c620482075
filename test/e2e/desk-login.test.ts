import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { ProfessionalInput, TestServer } from '../helpers/server.js';

const LOGIN = ['digiplein-desk', 'digiplein-desk-login'];

/** Fills in the login form inside the desk's shadow roots and submits it. */
async function logIn(page: Page, email: string, password: string): Promise<void> {
  await waitForShadow(page, [...LOGIN, 'form']);
  const login = 'digiplein-desk >>> digiplein-desk-login >>> ';
  for (const [selector, value] of [['#email', email], ['#password', password]] as const) {
    const field = (await page.$(`${login}${selector}`))!;
    await field.evaluate((input) => ((input as HTMLInputElement).value = ''));
    await field.type(value);
  }
  await (await page.$(`${login}button[type=submit]`))!.click();
}

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

    await logIn(page, professional.email, 'niet-het-wachtwoord');
    assert.equal(await waitForShadow(page, [...LOGIN, '.error']), 'Het e-mailadres of het wachtwoord klopt niet.');
    assert.equal(await waitForShadow(page, ['digiplein-desk', 'nav'], { timeout: 500 }).catch(() => 'no nav'), 'no nav');

    await logIn(page, professional.email, professional.password);
    await waitForShadow(page, ['digiplein-desk', 'nav']);
    assert.match(await waitForShadow(page, ['digiplein-desk', 'header'], { contains: 'Ingelogd' }), /Ingelogd als Test Balie, Gemeente Voorbeeld \(fictief\)/);
    await (await page.$('digiplein-desk >>> nav a[href="#account"]'))!.click();
    assert.equal(await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-account', 'h2']), 'Uw account');
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

    await logIn(page, 'balie@voorbeeld.example', 'wrong-password-123');
    assert.equal(await waitForShadow(page, [...LOGIN, '.error']), 'The e-mail address or the password is not right.');

    await logIn(page, 'balie@voorbeeld.example', 'demo-balie-2026');
    assert.match(await waitForShadow(page, ['digiplein-desk', 'header'], { contains: 'Logged in' }), /Logged in as Sanne de Balie \(fictief\)/);

    await (await page.$('digiplein-desk >>> header .button.secondary'))!.click();
    assert.equal(await waitForShadow(page, [...LOGIN, '.status']), 'You have logged out.');
    const session = await page.evaluate(async () => (await fetch('/api/desk/session')).status);
    assert.equal(session, 401);
  });
});
