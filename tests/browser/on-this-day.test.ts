/** "Ngày này năm xưa": the browser picks today's entries (or the next day's) on the reader's own date. */

import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { builtPage } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();

/** Day keys ("MM-DD") that have content, from the data the page ships. */
function daysWithContent(): string[] {
  const json = builtPage('/ngay-nay-nam-xua/').root.querySelector('#on-this-day-data')?.text ?? '{}';
  return Object.keys(JSON.parse(json) as Record<string, unknown>).sort();
}

async function todayBox(isoDateTime: string): Promise<{ heading: string; links: string[] }> {
  const context = await phoneContext(site.browser, { timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(isoDateTime));
  await page.goto(`${site.origin}/ngay-nay-nam-xua/`);
  const box = page.locator('[data-today]');
  await box.waitFor({ state: 'visible' });
  const result = {
    heading: (await box.locator('h2').textContent()) ?? '',
    links: await box.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '')),
  };
  await context.close();
  return result;
}

describe('today on /ngay-nay-nam-xua/', () => {
  it('shows the entries of a day that has content, linking to that day', async () => {
    const day = daysWithContent()[0];
    expect(day).toBeDefined();
    const [month, date] = (day ?? '01-01').split('-').map(Number);
    const box = await todayBox(`2030-${day}T09:00:00+07:00`);
    expect(box.heading).toContain(`${date} tháng ${month}`);
    expect(box.links).toContain(`/ngay-nay-nam-xua/${day}/`);
    expect(box.links.length).toBeGreaterThan(1);
  });

  it('uses the reader’s local date: 23:30 in Vietnam is still that day', async () => {
    const day = daysWithContent()[0] ?? '01-01';
    const box = await todayBox(`2030-${day}T23:30:00+07:00`);
    expect(box.links).toContain(`/ngay-nay-nam-xua/${day}/`);
  });

  it('on a day without content, points to the next day that has some', async () => {
    const days = daysWithContent();
    const pair = days
      .map((day, index) => [day, days[index + 1]] as const)
      .find(([a, b]) => b && Number(b.slice(3)) - Number(a.slice(3)) > 1 && a.slice(0, 2) === b.slice(0, 2));
    expect(pair, 'two days of one month with a gap between them').toBeDefined();
    const [before, next] = pair ?? ['', ''];
    const gap = `${before.slice(0, 2)}-${String(Number(before.slice(3)) + 1).padStart(2, '0')}`;
    const box = await todayBox(`2030-${gap}T09:00:00+07:00`);
    expect(box.links).toContain(`/ngay-nay-nam-xua/${next}/`);
    expect(box.heading).toContain(`${Number(next.slice(3))} tháng ${Number(next.slice(0, 2))}`);
    expect(box.heading).not.toContain(`${Number(gap.slice(3))} tháng ${Number(gap.slice(0, 2))}`);
  });
});
