/**
 * Rules for the files documents attach (PDF, DOCX): the file exists, is not too heavy for a
 * phone on a rural network, and has a name that can be part of a URL forever.
 * Pure: the caller passes each file's size (undefined when it is missing).
 */
import type { ContentProblem } from './content-error';

/** Larger files are scans at print resolution: too slow to download on 3G; editors compress them first. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** An attachment file name usable in a URL: lower-case ASCII, digits and hyphens, .pdf or .docx. */
const URL_SAFE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:pdf|docx)$/;

/** One document's attachment as the checker sees it. */
export interface AttachmentFile {
  /** The content file that names it. */
  file: string;
  /** The path as written in the content file. */
  path: string;
  /** Size in bytes; undefined when no file is there. */
  bytes: number | undefined;
}

/** The last part of an attachment path: its name in the URL. */
export const attachmentName = (path: string): string => path.split('/').at(-1) ?? path;

/** MIME type of an attachment, for the served file. */
export const attachmentType = (name: string): string =>
  name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Size for readers: "248 KB", "1,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Reports missing, oversized and badly named attachments. */
export function findAttachmentProblems(files: readonly AttachmentFile[], maxBytes = MAX_ATTACHMENT_BYTES): ContentProblem[] {
  return files.flatMap(({ file, path, bytes }): ContentProblem[] => {
    const field = 'attachment.file';
    if (bytes === undefined) {
      return [{ file, field, message: `Không tìm thấy tệp đính kèm "${path}". Kiểm tra tên tệp (kể cả chữ hoa, chữ thường) và thư mục.` }];
    }
    if (bytes > maxBytes) {
      return [
        {
          file,
          field,
          message: `Tệp "${path}" nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(maxBytes)}. Hãy nén tệp PDF (hoặc lưu lại với chất lượng ảnh thấp hơn) rồi đính kèm lại.`,
        },
      ];
    }
    if (!URL_SAFE_NAME.test(attachmentName(path))) {
      return [
        {
          file,
          field,
          message: `Tên tệp "${attachmentName(path)}" sẽ nằm trong đường dẫn tải về: đặt tên không dấu, viết thường, nối bằng gạch ngang, ví dụ "chi-thi-05-ct-tw.pdf".`,
        },
      ];
    }
    return [];
  });
}
