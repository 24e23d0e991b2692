/**
 * Plain-Vietnamese messages for schema problems, so an editor reading the build output
 * knows what to fix. Field-specific messages set in the schemas take precedence.
 */
import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường con',
  date: 'một ngày dạng NĂM-THÁNG-NGÀY',
};

/** Turns one schema issue into a Vietnamese sentence, with the English gist in brackets. */
export function vietnameseIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Thiếu trường bắt buộc này.';
      return `Sai kiểu giá trị: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'Không được để trống.';
      if (issue.origin === 'string') return `Quá ngắn: cần ít nhất ${issue.minimum} ký tự.`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} mục.`;
      return `Quá nhỏ: phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? ` (hiện có ${issue.input.length})` : '';
        return `Quá dài: tối đa ${issue.maximum} ký tự${length}.`;
      }
      if (issue.origin === 'array') return `Nhiều nhất ${issue.maximum} mục.`;
      return `Quá lớn: tối đa ${issue.maximum}.`;
    case 'invalid_value':
      return `Giá trị không hợp lệ: chọn một trong ${issue.values.map((value: unknown) => `"${String(value)}"`).join(', ')}.`;
    case 'unrecognized_keys':
      return `Có trường không được hỗ trợ: ${issue.keys.join(', ')} (kiểm tra lỗi chính tả tên trường).`;
    case 'invalid_format':
      return `Sai định dạng.`;
    default:
      return undefined;
  }
}

/**
 * Passed to every schema constructor (`z.string(vi)`, `.min(1, vi)`): Astro validates with
 * its own English error map, which outranks a global one but not a schema's own.
 */
export const vi = { error: vietnameseIssueMessage } as const;

/** Installs the Vietnamese messages for issues that no schema-level message covers. */
export function useVietnameseSchemaMessages(): void {
  z.config({ customError: vietnameseIssueMessage });
}
