/**
 * Chromium driven by playwright-core. The browser comes through npm inside
 * `@sparticuz/chromium` (a headless shell unpacked once into the temp folder), so
 * `npm ci && npm test` needs nothing installed on the machine; CHROMIUM_PATH names a
 * system Chromium instead. Nothing is ever downloaded at install or run time.
 */
import { existsSync } from 'node:fs';
import packagedChromium from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags for this closed network: without them Chromium keeps calling Google's hosts. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let unpacking: Promise<string> | undefined;

/** The browser binary: CHROMIUM_PATH when set, else the one shipped in the npm package. */
export function chromiumExecutable(): Promise<string> {
  const systemPath = process.env.CHROMIUM_PATH;
  if (systemPath) {
    if (!existsSync(systemPath)) return Promise.reject(new Error(`CHROMIUM_PATH names ${systemPath}, which does not exist.`));
    return Promise.resolve(systemPath);
  }
  unpacking ??= packagedChromium.executablePath();
  return unpacking;
}

/** Starts headless Chromium with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: LAUNCH_ARGS });
}

/** A phone-sized context (360 × 740, touch) like most readers' screens. */
export function phoneContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    ...options,
  });
}

/** Records every request a page makes that leaves `origin`, to assert that none does. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/**
 * Records every console error, uncaught page error and Content-Security-Policy violation of a
 * page, to assert that there are none. Call before the page navigates.
 */
export async function watchPageErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return errors;
}
