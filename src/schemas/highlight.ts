/** A headline figure of the campaign in content/highlights.yaml, shown on the home page. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import { text } from './fields';

/** The highlight schema. */
export const highlightSchema = z.strictObject(
  {
    /** ASCII id, unique in the file, e.g. "mo-hinh-hay". Required. */
    id: z
      .string(vi)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã số liệu (id) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "mo-hinh-hay".'),
    /** The number as written in Vietnamese, e.g. "10.930" or "Hơn 3.780". Required. */
    value: text(20),
    /** What it counts, e.g. "mô hình hay, cách làm mới". Required. */
    label: text(120),
    /** A caveat of this figure alone, shown under the figures, e.g. "xây dựng trong những năm qua". Default: none. */
    note: text(200).optional(),
    /** The period the figure covers, in the source's words, e.g. "tính đến năm 2021". Default: none. */
    period: text(80).optional(),
    /** Where the figure comes from, e.g. a report or the press article that published it; said once under the figures. Default: none. */
    source: text(300).optional(),
    /**
     * Whether this is the reported total of models, said again at the top of /mo-hinh/, whose
     * register shows only some of them. Default: no.
     */
    modelsTotal: z.boolean(vi).optional(),
  },
  vi,
);
