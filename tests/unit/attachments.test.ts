import { describe, expect, it } from 'vitest';
import { attachmentName, attachmentType, findAttachmentProblems, formatBytes, MAX_ATTACHMENT_BYTES } from '../../src/lib/attachments';

const file = 'content/documents/chi-thi.mdx';

describe('findAttachmentProblems', () => {
  it('accepts a present, light, URL-safe file', () => {
    expect(findAttachmentProblems([{ file, path: './tep/chi-thi-05.pdf', bytes: 25_000 }])).toEqual([]);
  });
  it('names the file and field of a missing attachment', () => {
    const [problem] = findAttachmentProblems([{ file, path: './tep/khong-co.pdf', bytes: undefined }]);
    expect(problem).toMatchObject({ file, field: 'attachment.file' });
    expect(problem?.message).toContain('Không tìm thấy tệp đính kèm "./tep/khong-co.pdf"');
  });
  it('refuses a file over the limit and says by how much', () => {
    const [problem] = findAttachmentProblems([{ file, path: './tep/ban-quet.pdf', bytes: MAX_ATTACHMENT_BYTES + 1024 * 1024 }]);
    expect(problem?.message).toContain('21,0 MB');
    expect(problem?.message).toContain('20,0 MB');
  });
  it('refuses a name that cannot stay in a URL', () => {
    const [problem] = findAttachmentProblems([{ file, path: './tep/Chỉ thị 05.pdf', bytes: 1000 }]);
    expect(problem?.message).toContain('không dấu');
  });
});

describe('attachment helpers', () => {
  it('takes the file name, its type and a readable size', () => {
    expect(attachmentName('./tep/a-b.docx')).toBe('a-b.docx');
    expect(attachmentType('a.pdf')).toBe('application/pdf');
    expect(attachmentType('a.docx')).toContain('wordprocessingml');
    expect(formatBytes(25_000)).toBe('24 KB');
    expect(formatBytes(1.4 * 1024 * 1024)).toBe('1,4 MB');
  });
});
