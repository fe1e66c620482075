/**
 * Chromium for end-to-end tests: Debian's package (`CHROME_PATH` or `/usr/bin/chromium`)
 * through puppeteer-core, with the same flags as the browser tests (web-test-runner.config.mjs).
 *
 * ```ts
 * const browser = await launchBrowser();
 * after(() => browser.close());
 * const page = await newPage(browser);   // collects console errors and CSP violations
 * await page.goto(`${server.url}/desk`);
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';

const config = '../../web-test-runner.config.mjs';

/** The Chromium flags every test uses (no sandbox as root, no background networking). */
export async function chromiumArgs(): Promise<string[]> {
  const mod = (await import(config)) as { chromiumArgs: string[] };
  return mod.chromiumArgs;
}

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROME_PATH`);
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: await chromiumArgs(),
    protocolTimeout: 60_000,
  });
}

export interface TestPage extends Page {
  /** Console errors, page errors and CSP violations seen so far (a test asserts it is empty). */
  problems: string[];
}

/**
 * A new page in its own browser context (no cookies or storage shared with other pages),
 * recording console errors (CSP violations among them) and uncaught errors.
 */
export async function newPage(browser: Browser): Promise<TestPage> {
  const context = await browser.createBrowserContext();
  const page = (await context.newPage()) as TestPage;
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${(error as Error).message}`));
  return page;
}

/**
 * Waits until an element inside shadow roots exists (a path of selectors, one per shadow
 * root), and its text contains `contains` when given; returns the text. Use it instead of `page.waitForSelector('a >>> b')`: that one
 * watches mutations of the document only, so it misses elements a shadow root renders later.
 */
export async function waitForShadow(
  page: Page,
  path: string[],
  { timeout = 30_000, contains = '' }: { timeout?: number; contains?: string } = {},
): Promise<string> {
  const handle = await page
    .waitForFunction(
      (selectors: string[], contains: string) => {
        let root: Document | ShadowRoot = document;
        let element: Element | null = null;
        for (const selector of selectors) {
          element = root.querySelector(selector);
          if (!element) return false;
          root = element.shadowRoot ?? root;
        }
        const text = element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return text.includes(contains) ? text : false;
      },
      { timeout, polling: 100 },
      path,
      contains,
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}: no ${path.join(' >>> ')}${contains ? ` with "${contains}"` : ''}\n${await describeWidgets(page)}`);
    });
  return (await handle.jsonValue()) as string;
}

/**
 * Polls for an element behind `>>>` (a shadow root may render it later; Puppeteer's own wait for a
 * selector watches mutations of the document only). Throws with the selector after `timeout`.
 */
export async function deep(page: Page, selector: string, { timeout = 30_000 } = {}): Promise<ElementHandle<Element>> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await page.$(selector);
    if (found) return found;
    if (Date.now() > until) throw new Error(`not found within ${timeout} ms: ${selector}\n${await describeWidgets(page)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks, as a finger would, the control (button, link, summary, label, tab) inside `host`'s
 * shadow roots (at any depth) whose text is `label`, or else the first whose text contains it,
 * once it is there, shown and enabled. The text is read from the live DOM on every poll:
 * Puppeteer's `::-p-text` keeps a cache of text that can miss what a shadow root renders after
 * it first looked (the strings of a language arrive after the first render), and then waits
 * until it times out.
 */
export async function clickText(page: Page, host: string, label: string, { timeout = 30_000 } = {}): Promise<void> {
  const found = await page
    .waitForFunction(
      (host: string, label: string) => {
        const controls: Element[] = [];
        const roots: (Document | ShadowRoot)[] = [];
        const start = document.querySelector(host);
        if (start?.shadowRoot) roots.push(start.shadowRoot);
        while (roots.length) {
          const root = roots.shift()!;
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) roots.push(element.shadowRoot);
            if (!element.matches('button, a[href], summary, label, [role="button"], [role="tab"]')) continue;
            if (element.matches(':disabled, [aria-disabled="true"]') || !element.getClientRects().length) continue;
            controls.push(element);
          }
        }
        // (no named functions in here: the test's compiler would wrap them in a helper the page lacks)
        const texts = controls.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
        const at = texts.indexOf(label);
        return controls[at >= 0 ? at : texts.findIndex((t) => t.includes(label))] ?? null;
      },
      { timeout, polling: 100 },
      host,
      label,
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}: no control "${label}" in <${host}>\n${await describeWidgets(page)}`);
    });
  await (found as ElementHandle<Element>).click();
}

/**
 * What the page's custom elements show (their shadow roots' HTML without styles and comments,
 * nested), for a failing step's message: a timeout alone does not say what was on the screen.
 */
export async function describeWidgets(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const lines: string[] = [location.href];
      const stack: [Document | ShadowRoot, number][] = [[document, 0]];
      while (stack.length) {
        const [root, depth] = stack.pop()!;
        for (const element of root.querySelectorAll('*')) {
          if (!element.tagName.includes('-')) continue;
          const inner = element.shadowRoot?.innerHTML
            .replace(/<!--[^]*?-->/g, '')
            .replace(/<style>[^]*?<\/style>/g, '')
            .replace(/\s+/g, ' ')
            .slice(0, 1200);
          lines.push(`${'  '.repeat(depth)}<${element.tagName.toLowerCase()}> ${inner ?? '(no shadow root)'}`);
          if (element.shadowRoot) stack.push([element.shadowRoot, depth + 1]);
        }
      }
      return lines.join('\n');
    })
    .catch((error: Error) => `(the page could not be read: ${error.message})`);
}

/**
 * Text of an element inside shadow roots, by a path of selectors (one per shadow root):
 * `shadowText(page, ['digiplein-desk', 'digiplein-desk-login', '.error'])`.
 */
export async function shadowText(page: Page, path: string[]): Promise<string | undefined> {
  return page.evaluate((selectors: string[]) => {
    let root: Document | ShadowRoot = document;
    let element: Element | null = null;
    for (const selector of selectors) {
      element = root.querySelector(selector);
      if (!element) return undefined;
      root = element.shadowRoot ?? root;
    }
    return element?.textContent?.replace(/\s+/g, ' ').trim();
  }, path);
}

/**
 * Logs in through the desk's form (`/desk` must be open): fills in both fields, clearing what
 * they held, and submits. Wait for the result yourself (`.error`, or the shell's `nav`).
 */
export async function deskLogin(page: Page, email: string, password: string): Promise<void> {
  const login = 'digiplein-desk >>> digiplein-desk-login >>> ';
  await waitForShadow(page, ['digiplein-desk', 'digiplein-desk-login', 'form']);
  for (const [selector, value] of [
    ['#email', email],
    ['#password', password],
  ] as const) {
    const field = (await page.$(`${login}${selector}`))!;
    await field.evaluate((input) => ((input as HTMLInputElement).value = ''));
    await field.type(value);
  }
  await (await page.$(`${login}button[type=submit]`))!.click();
}

let axeSource: string | undefined;

/**
 * axe-core's violations on the page, shadow roots included, as `rule: target` lines (assert
 * `[]`). axe is evaluated through the DevTools protocol, which the page's strict CSP does not
 * govern, so the page under test keeps its real CSP.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Axe = { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}
