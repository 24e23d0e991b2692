/**
 * Generated story collections (story-collections/<id>.yaml) and the stories in them
 * (stories/<collection>/<slug>.mdx), about six stories per collection, orders 1, 2, 3…
 */
import path from 'node:path';
import { mdxBody } from './body.ts';
import { historicDay, isoDay, publicationDay } from './corpus-dates.ts';
import { writeEntry, writeYaml } from './entry-file.ts';
import { freshTitle } from './fresh-title.ts';
import type { CorpusImage } from './images.ts';
import { factTeller } from './fact-sentences.ts';
import { itemFacts } from './item-facts.ts';
import type { CorpusPlaces } from './localities.ts';
import { COLLECTION_PREFIXES, COLLECTION_TOPICS, SOURCES, STORY_PLACES, THEMES } from './labels.ts';
import type { Random } from './random.ts';
import { fitText, paragraph, sentence } from './text.ts';
import { UniqueSlugs } from './unique-slugs.ts';

const SEASONS = ['Mùa xuân', 'Mùa hè', 'Mùa thu', 'Cuối năm', 'Đầu năm'] as const;

const STORY_OPENINGS = ['Bác Hồ và', 'Chuyện Bác với', 'Lời Bác dặn', 'Bác dạy', 'Món quà của Bác cho', 'Bức thư Bác gửi'] as const;

/** How many collections a corpus of `size` items has: about one per forty items. */
export function collectionCount(size: number): number {
  return Math.max(1, Math.round(size / 40));
}

/** A story title: who Bác spoke to, and when or about what. */
function storyTitle(random: Random): string {
  const tail = random.chance(0.5) ? `năm ${random.int(1945, 1969)}` : `về ${random.pick(THEMES).toLocaleLowerCase('vi')}`;
  return `${random.pick(STORY_OPENINGS)} ${random.pick(COLLECTION_TOPICS)} ${tail}`;
}

/** A collection title; past the prefix × topic combinations, numbered volumes. */
function collectionTitle(index: number): string {
  const combinations = COLLECTION_TOPICS.length * COLLECTION_PREFIXES.length;
  const prefix = COLLECTION_PREFIXES[Math.floor(index / COLLECTION_TOPICS.length) % COLLECTION_PREFIXES.length];
  const volume = Math.floor(index / combinations);
  return `${prefix} ${COLLECTION_TOPICS[index % COLLECTION_TOPICS.length]}${volume > 0 ? `, tập ${volume + 1}` : ''}`;
}

/** Writes the collections; returns their ids in order. */
function writeCollections(dir: string, count: number, random: Random, images: readonly CorpusImage[]): string[] {
  const slugs = new UniqueSlugs();
  return Array.from({ length: count }, (_, index) => {
    const title = collectionTitle(index);
    const id = slugs.take(title);
    const cover = random.chance(0.6) ? random.pick(images) : undefined;
    writeYaml(path.join(dir, `${id}.yaml`), {
      title,
      description: fitText(`${sentence(random)} ${sentence(random)}`, 200),
      cover: cover && { src: `./anh/${cover.file}`, alt: cover.alt },
      order: index + 1,
      featured: index === 0 ? true : undefined,
    });
    return id;
  });
}

/** Writes `count` stories over `collections` collections; returns the story ids. */
export function writeStories(
  root: string,
  count: number,
  collections: number,
  random: Random,
  images: { stories: readonly CorpusImage[]; collections: readonly CorpusImage[] },
  places: CorpusPlaces,
): string[] {
  const collectionIds = writeCollections(path.join(root, 'story-collections'), collections, random, images.collections);
  const slugs = new UniqueSlugs();
  const bodyImages = images.stories.map((image) => ({ path: `../anh/${image.file}`, alt: image.alt }));
  return Array.from({ length: count }, (_, index) => {
    const collection = collectionIds[index % collectionIds.length] as string;
    const title = freshTitle(() => storyTitle(random), slugs);
    const slug = slugs.take(title);
    const day = random.chance(0.6) ? historicDay(random) : undefined;
    const source = random.pick(SOURCES);
    const first = random.int(10, 400);
    const cover = random.chance(0.5) ? random.pick(images.stories) : undefined;
    const pubDate = publicationDay(random);
    const data = {
      title,
      description: fitText(sentence(random), 200),
      collection,
      order: Math.floor(index / collectionIds.length) + 1,
      source: {
        title: source.title,
        publisher: source.publisher,
        year: random.int(1980, 2024),
        pages: `tr. ${first}–${first + random.int(1, 6)}`,
        author: source.author,
      },
      date: day && isoDay(day),
      when: day
        ? `Ngày ${day.getUTCDate()} tháng ${day.getUTCMonth() + 1} năm ${day.getUTCFullYear()}`
        : `${random.pick(SEASONS)} năm ${random.int(1945, 1969)}`,
      place: random.pick(STORY_PLACES),
      themes: random.sample(THEMES, random.int(1, 3)),
      lesson: fitText(paragraph(random, random.int(30, 90)), 600),
      cover: cover && { src: `../anh/${cover.file}`, alt: cover.alt },
      pubDate,
    };
    writeEntry(
      path.join(root, 'stories', collection, `${slug}.mdx`),
      data,
      mdxBody(random, {
        words: random.int(300, 900),
        images: bodyImages,
        tell: factTeller(random, itemFacts(random, places, { pubDate })),
      }),
    );
    return slug;
  });
}
