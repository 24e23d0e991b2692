import { describe, expect, it } from 'vitest';
import { addParagraph, childCollector, type ScriptCollector } from '../../../src/lib/radio/html-collector';

describe('addParagraph', () => {
  it.each([
    ['  Một   câu \n dài ', ['Một câu dài.']],
    ['Đã xong.', ['Đã xong.']],
    ['Như sau:', ['Như sau:']],
    ['Ngày 19/5 , Bác ( Nguyễn Sinh Cung )', ['Ngày 19/5, Bác (Nguyễn Sinh Cung).']],
    ['   ', []],
    [' — , ', []],
  ])('%j → %j', (text, paragraphs) => {
    const out: ScriptCollector = { paragraphs: [], abbreviations: [] };
    addParagraph(out, text);
    expect(out.paragraphs).toEqual(paragraphs);
  });

  it('gives a child collector its own paragraphs but shared abbreviations', () => {
    const out: ScriptCollector = { paragraphs: ['a.'], abbreviations: [] };
    const child = childCollector(out);
    child.abbreviations.push({ id: 'BQL', spoken: 'Ban quản lý' });
    expect(child.paragraphs).toEqual([]);
    expect(out.abbreviations).toHaveLength(1);
  });
});
