/**
 * Contact sheet of the built share images, so an editor checks them at a glance:
 * up to 24 cards from dist/og/, taken in turn from each section, each labelled
 * with its page path. Usage: node scripts/og-preview.ts [out.png] (default dist/og-preview.png).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { loadShareFonts } from '../src/integrations/share-images/fonts.ts';
import { SHARE_FONT_FAMILY } from '../src/lib/share-image/layout.ts';
import { SHARE_IMAGE_DIR } from '../src/lib/share-image/paths.ts';

const DIST = 'dist';
const MAX_CARDS = 24;
const COLUMNS = 4;
const THUMB = { width: 400, height: 210 };
const LABEL_HEIGHT = 46;
const GAP = 16;

/** Page path a share image belongs to: "bai-viet/abc.jpg" → "/bai-viet/abc/", "index.jpg" → "/". */
function pagePathOf(imagePath: string): string {
  const name = imagePath
    .split(sep)
    .join('/')
    .replace(/\.jpg$/, '');
  return name === 'index' ? '/' : `/${name}/`;
}

/** Takes images in turn from each top-level section, so the sheet shows every kind of page. */
function spread(paths: string[], count: number): string[] {
  const sections = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const section = path.includes(sep) ? path.slice(0, path.indexOf(sep)) : '';
    sections.set(section, [...(sections.get(section) ?? []), path]);
  }
  const queues = [...sections.values()];
  const picked: string[] = [];
  while (picked.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && picked.length < count) picked.push(next);
    }
  }
  return picked;
}

const output = process.argv[2] ?? join(DIST, 'og-preview.png');
const ogDir = join(DIST, SHARE_IMAGE_DIR);
const entries = await readdir(ogDir, { recursive: true, withFileTypes: true });
const images = entries
  .filter((entry) => entry.isFile() && entry.name.endsWith('.jpg'))
  .map((entry) => relative(ogDir, join(entry.parentPath, entry.name)));
const chosen = spread(images, MAX_CARDS);
if (chosen.length === 0) throw new Error(`No share images in ${ogDir}; run the build first.`);

const tiles = await Promise.all(
  chosen.map(async (path) => {
    const thumb = await sharp(join(ogDir, path)).resize(THUMB.width, THUMB.height).jpeg({ quality: 85 }).toBuffer();
    return {
      type: 'div',
      props: {
        style: { display: 'flex', flexDirection: 'column', width: THUMB.width, marginLeft: GAP, marginTop: GAP },
        children: [
          { type: 'img', props: { src: `data:image/jpeg;base64,${thumb.toString('base64')}`, width: THUMB.width, height: THUMB.height } },
          {
            type: 'div',
            props: {
              style: {
                display: 'block',
                height: LABEL_HEIGHT,
                paddingTop: 6,
                fontSize: 14,
                lineHeight: 1.45,
                lineClamp: 2,
                wordBreak: 'break-all',
                color: '#3a2a20',
              },
              children: pagePathOf(path),
            },
          },
        ],
      },
    };
  }),
);

const rows = Math.ceil(tiles.length / COLUMNS);
const width = COLUMNS * (THUMB.width + GAP) + GAP;
const height = rows * (THUMB.height + LABEL_HEIGHT + GAP) + GAP;
const { fonts } = await loadShareFonts();
const sheet = {
  type: 'div',
  props: {
    style: { display: 'flex', flexWrap: 'wrap', width, height, backgroundColor: '#f4efe6', fontFamily: SHARE_FONT_FAMILY, fontWeight: 500 },
    children: tiles,
  },
};
const svg = await satori(sheet, { width, height, fonts });
await sharp(Buffer.from(svg)).png().toFile(output);
console.log(`Wrote ${output}: ${tiles.length} of ${images.length} share images.`);
