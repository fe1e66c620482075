/**
 * The Scheidingsplein path at its end, on the real server under the strict CSP: a parent reads a
 * chapter of the training on the demo site, finishes it, asks the wijkteam to contact them; a
 * professional of that organisation sees the request in the desk and marks it contacted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { deskLogin, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

/** Clicks the button with this text inside the shadow root at the end of `path`, once it is there. */
async function press(page: Page, path: string[], label: string): Promise<void> {
  await page.waitForFunction(
    (selectors: string[], text: string) => {
      let root: Document | ShadowRoot = document;
      for (const s of selectors) {
        const el: Element | null = root.querySelector(s);
        if (!el?.shadowRoot) return false;
        root = el.shadowRoot;
      }
      const b = [...root.querySelectorAll('button')].find((x) => x.textContent!.replace(/\s+/g, ' ').trim() === text);
      if (!b || b.disabled) return false;
      b.click();
      return true;
    },
    { timeout: 15_000, polling: 100 },
    path,
    label,
  );
}

/** Sets a field's value inside the shadow root at the end of `path` (input or change event). */
async function set(page: Page, path: string[], selector: string, value: string | boolean): Promise<void> {
  await page.waitForFunction(
    (selectors: string[], sel: string, v: string | boolean) => {
      let root: Document | ShadowRoot = document;
      for (const s of selectors) {
        const el: Element | null = root.querySelector(s);
        if (!el?.shadowRoot) return false;
        root = el.shadowRoot;
      }
      const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(sel);
      if (!field) return false;
      if (typeof v === 'boolean') {
        if ((field as HTMLInputElement).checked !== v) (field as HTMLInputElement).click();
      } else {
        field.value = v;
        field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
      }
      return true;
    },
    { timeout: 15_000, polling: 100 },
    path,
    selector,
    value,
  );
}

const TRAINING = ['digiplein-training'];
const DESK = ['digiplein-desk', 'digiplein-desk-followups'];

describe('training and the wijkteam’s follow-up (end to end)', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startServer({ demo: true, siteConfigFile: 'demo/digiplein.json' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a parent finishes a chapter and asks for contact; the desk sees it and marks it contacted', async () => {
    const parent = await newPage(browser);
    await parent.goto(`${server.url}/training.html`);
    await press(parent, TRAINING, 'Begin met de training');
    await waitForShadow(parent, [...TRAINING, '#chapter-heading'], { contains: 'Wat een scheiding betekent voor kinderen' });
    // read on to the questions, then finish the chapter
    for (let i = 0; i < 12; i++) {
      const atQuestions = await parent.evaluate(
        () => !!document.querySelector('digiplein-training')!.shadowRoot!.querySelector('textarea'),
      );
      if (atQuestions) break;
      await press(parent, TRAINING, 'Volgende');
    }
    await set(parent, TRAINING, 'textarea', 'Een antwoord dat op dit apparaat blijft.');
    await press(parent, TRAINING, 'Hoofdstuk afronden');
    await waitForShadow(parent, [...TRAINING, '.chapters .tag[data-status="done"]'], { contains: 'Klaar' });

    await press(parent, TRAINING, 'Ja, neem contact met mij op');
    await set(parent, TRAINING, '#fu-name', 'Sam Voorbeeld (fictief)');
    await set(parent, TRAINING, '#fu-phone', '06 12345678');
    await set(parent, TRAINING, '#fu-times', 'dinsdagochtend');
    await set(parent, TRAINING, '#fu-consent', true);
    await press(parent, TRAINING, 'Versturen');
    await waitForShadow(parent, [...TRAINING, '.followup .ok'], { contains: 'Verstuurd.' });
    assert.deepEqual(parent.problems, []);

    const desk = await newPage(browser);
    await desk.goto(`${server.url}/desk#followups`);
    await deskLogin(desk, 'balie@voorbeeld.example', 'demo-balie-2026');
    const card = await waitForShadow(desk, [...DESK, 'ul.requests > li'], { contains: 'Sam Voorbeeld (fictief)', timeout: 20_000 });
    assert.match(card ?? '', /Wanneer het uitkomt: dinsdagochtend/);
    assert.doesNotMatch(card ?? '', /op dit apparaat blijft/, 'nothing of the training answers reaches the desk');
    await set(desk, DESK, 'select', 'contacted');
    await set(desk, DESK, 'textarea', 'Gebeld, het gaat goed.');
    await press(desk, DESK, 'Opslaan Sam Voorbeeld (fictief)');
    await waitForShadow(desk, [...DESK, '[role="status"][aria-live]'], { contains: 'Opgeslagen: Sam Voorbeeld (fictief), Contact gehad.' });
    const stored = await server.app.db.get<{ status: string; notes: string }>('SELECT status, notes FROM followup_requests');
    assert.deepEqual(stored, { status: 'contacted', notes: 'Gebeld, het gaat goed.' });
    assert.deepEqual(
      desk.problems.filter((p) => !p.includes('status of 401')),
      [],
    );
  });
});
