import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { axeViolations, launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import type { TestPage } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const PANEL = ['digiplein-chat', 'digiplein-chat-panel'];
const panel = (sel: string) => `digiplein-chat >>> digiplein-chat-panel >>> ${sel}`;
const DESK_CHAT = ['digiplein-desk', 'digiplein-desk-chat'];
const desk = (sel: string) => `digiplein-desk >>> digiplein-desk-chat >>> ${sel}`;

/** Clicks the first button inside shadow roots whose text contains `text`. */
async function clickButton(page: Page, host: string, text: string): Promise<void> {
  await page.waitForFunction(
    (host: string, text: string) => {
      const path = host.split(' >>> ');
      let root: Document | ShadowRoot = document;
      for (const s of path) {
        const el: Element | null = root.querySelector(s);
        if (!el?.shadowRoot) return false;
        root = el.shadowRoot;
      }
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(text));
      if (!button) return false;
      button.click();
      return true;
    },
    { timeout: 15_000, polling: 100 },
    host,
    text,
  );
}

/**
 * The demo page as a parent sees it, with the demo config's opening hours made "always open"
 * (so the test does not depend on the clock) and the API on this server.
 */
async function openDemoAsParent(browser: Browser, server: TestServer): Promise<TestPage & { failed: string[] }> {
  const page = (await newPage(browser)) as TestPage & { failed: string[] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/digiplein.json') return void request.continue();
    void (async () => {
      const config = (await (await fetch(request.url())).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const allDay = ['00:00-24:00'];
      config.chat = {
        ...config.chat,
        openingHours: { ma: allDay, di: allDay, wo: allDay, do: allDay, vr: allDay, za: allDay, zo: allDay },
        closedDays: [],
      };
      config.endpoints = { ...config.endpoints, api: '/' };
      await request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(config) });
    })();
  });
  page.failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) page.failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${server.url}/`);
  return page;
}

describe('chat: a parent asks, gets an answer, asks for a person, a professional answers (end to end)', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    // CHAT_E2E_DIST: a copy of dist/ (when other builds run at the same time in this work tree)
    server = await startServer({ demo: true, ...(process.env.CHAT_E2E_DIST ? { distDir: process.env.CHAT_E2E_DIST } : {}) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('works on the demo page under the strict CSP, with the desk on the other side', async () => {
    const parent = await openDemoAsParent(browser, server);
    await (await parent.waitForSelector('digiplein-chat >>> .launcher'))!.evaluate((b) => (b as HTMLButtonElement).click());
    await waitForShadow(parent, [...PANEL, 'form.composer']); // (an empty #input has no text to wait for)

    // an answer from the gemeente's own content
    const input = (await parent.$(panel('#input')))!;
    await input.type('Is er in Voorbeeld een spreekuur over scheiden?');
    await parent.keyboard.press('Enter');
    await waitForShadow(parent, [...PANEL, '.log'], { contains: 'Het wijkteam van Gemeente Voorbeeld heeft een spreekuur' });

    // ask for a person; agree to share the conversation
    await clickButton(parent, 'digiplein-chat >>> digiplein-chat-panel', 'Iemand spreken');
    await clickButton(parent, 'digiplein-chat >>> digiplein-chat-panel', 'Ja, deel het gesprek');
    await waitForShadow(parent, [...PANEL, '.log'], { contains: 'U staat in de wachtrij' });

    // a professional logs in to the desk and sees the waiting conversation with its history
    const professional = await newPage(browser);
    await professional.goto(`${server.url}/desk#chat`);
    await waitForShadow(professional, ['digiplein-desk', 'digiplein-desk-login', 'form']);
    await (await professional.$('digiplein-desk >>> digiplein-desk-login >>> #email'))!.type('balie@voorbeeld.example');
    await (await professional.$('digiplein-desk >>> digiplein-desk-login >>> #password'))!.type('demo-balie-2026');
    await (await professional.$('digiplein-desk >>> digiplein-desk-login >>> button[type=submit]'))!.click();
    await waitForShadow(professional, [...DESK_CHAT, 'ul.items'], { contains: 'Wacht op een medewerker' });
    await clickButton(professional, 'digiplein-desk >>> digiplein-desk-chat', 'Aannemen');
    await waitForShadow(professional, [...DESK_CHAT, '.log'], { contains: 'Is er in Voorbeeld een spreekuur over scheiden?' });

    // the parent is told a person is here
    await waitForShadow(parent, [...PANEL, '.log'], { contains: 'U praat nu met een medewerker: Sanne de Balie (fictief)' });
    await waitForShadow(parent, [...PANEL, '.badge'], { contains: 'U praat met een mens' });

    // the professional answers on two lines (Shift+Enter) and sends with Enter; the parent reads it
    await (await professional.$(desk('#reply')))!.type('Goedemorgen, ik ben Sanne.');
    await professional.keyboard.down('Shift');
    await professional.keyboard.press('Enter');
    await professional.keyboard.up('Shift');
    await professional.keyboard.type('Waar kan ik u mee helpen?');
    await professional.keyboard.press('Enter');
    await waitForShadow(parent, [...PANEL, '.log .person'], { contains: 'Goedemorgen, ik ben Sanne. Waar kan ik u mee helpen?' });

    // the history the parent shared is in the parent's log once, not again from the server
    const shared = await waitForShadow(parent, [...PANEL, '.log']);
    assert.equal(shared.split('Is er in Voorbeeld een spreekuur over scheiden?').length - 1, 1, 'shared history shown once');

    // the parent replies; the bot stays silent, the professional reads it
    await (await parent.$(panel('#input')))!.type('Ik wil weten hoe ik het mijn kinderen vertel.');
    await parent.keyboard.press('Enter');
    await waitForShadow(professional, [...DESK_CHAT, '.log'], { contains: 'Ik wil weten hoe ik het mijn kinderen vertel.' });
    const parentLog = await waitForShadow(parent, [...PANEL, '.log']);
    assert.ok(!parentLog.includes('Dat is voor veel ouders een moeilijk gesprek'), 'the bot answered while a person was there');

    // the desk's chat view and the parent's open chat pass axe
    assert.deepEqual(await axeViolations(professional), []);
    assert.deepEqual(
      (await axeViolations(parent)).filter((v) => v.includes('digiplein-chat')),
      [],
    );

    // (the demo has no favicon: its 404 is the only failed load allowed)
    assert.deepEqual(parent.failed, []);
    assert.deepEqual(
      parent.problems.filter((p) => !p.includes('status of 404')),
      [],
    );
    assert.deepEqual(
      professional.problems.filter((p) => !p.includes('status of 401')),
      [],
    );
  });
});
