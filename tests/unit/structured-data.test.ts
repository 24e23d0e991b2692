import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdString, questionLd, sampleItemLd, sitePublisher } from '../../src/lib/structured-data';

describe('jsonLdString', () => {
  it('cannot close the script element it is written into', () => {
    const text = jsonLdString({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1', () => {
    const list = breadcrumbList([
      { name: 'Trang chủ', url: 'https://a/' },
      { name: 'Bài viết', url: 'https://a/bai-viet/' },
    ]) as {
      itemListElement: { position: number }[];
    };
    expect(list.itemListElement.map((item) => item.position)).toEqual([1, 2]);
  });
});

describe('questionLd', () => {
  it('is a QAPage with one accepted answer', () => {
    const ld = questionLd({
      question: 'Q?',
      answer: 'A.',
      url: 'https://a/q/',
      published: new Date('2026-01-05T00:00:00Z'),
      publisher: { name: 'P', url: 'https://a/', logo: 'https://a/l.svg' },
    }) as { '@type': string; mainEntity: { acceptedAnswer: { text: string } } };
    expect(ld['@type']).toBe('QAPage');
    expect(ld.mainEntity.acceptedAnswer.text).toBe('A.');
  });
});

describe('sitePublisher', () => {
  it('names the office, the site and the site mark as logo', () => {
    expect(sitePublisher('Ban Tuyên giáo', 'https://a.example/')).toEqual({
      name: 'Ban Tuyên giáo',
      url: 'https://a.example/',
      logo: 'https://a.example/favicon.svg',
    });
  });
});

describe('sampleItemLd', () => {
  it('describes a made-up profile as a marked CreativeWork, not a Person with awards', () => {
    const ld = sampleItemLd({
      name: 'Chị Y Ngân (Nội dung minh họa)',
      description: 'Nội dung minh họa: …',
      url: 'https://a/tam-guong/chi-y-ngan/',
      image: 'https://a/og/x.jpg',
      published: new Date('2025-01-01T00:00:00Z'),
      genre: 'Nội dung minh họa',
      publisher: { name: 'P', url: 'https://a/', logo: 'https://a/l.svg' },
    }) as Record<string, unknown>;
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.genre).toBe('Nội dung minh họa');
    expect(ld).not.toHaveProperty('award');
    expect(ld).not.toHaveProperty('homeLocation');
  });
});
