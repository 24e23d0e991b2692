/** The quiz in a phone-sized Chromium: scored in the page, nothing sent, usable with a thumb, readable without JavaScript. */
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { builtPage } from '../support/dist';
import { sections } from '../../src/lib/routes';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();

const quizPage = builtPage(sections.quiz);
const questions = quizPage.root.querySelectorAll('[data-quiz-question]');
const correctOf = (index: number) => Number(questions[index]?.getAttribute('data-correct'));
const choicesOf = (index: number) => questions[index]?.querySelectorAll('input[type="radio"]').length ?? 0;

describe('Thi tìm hiểu with JavaScript, on a phone', () => {
  it('scores each answer in the page, shows the right answer and its source, and sends nothing', async () => {
    expect(questions.length).toBeGreaterThanOrEqual(2);
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.quiz}`);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    const first = page.locator('[data-quiz-question]').nth(0);
    const wrong = correctOf(0) === 1 ? 2 : 1;
    await first.locator(`input[value="${wrong}"]`).check();
    expect(await first.locator('[data-feedback]').isVisible()).toBe(true);
    expect(await first.locator('[data-verdict]').textContent()).toContain(questions[0]?.getAttribute('data-answer') ?? '?');
    expect(await first.locator('.is-wrong').count()).toBe(1);
    expect(await first.locator('.is-right input').getAttribute('value')).toBe(String(correctOf(0)));
    expect(await first.locator('input:disabled').count()).toBe(choicesOf(0));

    const second = page.locator('[data-quiz-question]').nth(1);
    await second.locator(`input[value="${correctOf(1)}"]`).check();
    expect(await second.locator('[data-verdict]').textContent()).toBe('Đúng.');
    const score = page.locator('[data-score-text]');
    expect(await score.textContent()).toContain(`1/2`);
    expect(await score.getAttribute('aria-live')).toBe('polite');
    expect(requests, 'answering must not send anything').toEqual([]);

    await page.click('[data-quiz-restart]');
    expect(await page.locator('[data-feedback]:visible').count()).toBe(0);
    expect(await page.locator('input:checked').count()).toBe(0);
    expect(await score.textContent()).toContain(`0/0`);
    await context.close();
  });

  it('has thumb-sized choices and keeps the score in reach at the bottom of the screen', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.quiz}`);
    const heights = await page.locator('.quiz-choice').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.locator('[data-quiz-question]').nth(0).scrollIntoViewIfNeeded();
    const bar = await page.locator('[data-quiz-score]').boundingBox();
    expect(bar).not.toBeNull();
    expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeLessThanOrEqual(740 + 1);
    await context.close();
  });
});

describe('Thi tìm hiểu without JavaScript', () => {
  it('still shows every question with its choices and a link to its answer', async () => {
    const context = await phoneContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.quiz}`);
    expect(await page.locator('[data-quiz-question]:visible').count()).toBe(questions.length);
    expect(await page.locator('.quiz-question__link a:visible').count()).toBe(questions.length);
    expect(await page.locator('[data-quiz-score]').isVisible()).toBe(false);
    await context.close();
  });
});
