import { describe, expect, it } from 'vitest';
import { addParagraph, childCollector, newCollector } from '../../../src/lib/radio/html-collector';

describe('addParagraph', () => {
  it.each([
    ['  Một   câu \n dài ', ['Một câu dài.']],
    ['Đã xong.', ['Đã xong.']],
    ['Như sau:', ['Như sau:']],
    ['Ngày 19/5 , Bác ( Nguyễn Sinh Cung )', ['Ngày 19/5, Bác (Nguyễn Sinh Cung).']],
    ['   ', []],
    [' — , ', []],
  ])('%j → %j', (text, paragraphs) => {
    const out = newCollector();
    addParagraph(out, text);
    expect(out.paragraphs).toEqual(paragraphs);
  });

  it('gives a child collector its own paragraphs but shared abbreviations and cited sources', () => {
    const out = newCollector();
    out.paragraphs.push('a.');
    const child = childCollector(out);
    child.abbreviations.push({ id: 'BQL', spoken: 'Ban quản lý' });
    child.citedSources.add('Di chúc');
    expect(child.paragraphs).toEqual([]);
    expect(out.abbreviations).toHaveLength(1);
    expect(out.citedSources).toEqual(new Set(['Di chúc']));
  });
});
