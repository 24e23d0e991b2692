/**
 * The quality gate in a real browser, on one page of each template: no accessibility
 * violation found by axe-core, no Content Security Policy violation, no console error,
 * no request to another origin, nothing wider than a 360 px phone screen.
 */

import { describe, expect, it } from 'vitest';
import { phoneContext, watchForeignRequests, watchPageErrors } from '../support/browser';
import { templatePages } from '../support/templates';
import { useSiteInBrowser } from '../support/site-browser';
import { axeViolations } from '../support/axe';

const site = useSiteInBrowser();

const templates = templatePages();

describe('every template exists', () => {
  it.each(templates.map((t) => [t.name, t.path] as const))('%s', (_, path) => {
    expect(path).toBeDefined();
  });
});

describe.each(templates.filter((t) => t.path).map((t) => [t.name, t.path as string] as const))('%s (%s)', (_, path) => {
  it('has no CSP violation, console error or foreign request, and fits a phone', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, site.origin);
    const errors = await watchPageErrors(page);
    const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await context.close();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
  });

  it('has no accessibility violation (axe-core, WCAG 2.2 AA)', async () => {
    // axe is injected from outside the page, which the site's own CSP rightly forbids.
    const context = await phoneContext(site.browser, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('/admin/ (the editor, not a reader page)', () => {
  it('starts with no CSP violation, console error or request to another origin', async () => {
    const context = await site.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, site.origin);
    const errors = await watchPageErrors(page);
    await page.goto(`${site.origin}/admin/`, { waitUntil: 'networkidle' });
    // The Vietnamese sign-in screen, once the CMS has loaded its translation.
    await page.getByRole('button', { name: 'Làm việc với thư mục nội dung trên máy này' }).waitFor({ timeout: 20_000 });
    await context.close();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
