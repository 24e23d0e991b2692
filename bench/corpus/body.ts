/**
 * An MDX body of a given length: sections of paragraphs with components sprinkled between them,
 * told half from the item's own facts and half in the domain's common sentences, so that it
 * both repeats what every report says and has phrases of its own.
 */
import { calloutBlock, figureBlock, listBlock, quoteBlock, statsBlock, timelineBlock, type BodyImage } from './mdx-blocks.ts';
import type { Random } from './random.ts';
import { countSyllables } from '../../src/lib/vietnamese.ts';
import { capitalise, paragraph } from './text.ts';
import { OBJECTS } from './vocabulary.ts';

/** Section headings. */
const HEADINGS = [
  'Bắt đầu từ những việc nhỏ',
  'Phát hiện từ cơ sở',
  'Kiểm chứng bằng hiệu quả thật',
  'Nhân rộng có điều chỉnh',
  'Cán bộ đi trước, làng nước theo sau',
  'Những con số biết nói',
  'Khó khăn không nhỏ',
  'Bài học kinh nghiệm',
  'Lời Bác dạy còn vang mãi',
  'Hướng đi trong thời gian tới',
  'Từ nhà rông đến mỗi nếp nhà',
  'Góc nhìn của người trong cuộc',
] as const;

/** What a body should contain. */
export interface BodyOptions {
  /** Target length in words; the body ends after the section that reaches it. */
  words: number;
  /** Images a <Figure> may show; none means no figure. */
  images: readonly BodyImage[];
  /** Tells the item's own facts a sentence at a time (fact-sentences.ts). */
  tell: () => string;
}

/** Writes the body. */
export function mdxBody(random: Random, { words, images, tell }: BodyOptions): string {
  const blocks: string[] = [paragraph(random, random.int(40, 80), { tell, share: 0.7 })];
  let count = countSyllables(blocks[0] ?? '');
  const headings = random.sample(HEADINGS, HEADINGS.length);
  let section = 0;
  while (count < words) {
    const heading = headings[section % headings.length] ?? capitalise(random.pick(OBJECTS));
    blocks.push(`## ${heading}${section >= headings.length ? ` (${section + 1})` : ''}`);
    section += 1;
    for (let index = random.int(1, 3); index > 0 && count < words; index -= 1) {
      const text = paragraph(random, random.int(50, 110), { tell, share: 0.5 });
      blocks.push(text);
      count += countSyllables(text);
    }
    const extra = component(random, images);
    if (extra) {
      blocks.push(extra);
      count += countSyllables(extra.replace(/<[^>]*>/g, ' '));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Now and then, one of the site's components or a list. */
function component(random: Random, images: readonly BodyImage[]): string | undefined {
  const roll = random.next();
  if (roll < 0.12) return quoteBlock(random);
  if (roll < 0.2) return statsBlock(random);
  if (roll < 0.26) return timelineBlock(random);
  if (roll < 0.34) return calloutBlock(random);
  if (roll < 0.4 && images.length > 0) return figureBlock(random, random.pick(images));
  if (roll < 0.48) return listBlock(random);
  return undefined;
}
