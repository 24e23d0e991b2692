/**
 * New entries the build accepts, as an editor types them in the form at /admin/, against a copy
 * of the site's content/ (the weeks, collections and orders below are free there). A test of a
 * mistake starts from one of them and changes the field the mistake is about, so the form has
 * that mistake to refuse and no other. The texts say they are tests: none of them is a fact,
 * and no quotation is Bác's.
 */
import type { FormValues } from './editor.ts';

/** An article. */
export const NEW_ARTICLE: FormValues = {
  title: 'Bài thử của trình biên tập',
  description: 'Tóm tắt của bài thử.',
  pubDate: '01062024',
  category: 'Tin tức',
  body: 'Nội dung của bài thử.',
};

/** A weekly question for a week and its publication date (typed day first). */
export const newQuestion = (year: string, week: string, pubDate: string): FormValues => ({
  year,
  week,
  pubDate,
  question: 'Câu hỏi thử của trình biên tập?',
  'onThisDay.date': '02091945',
  'onThisDay.event': 'Sự kiện thử.',
  'quote.text': 'Lời trích thử.',
  'quote.source': 'Nguồn thử',
  body: 'Đáp án thử.',
});

/** A question for 2026 week 50, which has none. */
export const NEW_QUESTION = newQuestion('2026', '50', '07122026');

/** A document with its PDF; without `issued` it needs `year`. */
export const NEW_DOCUMENT: FormValues = {
  title: 'Văn bản thử của trình biên tập',
  type: { pick: 'Hướng dẫn' },
  issuer: 'Cơ quan thử',
  issued: '15012026',
  description: 'Tóm tắt của văn bản thử.',
  'attachment.file': { upload: 'tom-tat.pdf' },
  'attachment.label': 'Tóm tắt – tài liệu mẫu',
  pubDate: '20012026',
  body: 'Nội dung của văn bản thử.',
};

/** A story in "Bác Hồ với đức tính cần, kiệm, liêm, chính" at order 9, which is free. */
export const NEW_STORY: FormValues = {
  title: 'Câu chuyện thử của trình biên tập',
  description: 'Tóm tắt của câu chuyện thử.',
  collection: { pick: 'Bác Hồ với đức tính cần, kiệm, liêm, chính' },
  order: '9',
  'source.title': 'Sách thử',
  'source.publisher': 'Nhà xuất bản thử',
  'source.year': '2011',
  'source.pages': 'tr. 12–13',
  when: 'Năm thử',
  place: 'Nơi thử',
  themes: { items: ['Tiết kiệm'] },
  lesson: 'Bài học thử.',
  pubDate: '01062024',
  body: 'Nội dung của câu chuyện thử.',
};
