/** Starts Chromium and a server for dist/ once per test file, and stops them after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

/** What a browser test file uses: the running browser and the site's origin. */
export interface SiteInBrowser {
  browser: Browser;
  origin: string;
}

/** Registers the hooks; the returned object is filled before the first test runs. */
export function useSiteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [site.browser, server] = await Promise.all([launchBrowser(), serveDist()]);
    site.origin = server.origin;
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
