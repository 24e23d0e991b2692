import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../src/lib/content-digest';

const entry = {
  id: 'hoi-nghi',
  data: { title: 'Hội nghị', pubDate: new Date('2024-05-19T00:00:00Z'), tags: ['Bác Hồ'] },
  body: 'Nội dung.',
};

describe('contentDigest', () => {
  it('is the same for equal content, built separately', () => {
    expect(contentDigest([entry], ['articles/hoi-nghi'])).toBe(contentDigest([structuredClone(entry)], ['articles/hoi-nghi']));
    expect(contentDigest(entry)).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['a title', { ...entry, data: { ...entry.data, title: 'Hội nghị trực tuyến' } }],
    ['a date', { ...entry, data: { ...entry.data, pubDate: new Date('2024-05-20T00:00:00Z') } }],
    ['a tag', { ...entry, data: { ...entry.data, tags: ['Bác Hồ', 'Đoàn kết'] } }],
    ['the body', { ...entry, body: 'Nội dung mới.' }],
    ['a diacritic', { ...entry, body: 'Nôi dung.' }],
  ])('changes when %s changes', (_what, changed) => {
    expect(contentDigest(changed)).not.toBe(contentDigest(entry));
  });

  it('sees into Maps and Sets', () => {
    expect(contentDigest(new Map([['a', 1]]))).not.toBe(contentDigest(new Map([['a', 2]])));
    expect(contentDigest(new Set(['a']))).not.toBe(contentDigest(new Set(['b'])));
  });

  it('keeps values apart: moving text between two values changes the digest', () => {
    expect(contentDigest('ab', 'c')).not.toBe(contentDigest('a', 'bc'));
    expect(contentDigest(undefined)).not.toBe(contentDigest('undefined'));
  });
});
