/**
 * The quiz ("Thi tìm hiểu") of the built site, checked against the weekly question files read
 * independently of Astro: every question with choices asked, with its right answer, and nothing sent.
 */
import { describe, expect, it } from 'vitest';
import { builtPage } from '../support/dist';
import { questionPath, sections } from '../../src/lib/routes';
import { curlyQuotes } from '../../src/lib/typography';
import { publishedEntries } from '../support/content-files';

const questions = publishedEntries('questions');

describe('Thi tìm hiểu', () => {
  const quiz = questions.filter((question) => question.data.quiz);
  const page = builtPage(sections.quiz);
  const items = page.root.querySelectorAll('[data-quiz-question]');

  it('asks every weekly question that has choices, with the right answer and a link to the full answer', () => {
    expect(quiz.length).toBeGreaterThan(0);
    expect(items).toHaveLength(quiz.length);
    for (const question of quiz) {
      const href = questionPath(Number(question.data.year), Number(question.data.week));
      const item = items.find((li) => li.querySelector(`a[href="${href}"]`) !== null);
      const { choices, correct } = question.data.quiz as { choices: string[]; correct: number };
      expect(item?.getAttribute('data-correct')).toBe(String(correct));
      // The schemas turn straight and « » quote marks into curly ones.
      expect(item?.querySelectorAll('input[type="radio"]').map((input) => input.parentNode?.text.trim())).toEqual(choices.map(curlyQuotes));
      expect(item?.text).toContain(curlyQuotes((question.data.quote as { source: string }).source));
    }
  });

  it('sends nothing anywhere: no form to submit', () => {
    expect(page.root.querySelectorAll('main form')).toHaveLength(0);
  });
});
