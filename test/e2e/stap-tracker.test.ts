import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser, newPage, waitForShadow } from '../helpers/browser.js';
import type { TestPage } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const PARENT = ['digiplein-stap-tracker'];
const DESK = ['digiplein-desk', 'digiplein-desk-routes'];
const DESK_TRACKER = [...DESK, 'digiplein-stap-tracker'];

type Action = 'click' | 'fill' | 'open' | 'select' | 'start' | 'login' | 'comment' | 'open-route';

/**
 * Does one thing inside the shadow root at the end of `path` (one selector per shadow root) as a
 * person would, retrying until it can. (A dispatcher rather than code strings: the page's CSP forbids eval.)
 */
async function act(page: Page, path: string[], action: Action, arg: unknown = null): Promise<void> {
  await page.waitForFunction(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (selectors: string[], name: Action, a: any) => {
      let root: Document | ShadowRoot = document;
      for (const s of selectors) {
        const el: Element | null = root.querySelector(s);
        if (!el?.shadowRoot) return false;
        root = el.shadowRoot;
      }
      // No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.
      switch (name) {
        case 'click': {
          const b = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === a);
          if (!b || b.disabled) return false;
          b.click();
          return true;
        }
        case 'fill': {
          const i = root.querySelector<HTMLInputElement>(a[0]);
          if (!i) return false;
          i.value = a[1];
          i.dispatchEvent(new Event('input'));
          return true;
        }
        case 'open': {
          const d = root.querySelector<HTMLDetailsElement>(`#step-${a}`);
          if (!d) return false;
          if (!d.open) d.querySelector('summary')!.click();
          return true;
        }
        case 'select': {
          const s = root.querySelector<HTMLSelectElement>(`#status-${a[0]}`);
          if (!s) return false;
          s.value = a[1];
          s.dispatchEvent(new Event('change'));
          return true;
        }
        case 'start': {
          const f = root.querySelector<HTMLFormElement>('form.start');
          if (!f) return false;
          for (const [n, v] of [
            ['relation', 'getrouwd'],
            ['minorChildren', 'yes'],
            ['help', 'yes'],
          ])
            f.querySelector<HTMLInputElement>(`input[name="${n}"][value="${v}"]`)!.click();
          f.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          return true;
        }
        case 'login': {
          const f = root.querySelector<HTMLFormElement>('form');
          if (!f) return false;
          for (const [sel, value] of [
            ['#email', a[0]],
            ['#password', a[1]],
          ]) {
            const i = f.querySelector<HTMLInputElement>(sel)!;
            i.value = value;
            i.dispatchEvent(new Event('input'));
          }
          f.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
          return true;
        }
        case 'comment': {
          const t = root.querySelector<HTMLTextAreaElement>(`#comment-${a[0]}`);
          if (!t) return false;
          t.value = a[1];
          t.closest('form')!.requestSubmit();
          return true;
        }
        case 'open-route': {
          const li = [...root.querySelectorAll('ul.routes > li')].find((l) => l.textContent!.includes(a));
          if (!li) return false;
          li.querySelector('button')!.click();
          return true;
        }
      }
    },
    { timeout: 15_000, polling: 100 },
    path,
    action,
    arg,
  );
}

const click = (page: Page, path: string[], label: string) => act(page, path, 'click', label);

/** Opens a step and sets its status with the select, as a person would. */
async function setStatus(page: Page, path: string[], step: string, status: string): Promise<void> {
  await act(page, path, 'open', step);
  await act(page, path, 'select', [step, status]);
}

const tag = (path: string[], step: string) => [...path, `#step-${step} summary .tag[data-status]`];

/**
 * The demo page, with the demo config pointing at this server and polling once an hour: every
 * change below reaches the others through the server's event stream, or not in time at all.
 */
async function openDemo(browser: Browser, server: TestServer): Promise<TestPage> {
  const page = await newPage(browser);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/digiplein.json') return void request.continue();
    void (async () => {
      const config = (await (await fetch(request.url())).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      config.endpoints = { ...config.endpoints, api: '/' };
      config.stapTracker = { ...config.stapTracker, pollSeconds: 3600 };
      await request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(config) });
    })();
  });
  await page.goto(`${server.url}/stappen.html`);
  return page;
}

