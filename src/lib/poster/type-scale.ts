/**
 * How big a poster's type can be: as big as fits one sheet, so a short saying reads from three
 * metres and a long one still prints whole on one page. Sizes are millimetres on A4; the A3
 * sheet scales them by √2, so it reads from farther away with the same layout.
 */

/** A title size with its body size, in millimetres on A4. */
export interface PosterType {
  title: number;
  body: number;
}

/** From the largest to the smallest; the body never drops below 5 mm (about 14 pt). */
export const POSTER_STEPS: readonly PosterType[] = [
  { title: 22, body: 9 },
  { title: 18, body: 8 },
  { title: 15, body: 7.5 },
  { title: 12.5, body: 7 },
  { title: 10.5, body: 6 },
  { title: 9, body: 5.5 },
  { title: 7.5, body: 5 },
];

/** Area of the sheet left for the title and body once the header and the QR code's footer are set, in mm². */
export const TEXT_AREA = 30_000;

/**
 * Area one character takes at a size, with what line ends waste: about 0.55 em wide on lines
 * 1.3 em high (the title's line height, room for Vietnamese stacked accents), lines 75 % full.
 * Set so that every poster of the sample content prints whole (tests/browser/posters.test.ts).
 */
const areaPerCharacter = (size: number): number => (0.55 * 1.3 * size * size) / 0.75;

/** The largest step at which a title of `titleLength` characters and a body of `bodyLength` fit the sheet; the smallest when none does. */
export function posterType(titleLength: number, bodyLength: number): PosterType {
  const fits = ({ title, body }: PosterType) => titleLength * areaPerCharacter(title) + bodyLength * areaPerCharacter(body) <= TEXT_AREA;
  return POSTER_STEPS.find(fits) ?? POSTER_STEPS[POSTER_STEPS.length - 1]!;
}
