/**
 * Share buttons on an item page: copy link, copy for Zalo, the native share sheet when it exists, Facebook's plain link.
 * An office's site shares its canonical address; a sample site, whose configured address is a placeholder, the one the reader is on.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { phoneContext } from '../support/browser';
import { builtPages } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';
import { siteConfig } from '../../src/site.config';

const site = useSiteInBrowser();
const article = builtPages().find((page) => /^\/bai-viet\/(?!trang\/|chuyen-muc\/|the\/)[^/]+\/$/.test(page.path));
if (!article) throw new Error('No article page was built');
const ogUrl = article.root.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
/** The address the box shares (known once the site is served). */
const sharedUrl = () => (siteConfig.sample ? `${site.origin}${article.path}` : ogUrl);
const title = article.root.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';

async function openArticle(setup?: (context: BrowserContext) => Promise<unknown>) {
  const context = await phoneContext(site.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await setup?.(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}${article?.path}`);
  return { context, page, share: page.locator('[data-share]') };
}

describe('share buttons', () => {
  it('copy the page link and show that it worked', async () => {
    const { context, page, share } = await openArticle();
    await share.getByRole('button', { name: 'Sao chép đường dẫn' }).click();
    await expect.poll(() => share.locator('.share__status').textContent()).toContain('Đã sao chép đường dẫn');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sharedUrl());
    await context.close();
  });

  it('copy a ready Zalo message: title, summary, link', async () => {
    const { context, page, share } = await openArticle();
    await share.getByRole('button', { name: 'Sao chép để gửi Zalo' }).click();
    const message = await page.evaluate(() => navigator.clipboard.readText());
    const lines = message.split('\n');
    expect(lines[0]).toBe(title);
    expect(lines.at(-1)).toBe(sharedUrl());
    expect(lines).toHaveLength(3);
    await context.close();
  });

  it('offer the phone’s share sheet where the browser has one, with the page’s title and link', async () => {
    const { context, page, share } = await openArticle((c) =>
      c.addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          value: (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
            return Promise.resolve();
          },
        });
      }),
    );
    const button = share.getByRole('button', { name: 'Chia sẻ…' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared).toMatchObject({ title, url: sharedUrl() });
    await context.close();
  });

  it('hide the share sheet button where the browser has none (Zalo and Facebook on Android)', async () => {
    const { context, share } = await openArticle((c) =>
      c.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined })),
    );
    await expect.poll(() => share.getByRole('button', { name: 'Sao chép đường dẫn' }).isVisible()).toBe(true);
    expect(await share.getByRole('button', { name: 'Chia sẻ…' }).isVisible()).toBe(false);
    await context.close();
  });

  it('still copy when the Clipboard API is missing, through the selected-text fallback', async () => {
    const { context, share } = await openArticle((c) =>
      c.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined })),
    );
    await share.getByRole('button', { name: 'Sao chép đường dẫn' }).click();
    await expect.poll(() => share.locator('.share__status').textContent()).toContain('Đã sao chép đường dẫn');
    await context.close();
  });

  it('show the link to copy by hand when nothing can copy', async () => {
    const { context, share } = await openArticle((c) =>
      c.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined });
        document.execCommand = () => false;
      }),
    );
    await share.getByRole('button', { name: 'Sao chép đường dẫn' }).click();
    await expect.poll(() => share.locator('.share__status').textContent()).toContain('Không sao chép được');
    expect(await share.locator('.share__fallback').isVisible()).toBe(true);
    expect(await share.locator('.share__fallback input').inputValue()).toBe(sharedUrl());
    await context.close();
  });

  it('link to Facebook’s sharer with the encoded URL and no tracking, in a new tab', async () => {
    const { context, share } = await openArticle();
    const link = share.getByRole('link', { name: 'Chia sẻ lên Facebook' });
    expect(await link.getAttribute('href')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(sharedUrl())}`);
    expect(await link.getAttribute('rel')).toContain('noopener');
    await context.close();
  });
});