describe('stap-tracker: two parents and their begeleider keep one route (end to end)', () => {
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

  it('parent 1 shares, parent 2 joins with the code, the begeleider opens it in the desk, and every change reaches the others', async () => {
    // Parent 1 answers the start questions and shares the route.
    const parent1 = await openDemo(browser, server);
    await act(parent1, PARENT, 'start');
    await click(parent1, PARENT, 'Stappenplan delen');
    const code = (await waitForShadow(parent1, [...PARENT, '.sync .code'])).trim();
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    assert.match(await waitForShadow(parent1, [...PARENT, '.sync']), /U doet mee als Ouder 1/);

    // Parent 2 joins with the code on another device.
    const parent2 = await openDemo(browser, server);
    await act(parent2, PARENT, 'fill', ['#join-code', code.toLowerCase()]);
    await click(parent2, PARENT, 'Meedoen');
    await waitForShadow(parent2, [...PARENT, '.sync'], { contains: 'U doet mee als Ouder 2' });

    // The begeleider logs in to the desk, links the route with the code and opens it.
    const desk = await newPage(browser);
    await desk.goto(`${server.url}/desk#routes`);
    // The login form may render before the desk's session check ends and render again: log in
    // again if the first submit was lost (the password check itself takes a moment: scrypt).
    await act(desk, ['digiplein-desk', 'digiplein-desk-login'], 'login', ['balie@voorbeeld.example', 'demo-balie-2026']);
    if (
      !(await waitForShadow(desk, [...DESK, 'h2'], { timeout: 20_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      await act(desk, ['digiplein-desk', 'digiplein-desk-login'], 'login', ['balie@voorbeeld.example', 'demo-balie-2026']);
      await waitForShadow(desk, [...DESK, 'h2'], { timeout: 20_000 });
    }
    await act(desk, DESK, 'fill', ['#route-code', code]);
    await click(desk, DESK, 'Koppelen');
    await waitForShadow(desk, [...DESK, 'ul.routes'], { contains: code });
    await act(desk, DESK, 'open-route', code);
    await waitForShadow(desk, [...DESK_TRACKER, '.sync'], { contains: 'U doet mee als Begeleider' });
    // the desk opens it with the site's config: the gemeente's own step is there too
    await waitForShadow(desk, [...DESK_TRACKER, '#step-wijkteam-gesprek summary'], {
      contains: 'Een gesprek met het wijkteam (voorbeeld)',
    });
    await waitForShadow(parent2, [...PARENT, '#step-wijkteam-gesprek summary'], { contains: 'Een gesprek met het wijkteam (voorbeeld)' });

    // Parent 2 finishes a step: parent 1 and the begeleider see it within seconds.
    await setStatus(parent2, PARENT, 'woning', 'done');
    await waitForShadow(parent1, tag(PARENT, 'woning'), { contains: 'Klaar' });
    await waitForShadow(desk, tag(DESK_TRACKER, 'woning'), { contains: 'Klaar' });

    // Parent 1 starts another: parent 2 and the begeleider see that too.
    await setStatus(parent1, PARENT, 'toeslagen', 'busy');
    await waitForShadow(parent2, tag(PARENT, 'toeslagen'), { contains: 'Bezig' });
    await waitForShadow(desk, tag(DESK_TRACKER, 'toeslagen'), { contains: 'Bezig' });

    // The begeleider changes a step and leaves a comment; both parents see both, with who did it.
    await setStatus(desk, DESK_TRACKER, 'ouderschapsplan', 'waiting');
    await act(desk, DESK_TRACKER, 'comment', ['ouderschapsplan', 'Volgende week samen bespreken.']);
    for (const parent of [parent1, parent2]) {
      await waitForShadow(parent, tag(PARENT, 'ouderschapsplan'), { contains: 'Wacht op iemand anders' });
      await act(parent, PARENT, 'open', 'ouderschapsplan');
      await waitForShadow(parent, [...PARENT, '#step-ouderschapsplan .step-body'], { contains: 'Volgende week samen bespreken.' });
      await waitForShadow(parent, [...PARENT, '#step-ouderschapsplan .history'], { contains: 'gewijzigd door Begeleider' });
    }

    // The desk list shows the progress and the latest changes.
    await click(desk, DESK_TRACKER.slice(0, 2), 'Terug naar de lijst');
    await waitForShadow(desk, [...DESK, 'ul.routes'], { contains: 'ouder 2: Afspraken over het huis → klaar' });

    for (const page of [parent1, parent2, desk])
      assert.deepEqual(
        page.problems.filter((p) => !p.includes('status of 401')),
        [],
      );
  });
});
