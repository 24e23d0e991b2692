/**
 * The home page is never stale: "this week" (the question, and the quotation of the day beside
 * it) follows the reader's clock on Vietnam's calendar, not the build's date. The clock is fixed
 * with Playwright's page.clock.
 */
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { builtPage } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();
const home = builtPage('/').root;
/** The candidate questions the home page ships, newest first: their weeks and links. */
const candidates = home.querySelectorAll('[data-week-start]').map((card) => ({
  start: card.getAttribute('data-week-start') ?? '',
  end: card.getAttribute('data-week-end') ?? '',
  href: card.querySelector('h3 a')?.getAttribute('href') ?? '',
}));
const pool = JSON.parse(home.querySelector('#quote-pool')?.text ?? '[]') as { text: string; href: string; week?: string }[];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function homeAt(instant: string, timezoneId = 'Asia/Ho_Chi_Minh') {
  const context = await phoneContext(site.browser, { timezoneId });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${site.origin}/`);
  const section = page.locator('[data-week-questions]');
  const result = {
    heading: (await section.locator('h2').textContent())?.trim() ?? '',
    shown: await section.locator('h3 a:visible').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    quote: (await page.locator('[data-quote-text]').textContent())?.trim() ?? '',
  };
  await context.close();
  return result;
}

describe('this week on the home page', () => {
  it('ships at least two weeks’ questions to choose from', () => {
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(pool.length).toBeGreaterThan(3);
  });

  it('shows the question of the reader’s week, called “tuần này”', async () => {
    const [, older] = candidates;
    const result = await homeAt(`${addDays(older?.start ?? '', 2)}T10:00:00+07:00`);
    expect(result.heading).toBe('Câu hỏi tuần này');
    expect(result.shown).toEqual([older?.href]);
  });

  it('turns the week at midnight in Vietnam, wherever the phone is set', async () => {
    const [newest] = candidates;
    // 00:30 on Monday in Vietnam is still Sunday in UTC and in London.
    for (const timezoneId of ['Asia/Ho_Chi_Minh', 'Europe/London']) {
      const result = await homeAt(`${newest?.start ?? ''}T00:30:00+07:00`, timezoneId);
      expect(result.shown, timezoneId).toEqual([newest?.href]);
      expect(result.heading, timezoneId).toBe('Câu hỏi tuần này');
    }
    const sunday = await homeAt(`${addDays(newest?.start ?? '', -1)}T23:30:00+07:00`);
    expect(sunday.shown).not.toEqual([newest?.href]);
  });

  it('calls the newest question last week’s in the week after, and the newest after that', async () => {
    const [newest] = candidates;
    const nextWeek = await homeAt(`${addDays(newest?.end ?? '', 3)}T09:00:00+07:00`);
    expect(nextWeek).toMatchObject({ heading: 'Câu hỏi tuần trước', shown: [newest?.href] });
    const later = await homeAt(`${addDays(newest?.end ?? '', 30)}T09:00:00+07:00`);
    expect(later).toMatchObject({ heading: 'Câu hỏi mới nhất', shown: [newest?.href] });
  });

  it('changes “Lời Bác dạy” with the day, never to the words of the question shown beside it', async () => {
    const [newest] = candidates;
    const quotes: string[] = [];
    for (let day = 0; day < 4; day += 1) {
      const result = await homeAt(`${addDays(newest?.start ?? '', day)}T08:00:00+07:00`);
      const shownWeek = candidates.find((candidate) => candidate.href === result.shown[0])?.start;
      const entry = pool.find((quote) => quote.text.replace(/\s+/g, ' ') === result.quote.replace(/\s+/g, ' '));
      expect(entry, result.quote).toBeDefined();
      expect(entry?.week).not.toBe(shownWeek);
      quotes.push(result.quote);
    }
    expect(new Set(quotes).size).toBe(4);
  });
});
