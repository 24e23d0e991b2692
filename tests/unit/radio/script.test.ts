import { describe, expect, it } from 'vitest';
import { createDictionary, mergeDictionaries } from '../../../src/lib/radio/abbreviations';
import { countSpokenSyllables, estimateSeconds } from '../../../src/lib/radio/duration';
import { buildRadioScript, type RadioScriptInput } from '../../../src/lib/radio/script';
import { ARTICLE_HTML } from './fixtures/article';

const site = createDictionary({ TW: 'Trung ương', 'tr.': 'trang' });
const input: RadioScriptInput = {
  title: 'Năm năm đầu thực hiện Chỉ thị 05-CT/TW',
  kindLabel: 'Bài viết',
  bodyHtml: ARTICLE_HTML,
  sourceLine: 'Trang Làm theo Bác, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi',
  dictionary: site,
  keep: ['ASEAN'],
  pace: { syllablesPerMinute: 200, paragraphPauseSeconds: 1 },
};

describe('buildRadioScript', () => {
  const script = buildRadioScript(input);

  it('reads the title first, then the opening, the body and the closing line', () => {
    expect(script.title).toBe('Năm năm đầu thực hiện Chỉ thị không năm của Trung ương');
    expect(script.paragraphs[0]).toBe(script.title);
    expect(script.paragraphs[1]).toBe('Kính thưa quý vị và bà con! Mời quý vị và bà con cùng nghe bài viết sau đây.');
    expect(script.paragraphs[2]).toBe(
      'Ngày mười lăm tháng năm năm hai nghìn không trăm mười sáu, Bộ Chính trị ban hành Chỉ thị không năm của Trung ương về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    );
    expect(script.paragraphs.at(-1)).toBe(
      'Quý vị và bà con vừa nghe bài viết “Năm năm đầu thực hiện Chỉ thị không năm của Trung ương”. Nguồn: Trang Làm theo Bác, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi. Xin cảm ơn quý vị và bà con đã lắng nghe.',
    );
  });

  it('normalises every paragraph and capitalises its first letter', () => {
    expect(script.paragraphs).toContain('Mười nghìn chín trăm ba mươi lượt cán bộ, đảng viên dự hội nghị trực tuyến.');
    expect(script.paragraphs).toContain(
      'Ngày mười lăm tháng năm năm hai nghìn không trăm mười sáu, Bộ Chính trị ban hành Chỉ thị không năm của Trung ương.',
    );
    expect(script.paragraphs).toContain(
      'Bác Hồ từng dạy: “Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.” Trích: Hồ Chí Minh Toàn tập, tập một, trang hai trăm tám mươi tư.',
    );
    expect(script.text).not.toMatch(/[0-9]/u);
  });

  it('gives the body alone, between the opening and the closing line', () => {
    expect(script.body).toEqual(script.paragraphs.slice(2, -1));
    expect(script.body[0]).toMatch(/^Ngày mười lăm tháng năm/u);
    expect(buildRadioScript({ ...input, bodyHtml: '' }).body).toEqual([]);
  });

  it('joins the paragraphs with blank lines into the text to copy', () => {
    expect(script.text).toBe(script.paragraphs.join('\n\n'));
    expect(script.text.split('\n\n')).toHaveLength(script.paragraphs.length);
  });

  it('counts syllables and the duration at the given pace with a pause per paragraph', () => {
    expect(script.syllables).toBeGreaterThan(150);
    expect(script.seconds).toBeCloseTo((script.syllables / 200) * 60 + script.paragraphs.length, 6);
    expect(script.durationLabel).toMatch(/^khoảng \d+ phút( \d+ giây)?$/u);
  });

  it('reports the syllables and seconds that timing its paragraphs gives', () => {
    expect(script.syllables).toBe(script.paragraphs.reduce((total, paragraph) => total + countSpokenSyllables(paragraph), 0));
    expect(script.seconds).toBe(estimateSeconds(script.paragraphs, input.pace));
  });

  it('uses <abbr title> for the whole item and reports nothing left unexplained', () => {
    expect(script.unknownAbbreviations).toEqual([]);
    const again = buildRadioScript({ ...input, bodyHtml: `${ARTICLE_HTML}<p>UBND huyện họp.</p>` });
    expect(again.paragraphs).toContain('Ủy ban nhân dân huyện họp.');
  });

  it('reports unknown abbreviations across the script, kept tokens excluded', () => {
    const result = buildRadioScript({
      ...input,
      title: 'BQLDA và ASEAN',
      bodyHtml: '<p>BQLDA họp với CLB.</p><p>ASEAN và BQLDA.</p>',
    });
    expect(result.unknownAbbreviations).toEqual([
      { token: 'BQLDA', count: 4 },
      { token: 'CLB', count: 1 },
    ]);
    expect(result.paragraphs).toContain('ASEAN và BQLDA.');
  });

  it('applies per-item overrides merged over the site dictionary', () => {
    const dictionary = mergeDictionaries(site, createDictionary({ BQLDA: 'Ban Quản lý dự án' }));
    const result = buildRadioScript({ ...input, dictionary, bodyHtml: '<p>BQLDA họp.</p>' });
    expect(result.paragraphs).toContain('Ban Quản lý dự án họp.');
    expect(result.unknownAbbreviations).toEqual([]);
  });

  it('uses a given opening line instead of the default', () => {
    const result = buildRadioScript({ ...input, opening: 'Thưa bà con, chuyên mục hôm nay có 2 nội dung.' });
    expect(result.paragraphs[1]).toBe('Thưa bà con, chuyên mục hôm nay có hai nội dung.');
  });

  it('handles an empty body', () => {
    const result = buildRadioScript({ ...input, bodyHtml: '' });
    expect(result.paragraphs).toHaveLength(3);
    expect(result.durationLabel).toMatch(/^khoảng \d+ giây$/u);
  });
});
