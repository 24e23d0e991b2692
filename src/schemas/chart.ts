/** A chart of the campaign's figures ("Số liệu") in content/charts/: one YAML file per chart. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import { isoDate, radioOverrides, text } from './fields';
import { countUnitProblem } from '../lib/count-units';

/** Words a report puts before a figure; the chart and table keep them, so no figure reads more exact than its source. */
export const qualifiers = ['hơn', 'trên', 'gần', 'khoảng'] as const;

/** One bar: a figure and what it counts. */
export const chartBarSchema = z.strictObject(
  {
    /** What is counted, in the report's words, e.g. "cán bộ, đảng viên tham gia học tập". Required. */
    label: text(120),
    /** Series within the label, e.g. "Tập thể" and "Cá nhân" side by side. Default: none (one bar per label). */
    group: text(40).optional(),
    /** The figure as a number, e.g. 173600. Required. */
    value: z.number(vi).nonnegative(vi),
    /** "hơn", "trên", "gần" or "khoảng", when the report writes one. Default: none (an exact figure). */
    qualifier: z.enum(qualifiers, vi).optional(),
    /** Unit after the figure, e.g. "lượt", "hội nghị". Default: the chart's unit. */
    unit: text(40).optional(),
  },
  vi,
);

/** Builds the chart schema. */
export const chartSchema = () =>
  z
    .strictObject(
      {
        /** Title, e.g. "Khen thưởng từ năm 2016 đến nay". Required. */
        title: text(150),
        /** One sentence for the page and share previews (≤ 200 characters). Required. */
        description: text(200),
        /** Position on /so-lieu/, from 1. Required. */
        order: z.number(vi).int(vi).min(1, vi),
        /** Unit of every bar unless a bar sets its own, e.g. "lượt". Required. */
        unit: text(40),
        /** Period the figures cover, in the report's words, e.g. "từ năm 2016 đến nay". Required. */
        period: text(80),
        /** Where the figures come from. Required. */
        source: text(300),
        /** A sentence that must travel with the figures, e.g. "trong đó" relations. Default: none. */
        note: text(300).optional(),
        /** The bars, in display order; at least one. */
        bars: z.array(chartBarSchema, vi).min(1, vi),
        /** Publication date on this site, YYYY-MM-DD. Required. */
        pubDate: isoDate(),
        /** A draft is checked but not published. Default: false. */
        draft: z.boolean(vi).default(false),
        /** Radio reading overrides. Default: none. */
        radio: radioOverrides(),
      },
      vi,
    )
    .superRefine((chart, ctx) => {
      // A bar counting people or meetings must be whole: "10.930" with the thousands dot reads as 10.93.
      chart.bars.forEach((bar, index) => {
        const message = countUnitProblem(bar.value, bar.unit ?? chart.unit);
        if (message) ctx.addIssue({ code: 'custom', message, path: ['bars', index, 'value'] });
      });
    });
