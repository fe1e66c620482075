import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';

/** Starts headless Chromium (CHROME_PATH or Debian's) with the flags the browser tests use. */
export async function launchChromium(): Promise<Browser> {
  // The flags live in one place, web-test-runner.config.mjs (a JS module without types).
  const configPath: string = '../../web-test-runner.config.mjs';
  const { chromiumArgs } = (await import(configPath)) as { chromiumArgs: string[] };
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}
