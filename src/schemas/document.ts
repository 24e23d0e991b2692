/** Frontmatter of a document ("Văn bản – Tài liệu") in content/documents/; the body is our summary. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import { isoDate, radioOverrides, text } from './fields';

/** The kinds of document, in the order the lists show them. */
export const documentTypes = ['Chỉ thị', 'Nghị quyết', 'Kết luận', 'Quy định', 'Hướng dẫn', 'Kế hoạch', 'Chuyên đề', 'Tài liệu'] as const;

/** File types an attachment may have: what every phone opens. */
export const attachmentExtensions = ['pdf', 'docx'] as const;

/** Builds the document schema. */
export const documentSchema = () =>
  z
    .strictObject(
      {
        /** Title, e.g. "Chỉ thị về đẩy mạnh học tập và làm theo…". Required. */
        title: text(200),
        /** One of documentTypes. Required. */
        type: z.enum(documentTypes, vi),
        /** Number and code as printed, e.g. "05-CT/TW". Default: none (a yearly theme has none). */
        number: text(40).optional(),
        /** Who issued it, e.g. "Bộ Chính trị", "Ban Tuyên giáo Trung ương". Required. */
        issuer: text(120),
        /** Date of issue, YYYY-MM-DD. Required unless `year` is given (a yearly theme without a known date). */
        issued: isoDate().optional(),
        /** The year it belongs to, e.g. a yearly theme's year. Default: the year of `issued`. */
        year: z.number(vi).int(vi).min(1945, vi).max(2100, vi).optional(),
        /** One or two sentences for lists and share previews (≤ 200 characters). Required. */
        description: text(200),
        /** The file readers download, next to this file (e.g. ./tep/chi-thi-05.pdf): PDF or DOCX, at most 20 MB. Required. */
        attachment: z.strictObject(
          {
            /** Path of the file, relative to this content file. Required. */
            file: z
              .string(vi)
              .trim()
              .regex(/\.(pdf|docx)$/i, 'Tệp đính kèm phải là PDF (.pdf) hoặc Word (.docx).'),
            /** What the file is, shown on the download link, e.g. "Tóm tắt – tài liệu mẫu". Required. */
            label: text(120),
          },
          vi,
        ),
        /** Where to read the official text, e.g. the issuing body's portal. Default: none. */
        officialSource: text(300).optional(),
        /** Publication date on this site, YYYY-MM-DD. Required. */
        pubDate: isoDate(),
        /** A draft is checked but not published. Default: false. */
        draft: z.boolean(vi).default(false),
        /** Radio reading overrides. Default: none. */
        radio: radioOverrides(),
      },
      vi,
    )
    .refine((document) => document.issued !== undefined || document.year !== undefined, {
      message: 'Cần ngày ban hành (issued) hoặc ít nhất năm (year) của văn bản.',
      path: ['issued'],
    });
