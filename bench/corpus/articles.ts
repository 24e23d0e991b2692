/** Generated articles (bài viết): content/articles/<slug>.mdx with cover images in articles/anh/. */
import path from 'node:path';
import { mdxBody } from './body.ts';
import { dayAfter, publicationDay } from './corpus-dates.ts';
import { writeEntry } from './entry-file.ts';
import { freshTitle } from './fresh-title.ts';
import type { CorpusImage } from './images.ts';
import { CATEGORIES, TAGS } from './labels.ts';
import type { Random } from './random.ts';
import { headline } from './headlines.ts';
import type { CorpusPlaces } from './localities.ts';
import { factTeller } from './fact-sentences.ts';
import { itemFacts } from './item-facts.ts';
import { fitText, sentence } from './text.ts';
import { UniqueSlugs } from './unique-slugs.ts';

const AUTHORS = [
  'Ban Biên tập',
  'Phòng Tuyên truyền',
  'Ban Tuyên giáo Tỉnh ủy',
  'Phóng viên cơ sở',
  'Cộng tác viên A Sơn',
  'Nguyễn Thị Hà',
] as const;

/** Writes `count` articles under `dir`; cover images are expected in `dir`/anh/. */
export function writeArticles(dir: string, count: number, random: Random, images: readonly CorpusImage[], places: CorpusPlaces): void {
  const slugs = new UniqueSlugs();
  const bodyImages = images.map((image) => ({ path: `./anh/${image.file}`, alt: image.alt }));
  for (let index = 0; index < count; index += 1) {
    const pubDate = publicationDay(random);
    const facts = itemFacts(random, places, { pubDate });
    const title = freshTitle(() => headline(random, facts), slugs);
    const slug = slugs.take(title);
    const cover = random.chance(0.8) ? random.pick(images) : undefined;
    const tell = factTeller(random, facts);
    const data = {
      title,
      description: fitText(`${tell()} ${sentence(random)}`, 200),
      pubDate,
      updatedDate: random.chance(0.15) ? dayAfter(random, pubDate) : undefined,
      category: random.pick(CATEGORIES),
      tags: random.sample(TAGS, random.int(1, 4)),
      cover: cover && { src: `./anh/${cover.file}`, alt: cover.alt },
      author: random.chance(0.7) ? random.pick(AUTHORS) : undefined,
      locality: random.chance(0.6) ? places.idOf.get(random.chance(0.7) ? facts.commune : facts.district) : undefined,
    };
    writeEntry(path.join(dir, `${slug}.mdx`), data, mdxBody(random, { words: random.int(300, 900), images: bodyImages, tell }));
  }
}
