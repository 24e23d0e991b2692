/** Generated exemplar profiles (tấm gương): exemplars/<slug>.mdx with portraits in exemplars/anh/. */
import path from 'node:path';
import { mdxBody } from './body.ts';
import { publicationDay } from './corpus-dates.ts';
import { writeEntry } from './entry-file.ts';
import type { CorpusImage } from './images.ts';
import { factTeller } from './fact-sentences.ts';
import { itemFacts } from './item-facts.ts';
import type { CorpusPlaces } from './localities.ts';
import { FIELDS } from './labels.ts';
import type { Random } from './random.ts';
import { fitText, sentenceAbout } from './text.ts';
import { UniqueSlugs } from './unique-slugs.ts';
import { HONORIFICS, personName, villageName } from './names.ts';
import { COLLECTIVES, ETHNICITIES, OBJECTS } from './vocabulary.ts';

const LEVELS = ['Trung ương', 'Thủ tướng Chính phủ', 'Tỉnh', 'Huyện', 'Xã'] as const;

const AWARDS = [
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Giấy khen của Chủ tịch UBND huyện',
  'Bằng khen của Thủ tướng Chính phủ',
  'Giấy khen của Đảng ủy xã',
  'Bằng khen của BCH Hội Nông dân Việt Nam',
] as const;

/**
 * A person ("Chị Y Ngân") or a collective ("Chi hội phụ nữ thôn 7"), with its kind and the
 * person or village its body tells of.
 */
function exemplarName(random: Random): {
  name: string;
  kind: 'cá nhân' | 'tập thể';
  known: { person?: string; address?: string; village?: string };
} {
  if (random.chance(0.65)) {
    const person = personName(random);
    const honorific = random.pick(HONORIFICS);
    return { name: `${honorific} ${person}`, kind: 'cá nhân', known: { person, address: honorific.toLocaleLowerCase('vi') } };
  }
  const village = villageName(random);
  return { name: `${random.pick(COLLECTIVES)} ${village}`, kind: 'tập thể', known: { village } };
}

/** One to three recognitions, oldest first. */
function recognitions(random: Random): Array<{ year: number; level: string; title: string }> {
  const years = random.sample([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], random.int(1, 3)).sort();
  return years.map((year) => ({
    year,
    level: random.pick(LEVELS),
    title: fitText(`${random.pick(AWARDS)} về thành tích trong ${random.pick(OBJECTS)}`, 200),
  }));
}

/** Writes `count` exemplars under `dir`, some linked to `stories`. */
export function writeExemplars(
  dir: string,
  count: number,
  random: Random,
  images: readonly CorpusImage[],
  stories: readonly string[],
  places: CorpusPlaces,
): string[] {
  const slugs = new UniqueSlugs();
  const bodyImages = images.map((image) => ({ path: `./anh/${image.file}`, alt: image.alt }));
  return Array.from({ length: count }, () => {
    const { name, kind, known } = exemplarName(random);
    const slug = slugs.take(name);
    const portrait = random.chance(0.7) ? random.pick(images) : undefined;
    const pubDate = publicationDay(random);
    const facts = itemFacts(random, places, { pubDate, ...known });
    const tell = factTeller(random, facts);
    const data = {
      name,
      kind,
      description: fitText(sentenceAbout(random, name), 200),
      locality: places.idOf.get(facts.commune),
      field: random.pick(FIELDS),
      ethnicity: random.chance(0.7) ? random.pick(ETHNICITIES) : undefined,
      portrait: portrait && { src: `./anh/${portrait.file}`, alt: portrait.alt },
      model: fitText(tell(), 300),
      recognitions: recognitions(random),
      relatedStories: random.chance(0.5) && stories.length > 0 ? random.sample(stories, random.int(1, 2)) : undefined,
      pubDate,
      sample: random.chance(0.3) ? true : undefined,
    };
    writeEntry(
      path.join(dir, `${slug}.mdx`),
      data,
      mdxBody(random, {
        words: random.int(200, 600),
        images: bodyImages,
        tell,
      }),
    );
    return slug;
  });
}
