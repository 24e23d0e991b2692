import { describe, expect, it } from 'vitest';
import { fieldLabel, refusalMessage } from '../../../src/cms/refusal-message';

describe('refusalMessage', () => {
  it('names each field by the label the form shows, and problems in other files with their file', () => {
    const message = refusalMessage(
      [
        { file: 'content/questions/2026/tuan-49.mdx', field: 'week', message: 'Trùng tuần.' },
        { file: 'content/questions/2026/tuan-49.mdx', message: 'Dòng 14: mã.' },
        { file: 'content/exemplars/a.mdx', field: 'relatedStories[0]', message: 'Liên kết hỏng.' },
      ],
      'questions',
      'content/questions/2026/tuan-49.mdx',
    );
    expect(message.split('\n')).toEqual([
      'Chưa lưu: có 3 điều cần sửa.',
      `• ${fieldLabel('questions', 'week')}: Trùng tuần.`,
      '• Dòng 14: mã.',
      '• Ở tệp content/exemplars/a.mdx (relatedStories[0]): Liên kết hỏng.',
    ]);
  });

  it('reads labels through list indexes and shared subfields', () => {
    expect(fieldLabel('articles', 'cover.alt')).toBe('Mô tả ảnh (bắt buộc)');
    expect(fieldLabel('exemplars', 'relatedStories[1]')).toBe('Câu chuyện liên quan');
    expect(fieldLabel('articles', 'khong-co')).toBe('khong-co');
  });
});
