/** The site's MDX components as editors write them: <Quote>, <Stats>, <Timeline>, <Callout>, <Figure>. */
import { QUOTES } from './labels.ts';
import type { Random } from './random.ts';
import { paragraph, sentence, viNumber } from './text.ts';
import { DATES, OBJECTS } from './vocabulary.ts';

/** An image the body may show, with the path to write in Markdown. */
export interface BodyImage {
  path: string;
  alt: string;
}

/** A quotation of Bác with its source. */
export function quoteBlock(random: Random): string {
  const quote = random.pick(QUOTES);
  return `<Quote source="${quote.source}">${quote.text}</Quote>`;
}

/** Two to four headline figures. */
export function statsBlock(random: Random): string {
  const stats = Array.from({ length: random.int(2, 4) }, () => {
    const value = random.chance(0.3) ? `Hơn ${viNumber(random.int(1_000, 180_000))}` : viNumber(random.int(6, 12_000));
    return `  <Stat value="${value}" label="${random.pick(OBJECTS).replace(/"/g, '')}" />`;
  });
  return `<Stats>\n${stats.join('\n')}\n</Stats>`;
}

/** Three to five dated events. */
export function timelineBlock(random: Random): string {
  const events = Array.from({ length: random.int(3, 5) }, () => {
    const when = `${random.int(1, 28)}/${random.int(1, 12)}/${random.int(1945, 2025)}`;
    return `<Event when="${when}">${sentence(random)}</Event>`;
  });
  return `<Timeline>\n${events.join('\n')}\n</Timeline>`;
}

/** A boxed note with a short numbered list. */
export function calloutBlock(random: Random): string {
  const items = Array.from({ length: random.int(2, 4) }, (_, index) => `${index + 1}. ${sentence(random)}`);
  return `<Callout title="Ghi nhớ ${random.pick(DATES)}">\n\n${items.join('\n')}\n\n</Callout>`;
}

/** An illustration with its caption, as a Markdown image Astro optimises. */
export function figureBlock(random: Random, image: BodyImage): string {
  return `<Figure caption="${paragraph(random, 12).replace(/"/g, '')}">\n\n![${image.alt}](${image.path})\n\n</Figure>`;
}

/** A bulleted list with bold lead-ins. */
export function listBlock(random: Random): string {
  return Array.from({ length: random.int(3, 5) }, () => `- **${random.pick(DATES)}:** ${sentence(random)}`).join('\n');
}
