/** Frontmatter of a weekly question ("Mỗi tuần một câu hỏi, một đáp án") in content/questions/. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import { reference } from 'astro:content';
import { isoDate, radioOverrides, text } from './fields';
import { repeatedChoiceMessage, repeatedChoices } from '../lib/quiz-choices';

/** Builds the weekly question schema; the answer is the MDX body. */
export const questionSchema = () =>
  z.strictObject(
    {
      /** ISO week-numbering year. Required. */
      year: z.number(vi).int(vi).min(2000, vi).max(2100, vi),
      /** ISO week, 1–53; year and week are unique. Required. */
      week: z.number(vi).int(vi).min(1, vi).max(53, vi),
      /** Publication date, YYYY-MM-DD. Required. */
      pubDate: isoDate(),
      /** The question. Required. */
      question: text(300),
      /** "Ngày này năm xưa": the day in an earlier year the question is tied to. Required. */
      onThisDay: z.strictObject(
        {
          /** The date, YYYY-MM-DD. Required. */
          date: isoDate(),
          /** What Bác said or did that day, in one sentence. Required. */
          event: text(300),
        },
        vi,
      ),
      /** Bác's words and where they are recorded. Required. */
      quote: z.strictObject(
        {
          /** The quotation, exactly as published. Required. */
          text: text(1000),
          /** Where it is published, e.g. "Hồ Chí Minh Toàn tập, tập 4, tr. 7". Required. */
          source: text(200),
        },
        vi,
      ),
      /** Self-check quiz ("Thi tìm hiểu"): choices and which one is right. Default: the question is not in the quiz. */
      quiz: z
        .strictObject(
          {
            /** Two to four short answers to pick from, the right one among them. */
            choices: z.array(text(200), vi).min(2, vi).max(4, vi),
            /** Which choice is right, counting from 1. */
            correct: z.number(vi).int(vi).min(1, vi).max(4, vi),
          },
          vi,
        )
        .refine((quiz) => quiz.correct <= quiz.choices.length, {
          message: 'Số thứ tự phương án đúng lớn hơn số phương án. (correct is past the last choice)',
          path: ['correct'],
        })
        .superRefine((quiz, ctx) => {
          for (const [earlier, index] of repeatedChoices(quiz.choices)) {
            ctx.addIssue({
              code: 'custom',
              message: repeatedChoiceMessage(earlier, index, quiz.choices[index] ?? ''),
              path: ['choices', index],
            });
          }
        })
        .optional(),
      /** Related stories, by file name without extension. Default: none. */
      relatedStories: z.array(reference('stories'), vi).default([]),
      /** Related exemplars, by file name without extension. Default: none. */
      relatedExemplars: z.array(reference('exemplars'), vi).default([]),
      /** A draft is checked but not published. Default: false. */
      draft: z.boolean(vi).default(false),
      /** Radio reading overrides. Default: none. */
      radio: radioOverrides(),
    },
    vi,
  );
