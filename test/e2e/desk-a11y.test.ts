import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { axeViolations, deskLogin, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { ProfessionalInput, TestServer } from '../helpers/server.js';

describe('desk accessibility (axe, end to end)', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: ProfessionalInput;

  before(async () => {
    server = await startServer({ features: [] });
    admin = await server.createProfessional({ organisationId: 'org-a11y', role: 'admin', name: 'Beheerder' });
    await server.createProfessional({ organisationId: 'org-a11y', name: 'Collega' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has no violations on the login form, with and without an error', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/desk`);
    await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-login', 'form']);
    assert.deepEqual(await axeViolations(page), []);
    await deskLogin(page, admin.email, 'verkeerd-wachtwoord');
    await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-login', '.error']);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('has no violations in the shell with the account view and the organisation’s accounts', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/desk#account`);
    await deskLogin(page, admin.email, admin.password);
    const list = await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-account', 'ul']);
    assert.match(list, /Beheerder .*Beheerder/);
    assert.match(list, /Collega .*Medewerker/);
    assert.deepEqual(await axeViolations(page), []);
  });
});
