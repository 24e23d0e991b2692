import { describe, expect, it } from 'vitest';
import {
  articleLd,
  breadcrumbList,
  collectionLd,
  HEADLINE_MAX_CHARS,
  jsonLdString,
  questionLd,
  radioEpisodeLd,
  sampleItemLd,
  sitePublisher,
} from '../../src/lib/structured-data';

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

const publisher = { name: 'P', url: 'https://a/', logo: 'https://a/l.svg' };

describe('articleLd', () => {
  const article = (headline: string) =>
    articleLd({
      type: 'Article',
      headline,
      description: 'D',
      url: 'https://a/x/',
      image: 'https://a/x.jpg',
      published: new Date('2026-01-05T00:00:00Z'),
      author: 'Ban Biên tập',
      publisher,
    }) as { headline: string; author: object; publisher: { logo: object } };

  it('cuts a long headline on a word, within what rich results read', () => {
    const long = `Chuyên đề 2019: ${'xây dựng ý thức tôn trọng Nhân dân, '.repeat(4)}`;
    const { headline } = article(long);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX_CHARS);
    expect(headline.endsWith('…')).toBe(true);
    expect(long.startsWith(headline.slice(0, -1))).toBe(true);
    expect(article('Ngắn').headline).toBe('Ngắn');
  });

  it('gives the author the site as its URL and the publisher an ImageObject logo', () => {
    const ld = article('T');
    expect(ld.author).toEqual({ '@type': 'Organization', name: 'Ban Biên tập', url: 'https://a/' });
    expect(ld.publisher.logo).toEqual({ '@type': 'ImageObject', url: 'https://a/l.svg' });
  });
});

describe('collectionLd and radioEpisodeLd', () => {
  it('lists a collection page’s items in order', () => {
    const ld = collectionLd({
      name: 'Ngày 30 tháng 11',
      description: 'D',
      url: 'https://a/d/',
      items: [
        { name: 'A', url: 'https://a/1/' },
        { name: 'B', url: 'https://a/2/' },
      ],
    }) as { '@type': string; mainEntity: { numberOfItems: number; itemListElement: { position: number; url: string }[] } };
    expect(ld['@type']).toBe('CollectionPage');
    expect(ld.mainEntity.numberOfItems).toBe(2);
    expect(ld.mainEntity.itemListElement.map((item) => [item.position, item.url])).toEqual([
      [1, 'https://a/1/'],
      [2, 'https://a/2/'],
    ]);
  });

  it('makes a week’s programme an episode of the series', () => {
    const ld = radioEpisodeLd({
      name: 'Chương trình tuần 48, năm 2026',
      description: 'D',
      url: 'https://a/phat-thanh/2026/tuan-48/',
      published: new Date('2026-11-23T00:00:00Z'),
      series: { name: 'Chương trình phát thanh hằng tuần', url: 'https://a/phat-thanh/' },
      publisher,
    }) as { '@type': string; partOfSeries: { '@type': string }; datePublished: string };
    expect(ld['@type']).toBe('RadioEpisode');
    expect(ld.partOfSeries['@type']).toBe('RadioSeries');
    expect(ld.datePublished).toBe('2026-11-23T00:00:00.000Z');
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
