import { describe, expect, it } from 'vitest';
import { PREVIEW_KINDS, previewPage } from '../../../src/cms/preview-pages';
import { contentCollections, isFolderCollection } from '../../../src/schemas/collections';

const places = { 'ha-mon': 'Xã Hà Mòn – huyện Đăk Hà' };

describe('previewPage', () => {
  it('draws every kind of folder entry as a page', () => {
    const folders = Object.entries(contentCollections)
      .filter(([, definition]) => isFolderCollection(definition))
      .map(([name]) => name);
    expect([...PREVIEW_KINDS].sort()).toEqual(folders.sort());
  });

  it('shows dates day first, years as written and places by name, never an id', () => {
    const page = previewPage(
      'articles',
      { title: 'Tin', description: 'Tóm tắt', pubDate: '2026-03-10', category: 'Tin tức', locality: 'ha-mon' },
      places,
    );
    expect(page).toMatchObject({
      kicker: 'Tin tức',
      title: 'Tin',
      lede: 'Tóm tắt',
      facts: ['10/03/2026', 'Ban Biên tập', 'Xã Hà Mòn – huyện Đăk Hà'],
    });
    expect(previewPage('models', { name: 'M', startYear: 2026, locality: 'ha-mon', results: ['Một'] }, places)?.facts).toEqual([
      'Xã Hà Mòn – huyện Đăk Hà',
      'từ năm 2026',
    ]);
  });

  it("puts a question's day and quotation before the answer, and marks the right choice", () => {
    const page = previewPage(
      'questions',
      {
        year: 2026,
        week: 49,
        question: 'Hỏi?',
        pubDate: '2026-11-30',
        onThisDay: { date: '1968-11-30', event: 'Sự kiện.' },
        quote: { text: 'Lời.', source: 'Toàn tập' },
        quiz: { choices: ['A', 'B'], correct: 2 },
      },
      places,
    );
    expect(page?.kicker).toContain('Tuần 49/2026');
    expect(page?.before.map((section) => section.paragraphs)).toEqual([['30/11/1968: Sự kiện.'], ['Lời.', '— Toàn tập']]);
    expect(page?.bodyHeading).toBe('Đáp án');
    expect(page?.after[0]?.items).toEqual(['A', 'B (đúng)']);
  });

  it('marks a made-up profile', () => {
    expect(previewPage('exemplars', { name: 'A', sample: true }, places)?.kicker).toContain('Nội dung minh họa');
  });

  it('has no preview for a kind it does not know', () => {
    expect(previewPage('localities', {}, places)).toBeUndefined();
  });
});
