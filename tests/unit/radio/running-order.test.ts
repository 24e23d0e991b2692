import { describe, expect, it } from 'vitest';
import { runningOrder, type RunningOrderInput } from '../../../src/lib/radio/running-order';

const input: RunningOrderInput = {
  programme: 'Làm theo Bác',
  office: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi',
  start: new Date(Date.UTC(2026, 3, 13)),
  end: new Date(Date.UTC(2026, 3, 19)),
  question: { title: 'Bác gọi tên những dân tộc nào?', body: ['Đáp án.', 'Gia Rai, Ê Đê.'] },
  story: { title: 'Thư gửi Đại hội Plâycu', body: ['Năm một nghìn chín trăm bốn mươi sáu…'] },
  exemplar: { title: 'Già làng A Hrui', body: ['Già làng A Hrui ở thôn Kon Rơ Wang.'] },
};

describe('runningOrder', () => {
  it('opens with the week and the parts, then the question, the story, the exemplar and the closing', () => {
    const segments = runningOrder(input);
    expect(segments.map((segment) => segment.kind)).toEqual(['opening', 'question', 'story', 'exemplar', 'closing']);
    expect(segments[0]?.paragraphs).toEqual([
      'Kính thưa quý vị và bà con! Mời quý vị và bà con đến với chương trình phát thanh “Làm theo Bác” tuần này, từ ngày mười ba đến ngày mười chín tháng tư năm hai nghìn không trăm hai mươi sáu. Chương trình gồm ba phần: câu hỏi hằng tuần và đáp án; một câu chuyện kể về Bác Hồ; một tấm gương bình dị học tập và làm theo Bác.',
    ]);
    expect(segments.at(-1)?.paragraphs).toEqual([
      'Quý vị và bà con vừa nghe chương trình phát thanh “Làm theo Bác” tuần này, do Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi thực hiện. Xin cảm ơn quý vị và bà con đã lắng nghe, hẹn gặp lại trong chương trình tuần sau.',
    ]);
  });

  it('leads into each item, then reads its body', () => {
    const [, question, story, exemplar] = runningOrder(input);
    expect(question?.paragraphs).toEqual([
      'Trước hết, mời quý vị và bà con đến với câu hỏi của tuần này.',
      input.question.title,
      ...input.question.body,
    ]);
    expect(story?.paragraphs).toEqual([
      'Tiếp theo, mời quý vị và bà con nghe câu chuyện kể về Bác Hồ: “Thư gửi Đại hội Plâycu”.',
      ...(input.story?.body ?? []),
    ]);
    expect(exemplar?.paragraphs[0]).toBe(
      'Tiếp theo, mời quý vị và bà con cùng tìm hiểu một tấm gương bình dị trong học tập và làm theo Bác: Già làng A Hrui.',
    );
  });

  it('announces only the parts it has', () => {
    const segments = runningOrder({ ...input, story: undefined });
    expect(segments.map((segment) => segment.kind)).toEqual(['opening', 'question', 'exemplar', 'closing']);
    expect(segments[0]?.paragraphs[0]).toContain('Chương trình gồm hai phần: câu hỏi hằng tuần và đáp án; một tấm gương bình dị');
  });

  it('announces a made-up exemplar as illustration, in the opening and before its name, never as a real person', () => {
    const segments = runningOrder({ ...input, exemplar: { ...input.exemplar!, sample: true } });
    const text = segments.flatMap((segment) => segment.paragraphs).join(' ');
    expect(segments[0]?.paragraphs[0]).toContain('một câu chuyện minh họa về cách học tập và làm theo Bác.');
    expect(segments[0]?.paragraphs[0]).not.toContain('tấm gương bình dị');
    expect(segments[3]?.paragraphs[0]).toBe(
      'Tiếp theo, mời quý vị và bà con nghe một câu chuyện minh họa về cách học tập và làm theo Bác: Già làng A Hrui. Xin lưu ý: đây là nội dung minh họa, các chi tiết được biên soạn để giới thiệu cách làm, không phải người thật, việc thật.',
    );
    expect(text).not.toContain('tìm hiểu một tấm gương bình dị');
  });

  it('on a sample site, closes as a sample programme and credits no office', () => {
    const closing =
      runningOrder({ ...input, office: undefined })
        .at(-1)
        ?.paragraphs.join(' ') ?? '';
    expect(closing).toBe(
      'Quý vị và bà con vừa nghe bản mẫu chương trình phát thanh “Làm theo Bác” tuần này. Xin cảm ơn quý vị và bà con đã lắng nghe, hẹn gặp lại trong chương trình tuần sau.',
    );
    expect(closing).not.toContain('thực hiện');
  });

  it('has no Arabic digit in what it adds', () => {
    const added = runningOrder({ ...input, question: { title: '', body: [] }, story: undefined, exemplar: undefined });
    expect(added.flatMap((segment) => segment.paragraphs).join(' ')).not.toMatch(/[0-9]/u);
  });
});
