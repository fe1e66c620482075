import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { ProfessionalInput, TestServer } from '../helpers/server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page (shadow roots included), as `rule: target` lines. */
async function violations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol, which the page's CSP does not govern
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  const login = 'digiplein-desk >>> digiplein-desk-login >>> ';
  await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-login', 'form']);
  await (await page.$(`${login}#email`))!.type(email);
  await (await page.$(`${login}#password`))!.type(password);
  await (await page.$(`${login}button[type=submit]`))!.click();
}

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
    assert.deepEqual(await violations(page), []);
    await logIn(page, admin.email, 'verkeerd-wachtwoord');
    await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-login', '.error']);
    assert.deepEqual(await violations(page), []);
  });

  it('has no violations in the shell with the account view and the organisation’s accounts', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/desk#account`);
    await logIn(page, admin.email, admin.password);
    const list = await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-account', 'ul']);
    assert.match(list, /Beheerder .*Beheerder/);
    assert.match(list, /Collega .*Medewerker/);
    assert.deepEqual(await violations(page), []);
  });
});
