/**
 * A small set of generated JPEG illustrations (landscapes of hills, fields and a communal
 * house, in varied colours), shared by reference across the corpus so the image pipeline
 * works on realistic files without gigabytes of photos.
 */
import sharp from 'sharp';
import type { Random } from './random.ts';

/** One generated image: its file name and what it shows. */
export interface CorpusImage {
  file: string;
  alt: string;
  width: number;
  height: number;
}

const SCENES = [
  { slug: 'ruong-bac-thang', alt: 'Tranh minh họa ruộng bậc thang xanh dưới chân núi' },
  { slug: 'nha-rong', alt: 'Tranh minh họa mái nhà rông cao vút giữa làng' },
  { slug: 'doi-ca-phe', alt: 'Tranh minh họa đồi cà phê nhiều tầng lúc bình minh' },
  { slug: 'duong-vao-lang', alt: 'Tranh minh họa con đường bê tông dẫn vào làng' },
  { slug: 'lop-hoc-vung-cao', alt: 'Tranh minh họa mái trường vùng cao giữa núi đồi' },
  { slug: 'song-dak-bla', alt: 'Tranh minh họa dòng sông Đăk Bla uốn quanh làng' },
  { slug: 'rung-sam-ngoc-linh', alt: 'Tranh minh họa rừng sâm Ngọc Linh trong sương' },
  { slug: 'cot-moc-bien-gioi', alt: 'Tranh minh họa cột mốc biên giới trên đỉnh đồi' },
] as const;

/** Hex colour from hue, saturation and lightness (0–360, 0–100, 0–100). */
function hsl(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number): string => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** A ridge of hills across the picture, as an SVG path. */
function ridge(random: Random, width: number, height: number, base: number): string {
  const points: string[] = [`M0 ${height}`, `L0 ${base}`];
  for (let x = 0; x <= width; x += width / random.int(5, 9)) {
    points.push(`L${Math.round(x)} ${Math.round(base - random.int(0, height / 5))}`);
  }
  points.push(`L${width} ${base}`, `L${width} ${height}`, 'Z');
  return points.join(' ');
}

/** The SVG of one scene: sky, sun, three ridges, a communal house and scattered foliage. */
function sceneSvg(random: Random, width: number, height: number): string {
  const hue = random.int(0, 359);
  const sky = [hsl(hue, 60, 78), hsl((hue + 40) % 360, 55, 88)];
  const ridges = [0.45, 0.6, 0.75].map((level, index) => {
    const fill = hsl((hue + 90 + index * 25) % 360, 45, 45 - index * 10);
    return `<path d="${ridge(random, width, height, height * level)}" fill="${fill}"/>`;
  });
  const foliage = Array.from({ length: 700 }, () => {
    const x = random.int(0, width);
    const y = random.int(Math.round(height * 0.45), height);
    const fill = hsl((hue + random.int(60, 160)) % 360, random.int(30, 70), random.int(20, 60));
    return `<circle cx="${x}" cy="${y}" r="${random.int(2, 9)}" fill="${fill}" opacity="${(random.int(3, 9) / 10).toFixed(1)}"/>`;
  });
  const houseX = random.int(Math.round(width * 0.2), Math.round(width * 0.7));
  const houseY = Math.round(height * 0.62);
  const roof = hsl((hue + 20) % 360, 40, 30);
  const house =
    `<polygon points="${houseX},${houseY - 160} ${houseX - 70},${houseY} ${houseX + 70},${houseY}" fill="${roof}"/>` +
    `<rect x="${houseX - 50}" y="${houseY}" width="100" height="60" fill="${hsl((hue + 30) % 360, 35, 40)}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>` +
    `<circle cx="${random.int(100, width - 100)}" cy="${random.int(60, Math.round(height * 0.3))}" r="${random.int(40, 90)}" fill="${hsl(45, 90, 70)}"/>` +
    `${ridges.join('')}${house}${foliage.join('')}</svg>`
  );
}

/** Draws `count` images (about a third square 800×800, the rest 1200×800); returns their bytes and descriptions. */
export async function drawImages(random: Random, count: number): Promise<Array<CorpusImage & { bytes: Buffer }>> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const scene = SCENES[index % SCENES.length] as (typeof SCENES)[number];
      const square = index % 3 === 2;
      const width = square ? 800 : 1200;
      const height = 800;
      const svg = sceneSvg(random, width, height);
      const bytes = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
      const file = `${scene.slug}-${String(index + 1).padStart(2, '0')}.jpg`;
      return { file, alt: scene.alt, width, height, bytes };
    }),
  );
}
