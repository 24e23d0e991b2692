/** Weekly question views for the routes: years and weeks. */
import { isoWeekEnd, isoWeekStart } from '../lib/iso-week';
import type { Question } from './catalog';

/** One ISO year of questions. */
export interface QuestionYear {
  year: number;
  /** Week 1 first. */
  questions: Question[];
}

/** Questions by ISO year, newest year first; each year's weeks from week 1 up. */
export function questionYears(questions: readonly Question[]): QuestionYear[] {
  const years = [...new Set(questions.map((question) => question.data.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    questions: questions.filter((question) => question.data.year === year).sort((a, b) => a.data.week - b.data.week),
  }));
}

/** Monday and Sunday of a question's week. */
export const questionWeek = (question: Question): { start: Date; end: Date } => ({
  start: isoWeekStart(question.data),
  end: isoWeekEnd(question.data),
});
